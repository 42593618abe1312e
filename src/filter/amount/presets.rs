//! One-click amount ranges, and "any".

use imap_i18n::Texts;
use leptos::prelude::*;

use crate::state::Store;

/// Presets in 亿元: (min, max, label), the thresholds investors ask for
/// ("over 5 亿元"). Bounds are inclusive (ui-contract.md), so the labels say ≥.
const PRESETS: [(Option<f64>, Option<f64>, &str); 4] = [
    (Some(1.0), None, "≥ 1"),
    (Some(5.0), None, "≥ 5"),
    (Some(10.0), None, "≥ 10"),
    (Some(50.0), None, "≥ 50"),
];

#[component]
pub fn AmountPresets() -> impl IntoView {
    let store = expect_context::<Store>();
    let range = move || store.filters.with(|f| (f.min, f.max));
    let chip = move |lo: Option<f64>, hi: Option<f64>, label: Signal<&'static str>| {
        view! {
            <button class="imap-chip" type="button" data-testid="amount-preset"
                aria-pressed=move || (range() == (lo, hi)).to_string()
                on:click=move |_| store.set_amount(lo, hi)>
                {label}
            </button>
        }
    };
    let any = chip(
        None,
        None,
        Signal::derive(move || store.lang.get().t().amount_any),
    );
    let presets = PRESETS
        .iter()
        .map(|&(lo, hi, label)| chip(lo, hi, Signal::stored(label)))
        .collect_view();
    view! {
        <div class="imap-presets" role="group">
            {any}
            {presets}
        </div>
    }
}
