//! How the matching amounts spread over the scale, behind the slider; bars
//! outside the chosen range are shaded.

use imap_core::decimal::fixed;
use imap_core::model::amount_scale::{LogScale, bar_heights};
use leptos::prelude::*;

use crate::state::{Derived, Store};

const BINS: usize = 24;
/// The bars' full height in the SVG's units.
const FULL: f64 = 10.0;

#[component]
pub fn AmountHistogram(scale: Memo<LogScale>) -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    // Once per filter change, for all bars.
    let heights = Memo::new(move |_| {
        let s = scale.get();
        let counts = derived
            .late()
            .facets
            .with(|c| s.histogram(c.amounts.iter().copied(), BINS));
        bar_heights(&counts, FULL)
    });
    // Made once; a filter change only moves heights and shading.
    let bars = (0..BINS)
        .map(|i| {
            let h = move || heights.with(|h| h.get(i).copied().unwrap_or(0.0));
            let outside = move || {
                let (min, max) = store.filters.with(|f| (f.min, f.max));
                scale.with(|s| s.bin_outside(i, BINS, min, max))
            };
            view! {
                <rect
                    class="imap-histogram-bar"
                    class:imap-histogram-bar--out=outside
                    x=fixed(i as f64 + 0.1, 1)
                    y=move || fixed(FULL - h(), 2)
                    width="0.8"
                    height=move || fixed(h(), 2)
                />
            }
        })
        .collect_view();
    view! {
        <svg class="imap-histogram" viewBox=format!("0 0 {BINS} {}", fixed(FULL, 0)) preserveAspectRatio="none" aria-hidden="true">
            {bars}
        </svg>
    }
}
