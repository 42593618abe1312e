//! The two handles of the amount range, on the log scale.

use imap_core::model::amount_scale::{LogScale, SLIDER_STEPS, SliderHandle};
use imap_i18n::Texts;
use leptos::prelude::*;

use crate::state::Store;

#[derive(Clone, Copy)]
enum Side {
    Lower,
    Upper,
}

#[component]
pub fn AmountSlider(scale: Memo<LogScale>) -> impl IntoView {
    view! {
        <div class="imap-range">
            <Handle scale=scale side=Side::Lower/>
            <Handle scale=scale side=Side::Upper/>
        </div>
    }
}

#[component]
fn Handle(scale: Memo<LogScale>, side: Side) -> impl IntoView {
    let store = expect_context::<Store>();
    let handle = StoredValue::new(match side {
        Side::Lower => SliderHandle::lower(),
        Side::Upper => SliderHandle::upper(),
    });
    let range = move || store.filters.with(|f| (f.min, f.max));
    let bound = move || match side {
        Side::Lower => range().0,
        Side::Upper => range().1,
    };
    let moved = move |ev| {
        let pos = event_target_value(&ev).parse().unwrap_or(0.0);
        let put = scale.with(|s| handle.try_update_value(|h| h.put(s, pos)).flatten());
        let (min, max) = range();
        match side {
            Side::Lower => store.set_amount(put, max),
            Side::Upper => store.set_amount(min, put),
        }
    };
    let label = move || {
        let t = store.lang.get().t();
        match side {
            Side::Lower => t.amount_min,
            Side::Upper => t.amount_max,
        }
    };
    view! {
        <input
            type="range"
            min="0"
            max=SLIDER_STEPS
            step="1"
            data-testid=match side {
                Side::Lower => "amount-min",
                Side::Upper => "amount-max",
            }
            aria-label=label
            prop:value=move || scale.with(|s| handle.with_value(|h| h.position(s, bound()))).to_string()
            on:input=moved
        />
    }
}
