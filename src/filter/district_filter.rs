//! District choice: a select here, and a click on the map toggles a district.

use imap_i18n::Texts;
use leptos::prelude::*;

use crate::state::{Derived, Store};
use imap_core::model::boundary::Role;
use imap_core::order::sort_indices;

/// The select's value when several districts are picked on the map.
const SEVERAL: &str = "\u{0}several";

#[component]
pub fn DistrictFilter() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    move || {
        let data = store.dataset()?;
        if data.boundaries.is_empty() {
            return None;
        }
        let lang = store.lang.get();
        let t = lang.t();
        // The zone's own districts first, then the neighbours.
        let mut order: Vec<usize> = (0..data.boundaries.len()).collect();
        let neighbour = |i: usize| data.boundaries[i].role != Role::Focus;
        sort_indices(&mut order, &|a, b| neighbour(a).cmp(&neighbour(b)));
        let value = move || {
            store.filters.with(|f| match f.districts.as_deref() {
                None | Some([]) => String::new(),
                Some([one]) => one.clone(),
                Some(_) => SEVERAL.to_string(),
            })
        };
        let options = order
            .into_iter()
            .map(|i| {
                let b = &data.boundaries[i];
                let name = b.label(lang).to_string();
                let count = move || {
                    derived
                        .late()
                        .facets
                        .with(|c| c.districts.get(i).map_or(0, |s| s.count))
                };
                let id = b.id.clone();
                let selected = move || value() == id;
                view! {
                    <option value=b.id.clone() prop:selected=selected>
                        {move || format!("{name} ({})", count())}
                    </option>
                }
            })
            .collect_view();
        let several = move || {
            store
                .filters
                .with(|f| f.districts.as_ref().is_some_and(|d| d.len() > 1))
        };
        Some(view! {
            <label class="imap-filter">
                <span class="imap-filter-title">{t.field_district}</span>
                <select
                    data-testid="filter-district"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if v != SEVERAL {
                            store.pick_district((!v.is_empty()).then_some(v));
                        }
                    }
                >
                    <option value="" prop:selected=move || value().is_empty()>{t.all_districts}</option>
                    <Show when=several>
                        <option value=SEVERAL disabled=true prop:selected=true>{t.several_districts}</option>
                    </Show>
                    {options}
                </select>
                <span class="imap-hint">{t.district_hint}</span>
            </label>
        })
    }
}
