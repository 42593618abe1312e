//! The filter controls, one file each, and "clear all".

mod amount;
mod category_filter;
mod district_filter;
mod search_box;
mod site_filter;

use imap_i18n::Texts;
use leptos::prelude::*;

use crate::state::Store;
use amount::AmountFilter;
use category_filter::CategoryFilter;
use district_filter::DistrictFilter;
use imap_core::model::filter::Category;
use search_box::SearchBox;
use site_filter::SiteFilter;

/// A number field for one bound of a range (amounts, areas); empty, or not
/// a number ≥ 0, means no bound.
#[component]
fn BoundField(
    #[prop(into)] label: Signal<&'static str>,
    testid: &'static str,
    #[prop(into)] value: Signal<Option<f64>>,
    on_set: Callback<Option<f64>>,
) -> impl IntoView {
    view! {
        <label>
            {label}
            <input
                type="number"
                min="0"
                step="any"
                inputmode="decimal"
                data-testid=testid
                prop:value=move || value.get().map(imap_core::model::money::exact_number).unwrap_or_default()
                on:change=move |ev| {
                    let text = event_target_value(&ev);
                    on_set.run(text.trim().parse::<f64>().ok().filter(|v| v.is_finite() && *v >= 0.0))
                }
            />
        </label>
    }
}

#[component]
pub fn FilterPanel() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = move || store.lang.get().t();
    view! {
        <div class="imap-filters" role="tabpanel">
            <SearchBox/>
            <CategoryFilter kind=Category::Industry/>
            <CategoryFilter kind=Category::Status/>
            <DistrictFilter/>
            <AmountFilter/>
            <SiteFilter/>
            <button
                class="imap-button imap-clear"
                type="button"
                data-testid="clear-filters"
                on:click=move |_| store.clear_filters()
            >
                {move || t().clear_all}
            </button>
        </div>
    }
}
