//! One-click amount ranges, and "any".

use imap_i18n::Texts;
use leptos::prelude::*;

use crate::state::Store;

/// Presets in 亿元: (min, max, label). Bounds are inclusive (ui-contract.md),
/// so the labels say ≤ and ≥.
const PRESETS: [(Option<f64>, Option<f64>, &str); 4] = [
    (None, Some(1.0), "≤ 1"),
    (Some(1.0), Some(5.0), "1–5"),
    (Some(5.0), Some(20.0), "5–20"),
    (Some(20.0), None, "≥ 20"),
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
