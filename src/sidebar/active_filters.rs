//! The filters in force as chips under the results, each with a × that
//! lifts it: a visitor opening a shared link, or clicking a district on the
//! map, sees at once what is filtered and can undo it, panel open or not.

use imap_i18n::Texts;
use leptos::prelude::*;

use crate::state::Store;

#[component]
pub fn ActiveFilters() -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        let data = store.dataset()?;
        let active = store.filters.with(|f| f.active());
        if active.is_empty() {
            return None;
        }
        let lang = store.lang.get();
        let t = lang.t();
        let chips = active
            .into_iter()
            .map(|filter| {
                let kind = filter.kind();
                let text = lang.filter_chip(&filter, &data);
                let remove = format!("{}: {text}", t.remove_filter);
                view! {
                    <li class="imap-chip-active" data-testid="active-filter">
                        <span>{text}</span>
                        <button
                            class="imap-chip-remove"
                            type="button"
                            aria-label=remove.clone()
                            title=remove
                            on:click=move |_| store.clear_filter(kind)
                        >
                            "×"
                        </button>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <ul class="imap-active-filters" aria-label=t.active_filters>
                {chips}
            </ul>
        })
    }
}
