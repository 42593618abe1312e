//! Checkboxes for industries or statuses, each with its live count (what
//! ticking it alone would show under the other filters).

use imap_i18n::Texts;
use leptos::prelude::*;

use crate::state::{Derived, Store};
use imap_core::model::filter::Category;

fn testid(kind: Category) -> &'static str {
    match kind {
        Category::Industry => "filter-industry",
        Category::Status => "filter-status",
    }
}

#[component]
pub fn CategoryFilter(kind: Category) -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    move || {
        let data = store.dataset()?;
        let lang = store.lang.get();
        let t = lang.t();
        let (title, categories) = match kind {
            Category::Industry => (t.field_industry, &data.manifest.industries),
            Category::Status => (t.field_status, &data.manifest.statuses),
        };
        let known: Vec<String> = categories.iter().map(|c| c.id.clone()).collect();
        let set = move |value: Option<Vec<String>>| store.set_category(kind, value);
        let boxes = categories
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let id = c.id.clone();
                let checked = {
                    let id = id.clone();
                    move || store.filters.with(|f| f.is_checked(kind, &id))
                };
                let known = known.clone();
                let toggle = {
                    let id = id.clone();
                    move |_| store.toggle_category(kind, &id, &known)
                };
                let count = move || {
                    derived.late().facets.with(|c| match kind {
                        Category::Industry => c.industries.get(i).copied(),
                        Category::Status => c.statuses.get(i).copied(),
                    })
                };
                let swatch = (kind == Category::Industry).then(|| {
                    view! { <span class="imap-swatch imap-swatch--pin" style:background-color=data.manifest.industry_color(i).to_string()></span> }
                });
                let (industry_id, status_id) = match kind {
                    Category::Industry => (Some(id.clone()), None),
                    Category::Status => (None, Some(id.clone())),
                };
                view! {
                    <li>
                        <label class="imap-check">
                            <input
                                type="checkbox"
                                data-testid=testid(kind)
                                data-industry-id=industry_id
                                data-status-id=status_id
                                prop:checked=checked
                                on:change=toggle
                            />
                            {swatch}
                            <span class="imap-check-label">{c.label(lang).to_string()}</span>
                            <span class="imap-check-count">{count}</span>
                        </label>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <fieldset class="imap-filter">
                <legend class="imap-filter-title">
                    {title}
                    <span class="imap-filter-links">
                        <button class="imap-link" type="button" on:click=move |_| set(None)>{t.select_all}</button>
                        <button class="imap-link" type="button" on:click=move |_| set(Some(Vec::new()))>{t.select_none}</button>
                    </span>
                </legend>
                <ul class="imap-checks">{boxes}</ul>
            </fieldset>
        })
    }
}
