//! Investment size: a two-handle range on a log scale over a histogram of
//! the amounts, exact number fields, presets, and the undisclosed rule.

mod histogram;
mod presets;
mod slider;

use imap_core::model::amount_scale::LogScale;
use imap_core::model::money::plain_number;
use imap_i18n::Texts;
use leptos::prelude::*;

use super::BoundField;
use crate::state::{Derived, Store};
use histogram::AmountHistogram;
use presets::AmountPresets;
use slider::AmountSlider;

#[component]
pub fn AmountFilter() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    // One scale for the whole data set, so the handles do not jump as other filters change.
    let scale = Memo::new(move |_| {
        store
            .dataset()
            .map(|d| LogScale::for_amounts(d.projects.iter().filter_map(|p| p.investment)))
            .unwrap_or_default()
    });
    let min = move || store.filters.with(|f| f.min);
    let max = move || store.filters.with(|f| f.max);
    let lang = move || store.lang.get();
    view! {
        <fieldset class="imap-filter imap-amount">
            <legend class="imap-filter-title">
                {move || lang().t().investment_size}
                <span class="imap-filter-value" data-testid="amount-range">
                    {move || lang().amount_range(min(), max())}
                </span>
            </legend>
            <AmountHistogram scale=scale/>
            <AmountSlider scale=scale/>
            <div class="imap-range-scale" aria-hidden="true">
                <span>{move || plain_number(scale.get().lo)}</span>
                <span>{move || plain_number(scale.get().hi)}</span>
            </div>
            <div class="imap-range-fields">
                <BoundField
                    label=Signal::derive(move || lang().t().amount_min)
                    testid="amount-min-input"
                    value=Signal::derive(min)
                    on_set=Callback::new(move |v| store.set_amount(v, max()))
                />
                <BoundField
                    label=Signal::derive(move || lang().t().amount_max)
                    testid="amount-max-input"
                    value=Signal::derive(max)
                    on_set=Callback::new(move |v| store.set_amount(min(), v))
                />
            </div>
            <AmountPresets/>
            {move || {
                let hidden = derived.late().facets.with(|c| c.undisclosed);
                let range_set = store.filters.with(|f| f.has_amount_range());
                (range_set && hidden > 0)
                    .then(|| view! { <p class="imap-hint imap-hint--warn" data-testid="undisclosed-hidden">{lang().undisclosed_hidden(hidden)}</p> })
            }}
        </fieldset>
    }
}
