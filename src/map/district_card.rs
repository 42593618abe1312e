//! A tapped district's card: its name, how many projects there match the
//! other filters and their disclosed total, and the one action that
//! filters to it. A tap on the map only ever opens this card.

use imap_i18n::Texts;
use leptos::prelude::*;

use crate::state::{Derived, Store};
use imap_core::bounded::bounded;
use imap_core::layout::callout;

/// The card's width (`width` in the CSS) and half its usual height: it
/// is kept whole inside the map.
const CARD_WIDTH: f64 = 240.0;
const HALF_HEIGHT: f64 = 60.0;

#[component]
pub fn DistrictCard() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    move || {
        let card = store.district_card.get()?;
        let data = store.dataset()?;
        let index = data.boundaries.iter().position(|b| b.id == card.id)?;
        let view = store.view.get()?;
        let lang = store.lang.get();
        let t = lang.t();
        let (x, y) = view.to_screen(card.at);
        let mut at = callout::place(x, y, view.width, view.height, CARD_WIDTH);
        if matches!(at.side, callout::Side::Left | callout::Side::Right) {
            at.top = bounded(
                at.top,
                HALF_HEIGHT,
                (view.height - HALF_HEIGHT).max(HALF_HEIGHT),
            );
        }
        let name = data.boundaries[index].label(lang).to_string();
        let summary = move || {
            derived.late().facets.with(|f| {
                f.districts
                    .get(index)
                    .map(|s| lang.district_summary(s.count, s.total, s.undisclosed))
            })
        };
        let id = StoredValue::new(card.id.clone());
        let only_this = move || {
            store.filters.with(|f| {
                id.with_value(|id| f.districts.as_deref() == Some(std::slice::from_ref(id)))
            })
        };
        let act = move |_| {
            let pick = (!only_this()).then(|| id.get_value());
            store.pick_district(pick);
            store.close_district_card();
        };
        Some(view! {
            <div
                class=format!("imap-tooltip imap-district-card {}", at.side.class())
                role="group"
                aria-label=name.clone()
                data-testid="district-card"
                style:left=crate::dom::px(at.left, 0)
                style:top=crate::dom::px(at.top, 0)
                on:pointerdown=|ev| ev.stop_propagation()
                on:click=|ev| ev.stop_propagation()
            >
                <div class="imap-district-card-head">
                    <strong class="imap-tooltip-name">{name.clone()}</strong>
                    <button
                        class="imap-button imap-district-card-close"
                        type="button"
                        aria-label=t.close
                        on:click=move |_| store.close_district_card()
                    >
                        "×"
                    </button>
                </div>
                <span class="imap-tooltip-row">{summary}</span>
                <button class="imap-button imap-district-card-action" type="button" data-testid="district-only" on:click=act>
                    {move || if only_this() { t.show_all_districts } else { t.show_only_district }}
                </button>
            </div>
        })
    }
}
