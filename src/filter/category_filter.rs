//! Checkboxes for industries or statuses, each with its live count (what
//! ticking it alone would show under the other filters).

use imap_i18n::Texts;
use leptos::prelude::*;

use crate::store::Store;
use imap_core::model::filter::{Filters, toggle_checked};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum CategoryKind {
    Industry,
    Status,
}

impl CategoryKind {
    fn selection(self, f: &mut Filters) -> &mut Option<Vec<String>> {
        match self {
            CategoryKind::Industry => &mut f.industries,
            CategoryKind::Status => &mut f.statuses,
        }
    }

    fn is_checked(self, f: &Filters, id: &str) -> bool {
        let list = match self {
            CategoryKind::Industry => &f.industries,
            CategoryKind::Status => &f.statuses,
        };
        list.as_ref().is_none_or(|l| l.iter().any(|x| x == id))
    }

    fn testid(self) -> &'static str {
        match self {
            CategoryKind::Industry => "filter-industry",
            CategoryKind::Status => "filter-status",
        }
    }
}

#[component]
pub fn CategoryFilter(kind: CategoryKind) -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        let data = store.dataset()?;
        let lang = store.lang.get();
        let t = lang.t();
        let (title, categories) = match kind {
            CategoryKind::Industry => (t.field_industry, &data.manifest.industries),
            CategoryKind::Status => (t.field_status, &data.manifest.statuses),
        };
        let known: Vec<String> = categories.iter().map(|c| c.id.clone()).collect();
        let set =
            move |value: Option<Vec<String>>| store.filters.update(|f| *kind.selection(f) = value);
        let boxes = categories
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let id = c.id.clone();
                let checked = {
                    let id = id.clone();
                    move || store.filters.with(|f| kind.is_checked(f, &id))
                };
                let known = known.clone();
                let toggle = {
                    let id = id.clone();
                    move |_| {
                        store.filters.update(|f| {
                            let next = toggle_checked(kind.selection(f), &id, &known);
                            *kind.selection(f) = next;
                        })
                    }
                };
                let count = move || {
                    store.facets.with(|c| match kind {
                        CategoryKind::Industry => c.industries.get(i).copied(),
                        CategoryKind::Status => c.statuses.get(i).copied(),
                    })
                };
                let swatch = (kind == CategoryKind::Industry).then(|| {
                    view! { <span class="imap-swatch imap-swatch--pin" style:background-color=data.manifest.industry_color(i).to_string()></span> }
                });
                let (industry_id, status_id) = match kind {
                    CategoryKind::Industry => (Some(id.clone()), None),
                    CategoryKind::Status => (None, Some(id.clone())),
                };
                view! {
                    <li>
                        <label class="imap-check">
                            <input
                                type="checkbox"
                                data-testid=kind.testid()
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
