//! Investment size: a two-handle range on a log scale over a histogram of
//! the amounts, exact number fields, presets, and the undisclosed rule.

use imap_i18n::Texts;
use leptos::prelude::*;

use super::BoundField;
use crate::state::{Derived, Store};
use imap_core::model::amount_scale::LogScale;
use imap_core::model::money::plain_number;

const BINS: usize = 24;
/// Slider resolution: positions 0..=STEPS along the log scale.
const STEPS: f64 = 1000.0;
/// Presets in 亿元: (min, max, label). Bounds are inclusive (ui-contract.md),
/// so the labels say ≤ and ≥.
const PRESETS: [(Option<f64>, Option<f64>, &str); 4] = [
    (None, Some(1.0), "≤ 1"),
    (Some(1.0), Some(5.0), "1–5"),
    (Some(5.0), Some(20.0), "5–20"),
    (Some(20.0), None, "≥ 20"),
];

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
    // Bar heights (0–10, the tallest bin full height), once per filter change.
    let heights = Memo::new(move |_| {
        let s = scale.get();
        let bins = derived
            .facets
            .with(|c| s.histogram(c.amounts.iter().copied(), BINS));
        let top = bins.iter().copied().max().unwrap_or(0).max(1) as f64;
        bins.iter()
            .map(|&n| n as f64 / top * 10.0)
            .collect::<Vec<_>>()
    });
    let min = move || store.filters.with(|f| f.min);
    let max = move || store.filters.with(|f| f.max);
    let set = move |min: Option<f64>, max: Option<f64>| store.set_amount(min, max);
    // Where each handle was last put. Values snap to nice numbers, so many
    // positions share one value; a handle stays where it was put while its
    // value is unchanged, instead of jumping to the value's own position.
    let min_at = StoredValue::new(0.0);
    let max_at = StoredValue::new(STEPS);
    let value_at = move |pos: f64, end: f64| (pos != end).then(|| scale.get().value(pos / STEPS));
    let position = move |v: Option<f64>, at: StoredValue<f64>, end: f64| {
        let last = at.get_value();
        let pos = if value_at(last, end) == v {
            last
        } else {
            v.map_or(end, |v| (scale.get().position(v) * STEPS).round())
        };
        pos.to_string()
    };
    let from_slider = move |text: String, at: StoredValue<f64>, end: f64| {
        let pos: f64 = text.parse().unwrap_or(end);
        at.set_value(pos);
        value_at(pos, end)
    };
    let lang = move || store.lang.get();
    view! {
        <fieldset class="imap-filter imap-amount">
            <legend class="imap-filter-title">
                {move || lang().t().investment_size}
                <span class="imap-filter-value" data-testid="amount-range">
                    {move || lang().amount_range(min(), max())}
                </span>
            </legend>
            <svg class="imap-histogram" viewBox=format!("0 0 {BINS} 10") preserveAspectRatio="none" aria-hidden="true">
                // Made once; a filter change only moves heights and shading.
                {(0..BINS)
                    .map(|i| {
                        let h = move || heights.with(|h| h.get(i).copied().unwrap_or(0.0));
                        let outside = move || {
                            let s = scale.get();
                            let start = i as f64 / BINS as f64;
                            let end = (i + 1) as f64 / BINS as f64;
                            min().is_some_and(|v| s.position(v) >= end)
                                || max().is_some_and(|v| s.position(v) <= start)
                        };
                        view! {
                            <rect
                                class="imap-histogram-bar"
                                class:imap-histogram-bar--out=outside
                                x=i as f64 + 0.1
                                y=move || 10.0 - h()
                                width="0.8"
                                height=h
                            />
                        }
                    })
                    .collect_view()}
            </svg>
            <div class="imap-range">
                <input
                    type="range"
                    min="0"
                    max=STEPS
                    step="1"
                    data-testid="amount-min"
                    aria-label=move || lang().t().amount_min
                    prop:value=move || position(min(), min_at, 0.0)
                    on:input=move |ev| set(from_slider(event_target_value(&ev), min_at, 0.0), max())
                />
                <input
                    type="range"
                    min="0"
                    max=STEPS
                    step="1"
                    data-testid="amount-max"
                    aria-label=move || lang().t().amount_max
                    prop:value=move || position(max(), max_at, STEPS)
                    on:input=move |ev| set(min(), from_slider(event_target_value(&ev), max_at, STEPS))
                />
            </div>
            <div class="imap-range-scale" aria-hidden="true">
                <span>{move || plain_number(scale.get().lo)}</span>
                <span>{move || plain_number(scale.get().hi)}</span>
            </div>
            <div class="imap-range-fields">
                <BoundField
                    label=Signal::derive(move || lang().t().amount_min)
                    testid="amount-min-input"
                    value=Signal::derive(min)
                    on_set=Callback::new(move |v| set(v, max()))
                />
                <BoundField
                    label=Signal::derive(move || lang().t().amount_max)
                    testid="amount-max-input"
                    value=Signal::derive(max)
                    on_set=Callback::new(move |v| set(min(), v))
                />
            </div>
            <div class="imap-presets" role="group">
                <button class="imap-chip" type="button" data-testid="amount-preset"
                    aria-pressed=move || (min().is_none() && max().is_none()).to_string()
                    on:click=move |_| set(None, None)>
                    {move || lang().t().amount_any}
                </button>
                {PRESETS
                    .iter()
                    .map(|&(lo, hi, label)| {
                        view! {
                            <button class="imap-chip" type="button" data-testid="amount-preset"
                                aria-pressed=move || (min() == lo && max() == hi).to_string()
                                on:click=move |_| set(lo, hi)>
                                {label}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            {move || {
                let hidden = derived.facets.with(|c| c.undisclosed);
                let range_set = store.filters.with(|f| f.has_amount_range());
                (range_set && hidden > 0)
                    .then(|| view! { <p class="imap-hint imap-hint--warn" data-testid="undisclosed-hidden">{lang().undisclosed_hidden(hidden)}</p> })
            }}
        </fieldset>
    }
}
