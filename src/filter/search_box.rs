//! Text search over name, English name and company, as you type.

use imap_i18n::Texts;
use leptos::prelude::*;

use crate::state::Store;

#[component]
pub fn SearchBox() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = move || store.lang.get().t();
    view! {
        <label class="imap-search">
            <span class="imap-filter-title">{move || t().search_label}</span>
            <input
                type="search"
                data-testid="search"
                placeholder=move || t().search_placeholder
                prop:value=move || store.filters.with(|f| f.query.clone())
                on:input=move |ev| {
                    let q = event_target_value(&ev);
                    store.set_query(q);
                }
            />
        </label>
    }
}
