//! Zoom in, zoom out and reset buttons.

use imap_i18n::Texts;
use leptos::prelude::*;

use crate::state::Store;

#[component]
pub fn ZoomControls() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = move || store.lang.get().t();
    let zoom_by = move |delta: f64| {
        if let Some(view) = store.view.get_untracked() {
            store.set_view(view.zoomed_by(delta));
        }
    };
    view! {
        <div class="imap-zoom" role="group">
            <button class="imap-button" type="button" aria-label=move || t().zoom_in title=move || t().zoom_in
                on:click=move |_| zoom_by(1.0)>"+"</button>
            <button class="imap-button" type="button" aria-label=move || t().zoom_out title=move || t().zoom_out
                on:click=move |_| zoom_by(-1.0)>"−"</button>
            <button class="imap-button" type="button" aria-label=move || t().reset_view title=move || t().reset_view
                on:click=move |_| store.go_home()>"⟲"</button>
        </div>
    }
}
