//! Airports, ports, stations and city centres (the manifest's `places`),
//! as small symbols that keep their size at every zoom; all but city
//! centres are labelled (the region names the cities), and a label gives
//! way where it would cover the zone's name or a city's. The legend's
//! switch shows or hides them.

use std::sync::Arc;

use leptos::prelude::*;

use super::context_layer::name_anchors;
use super::placed_at;
use crate::state::Store;
use imap_core::geo::projection::{WorldPoint, project};
use imap_core::geometry::label_point::{boxes_overlap, label_box};
use imap_core::model::place::PlaceKind;

/// A plane seen from above, pointing up, about 11 px across.
const PLANE: &str = "M0-5.5l1 4 4.5 2.3v1.2l-4.5-1.3-.3 3.3 1.6 1.2v.9l-2.3-.7-2.3.7v-.9l1.6-1.2-.3-3.3-4.5 1.3v-1.2l4.5-2.3z";

/// A place name's font size, as in the CSS.
const LABEL_PX: f64 = 12.0;
/// How far off screen a place is still drawn: its label reaches in.
const IN_VIEW_MARGIN: f64 = 160.0;

#[component]
pub fn PlaceLayer() -> impl IntoView {
    let store = expect_context::<Store>();
    let anchors = name_anchors(store);
    let taken = Memo::new(move |_| {
        let view = store.view.get();
        anchors.with(|a| view.map(|v| a.before_places(&v)).unwrap_or_default())
    });
    move || {
        let places = store.loading.places.get()?;
        let points: Arc<Vec<WorldPoint>> =
            Arc::new(places.items.iter().map(|p| project(p.lon, p.lat)).collect());
        // Only the places on screen are in the page: a file of many places
        // costs its symbols, not a node per place wherever it is.
        let in_view = {
            let points = points.clone();
            Memo::new(move |_| {
                let view = store.view.get()?;
                let shown: Vec<usize> = (0..points.len())
                    .filter(|&i| view.shows(points[i], IN_VIEW_MARGIN))
                    .collect();
                Some(shown)
            })
        };
        let symbol_at = move |i: usize| {
            let place = &places.items[i];
            let world = points[i];
            let kind = place.kind;
            let places = places.clone();
            let name = move || places.items[i].label(store.lang.get()).to_string();
            // A place's name gives way to the zone's and the cities'.
            let covers = {
                let name = name.clone();
                move || {
                    let Some(view) = store.view.get() else {
                        return false;
                    };
                    let (x, y) = view.to_screen(world);
                    let own = label_box((x + 10.0, y), &name(), LABEL_PX, false);
                    taken.with(|boxes| boxes.iter().any(|b| boxes_overlap(own, *b)))
                }
            };
            view! {
                <g class=format!("imap-place imap-place--{}", kind.code()) data-place-id=place.id.clone() transform=placed_at(store, move || world)>
                    <title>{name.clone()}</title>
                    {symbol(kind)}
                    {(kind != PlaceKind::City).then(|| view! {
                        <text class="imap-place-label" class:imap-place-label--hidden=covers x="10" y="0">{name}</text>
                    })}
                </g>
            }
        };
        Some(view! {
            <g class="imap-places" aria-hidden="true" class:imap-places--hidden=move || !store.places_shown.get()>
                <For each=move || in_view.get().unwrap_or_default() key=|i| *i children=symbol_at/>
            </g>
        })
    }
}

/// The symbol of a kind of place, drawn around (0, 0); the legend uses it too.
pub fn symbol(kind: PlaceKind) -> impl IntoView {
    match kind {
        PlaceKind::Airport => view! {
            <circle class="imap-place-disc" r="8"/>
            <path class="imap-place-glyph" d=PLANE/>
        }
        .into_any(),
        PlaceKind::Port => view! { <rect class="imap-place-disc" x="-5" y="-5" width="10" height="10" transform="rotate(45)"/> }.into_any(),
        PlaceKind::Rail => view! { <rect class="imap-place-disc" x="-5.5" y="-5.5" width="11" height="11" rx="2"/> }.into_any(),
        PlaceKind::City => view! { <circle class="imap-place-city" r="4"/> }.into_any(),
        PlaceKind::Other => view! { <circle class="imap-place-disc" r="5"/> }.into_any(),
    }
}
