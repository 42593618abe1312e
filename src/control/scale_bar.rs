//! The metric scale bar, true at the view's centre (`geometry::scale_bar`).

use imap_i18n::Texts;
use leptos::prelude::*;

use crate::state::Store;
use imap_core::decimal::shortest;
use imap_core::geometry::scale_bar::scale_bar;

/// The bar's longest length on screen.
pub const MAX_PX: f64 = 100.0;

#[component]
pub fn ScaleBar() -> impl IntoView {
    let store = expect_context::<Store>();
    let bar = Memo::new(move |_| {
        store
            .view
            .with(|v| v.as_ref().and_then(|v| scale_bar(v, MAX_PX)))
    });
    move || {
        let bar = bar.get()?;
        Some(view! {
            <div class="imap-scale" data-testid="scale-bar" data-metres=shortest(bar.metres)>
                <span class="imap-scale-line" style:width=crate::dom::px(bar.px, 1)></span>
                <span class="imap-scale-label">{move || store.lang.get().distance(bar.metres)}</span>
            </div>
        })
    }
}
