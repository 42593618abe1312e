//! Skip links, first in the tab order and shown only when focused: past
//! the sidebar straight to the map, or to the project list.

use imap_core::choices::Tab;
use imap_i18n::Texts;
use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::dom::next_paint;
use crate::focus::focus_after_render;
use crate::state::Store;

#[component]
pub fn SkipLinks(root: NodeRef<Div>) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = move || store.lang.get().t();
    let go = move |selector: &'static str| {
        if let Some(root) = root.get_untracked() {
            focus_after_render(root.into(), selector);
        }
    };
    view! {
        <nav class="imap-skip-links" aria-label=move || t().skip_links>
            <button class="imap-skip" type="button" on:click=move |_| go(".imap-map")>
                {move || t().skip_to_map}
            </button>
            <button
                class="imap-skip"
                type="button"
                on:click=move |_| {
                    store.show_tab(Tab::List);
                    store.unfold_sidebar(true);
                    // Focused once the list is drawn.
                    spawn_local(async move {
                        next_paint().await;
                        go(".imap-row");
                    });
                }
            >
                {move || t().skip_to_list}
            </button>
        </nav>
    }
}
