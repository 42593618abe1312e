//! The filter controls, one file each, and "clear all".

mod amount;
mod category_filter;
mod district_filter;
mod search_box;
mod site_filter;
mod years;

use imap_core::decimal;
use imap_core::model::money::exact_number;
use imap_i18n::Texts;
use leptos::prelude::*;

use crate::debounce::Debounce;
use crate::state::Store;

/// How long typing in a number field pauses before the filter follows.
const TYPING_PAUSE: std::time::Duration = std::time::Duration::from_millis(400);
use amount::AmountFilter;
use category_filter::CategoryFilter;
use district_filter::DistrictFilter;
use imap_core::model::filter::Category;
use search_box::SearchBox;
use site_filter::SiteFilter;
use years::YearsFilter;

/// A number field for one bound of a range (amounts, areas); empty, or not
/// a number ≥ 0, means no bound. It applies as the visitor types (after a
/// short pause) and at once on Enter or leaving the field.
#[component]
fn BoundField(
    #[prop(into)] label: Signal<&'static str>,
    testid: &'static str,
    #[prop(into)] value: Signal<Option<f64>>,
    on_set: Callback<Option<f64>>,
) -> impl IntoView {
    let input = NodeRef::<leptos::html::Input>::new();
    let typing = Debounce::new();
    let bound = |text: &str| decimal::parse(text).filter(|v| v.is_finite() && *v >= 0.0);
    // `try_`: the pause may end after the field has gone (another tab).
    let apply = move || {
        if let Some(el) = input.try_get_untracked().flatten() {
            on_set.try_run(bound(&el.value()));
        }
    };
    view! {
        <label>
            {label}
            <input
                type="number"
                min="0"
                step="any"
                inputmode="decimal"
                data-testid=testid
                node_ref=input
                // What the visitor typed stays as typed ("1.50") while it means
                // the value shown; other changes (a preset, the slider) replace it.
                prop:value=move || {
                    let v = value.get();
                    match input.get_untracked().map(|el| el.value()) {
                        Some(text) if bound(&text) == v => text,
                        _ => v.map(exact_number).unwrap_or_default(),
                    }
                }
                on:input=move |_| typing.after(TYPING_PAUSE, apply)
                on:change=move |_| {
                    typing.cancel();
                    apply();
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
            <YearsFilter/>
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
