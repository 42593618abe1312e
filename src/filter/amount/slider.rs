//! The two handles of the amount range, on the log scale.

use imap_core::model::amount_scale::{LogScale, SLIDER_STEPS, SliderHandle};
use imap_i18n::Texts;
use leptos::prelude::*;

use crate::state::Store;

#[component]
pub fn AmountSlider(scale: Memo<LogScale>) -> impl IntoView {
    let store = expect_context::<Store>();
    let lower = StoredValue::new(SliderHandle::lower());
    let upper = StoredValue::new(SliderHandle::upper());
    let min = move || store.filters.with(|f| f.min);
    let max = move || store.filters.with(|f| f.max);
    let shown = move |handle: StoredValue<SliderHandle>, bound: Option<f64>| {
        let pos = scale.with(|s| handle.with_value(|h| h.position(s, bound)));
        pos.to_string()
    };
    let put = move |handle: StoredValue<SliderHandle>, ev: leptos::ev::Event| {
        let pos = event_target_value(&ev).parse().unwrap_or(0.0);
        scale.with(|s| handle.try_update_value(|h| h.put(s, pos)).flatten())
    };
    let t = move || store.lang.get().t();
    view! {
        <div class="imap-range">
            <input
                type="range"
                min="0"
                max=SLIDER_STEPS
                step="1"
                data-testid="amount-min"
                aria-label=move || t().amount_min
                prop:value=move || shown(lower, min())
                on:input=move |ev| store.set_amount(put(lower, ev), max())
            />
            <input
                type="range"
                min="0"
                max=SLIDER_STEPS
                step="1"
                data-testid="amount-max"
                aria-label=move || t().amount_max
                prop:value=move || shown(upper, max())
                on:input=move |ev| store.set_amount(min(), put(upper, ev))
            />
        </div>
    }
}
