//! The region around the zone (the manifest's `context`): neighbouring
//! cities as muted land under the districts, named while zoomed out. It
//! arrives after the map is drawn; paths are built once, like the districts'.

use leptos::prelude::*;

use super::{CITY_NAMES_BELOW_ZOOM, placed_at};
use crate::state::Store;
use geo::MultiPolygon;
use imap_core::geometry::label_point::{boxes_overlap, label_box, label_point};
use imap_core::geometry::projection::project;
use imap_core::geometry::svg_path::PathFrame;
use imap_core::geometry::viewport::Viewport;
use imap_core::model::boundary::Role;

#[component]
pub fn ContextLayer(frame: PathFrame) -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        let context = store.context.get()?;
        let shapes = context
            .items
            .iter()
            .map(|r| view! { <path class="imap-region" data-region-id=r.id.clone() d=frame.path(&r.shape)/> })
            .collect_view();
        Some(view! {
            <g class="imap-regions" transform=move || store.view.get().map(|v| frame.transform(&v))>
                {shapes}
            </g>
        })
    }
}

/// Font sizes of the labels, as in the CSS, for their boxes on screen.
const CITY_PX: f64 = 13.0;
const ZONE_PX: f64 = 15.0;

/// The cities' names, over the districts (Jiangmen's lies on them). A
/// city's name gives way only where it would cover the zone's; places'
/// names give way to both (`names_before_places`).
#[component]
pub fn ContextLabels() -> impl IntoView {
    let store = expect_context::<Store>();
    let named = Memo::new(move |_| {
        store
            .view
            .with(|v| v.is_some_and(|v| v.zoom < CITY_NAMES_BELOW_ZOOM))
    });
    let taken = Memo::new(move |_| zone_labels(store));
    move || {
        let context = store.context.get()?;
        let labels = context
            .items
            .iter()
            .enumerate()
            .filter_map(|(i, r)| {
                let at = label_point(&r.shape)?;
                let world = project(at.x(), at.y());
                let context = context.clone();
                let name = move || context.items[i].label(store.lang.get()).to_string();
                let covers = {
                    let name = name.clone();
                    move || {
                        let Some(view) = store.view.get() else {
                            return false;
                        };
                        let own = label_box(view.to_screen(world), &name(), CITY_PX, true);
                        taken.with(|boxes| boxes.iter().any(|b| boxes_overlap(own, *b)))
                    }
                };
                Some(view! {
                    <text
                        class="imap-region-label"
                        class:imap-region-label--hidden=covers
                        transform=placed_at(store, move || world)
                    >
                        {name}
                    </text>
                })
            })
            .collect_view();
        Some(view! {
            <g class="imap-region-labels" aria-hidden="true" class:imap-region-labels--hidden=move || !named.get()>
                {labels}
            </g>
        })
    }
}

/// The zone's name, as boxes on screen: nothing covers it.
fn zone_labels(store: Store) -> Vec<[f64; 4]> {
    let (Some(view), Some(data)) = (store.view.get(), store.dataset()) else {
        return Vec::new();
    };
    let lang = store.lang.get();
    data.boundaries
        .iter()
        .filter(|b| b.role == Role::Focus)
        .filter_map(|b| name_box(&view, &b.shape, b.label(lang), ZONE_PX))
        .collect()
}

/// Where a shape's name sits on screen, as a box.
fn name_box(view: &Viewport, shape: &MultiPolygon<f64>, name: &str, px: f64) -> Option<[f64; 4]> {
    let at = label_point(shape)?;
    Some(label_box(
        view.to_screen(project(at.x(), at.y())),
        name,
        px,
        true,
    ))
}

/// The names that go before a place's: the zone's, and the cities' shown
/// (those not giving way to the zone's), as boxes on screen.
pub fn names_before_places(store: Store) -> Vec<[f64; 4]> {
    let mut boxes = zone_labels(store);
    let zoomed_out = store
        .view
        .get()
        .is_some_and(|v| v.zoom < CITY_NAMES_BELOW_ZOOM);
    if let (Some(view), Some(context), true) = (store.view.get(), store.context.get(), zoomed_out) {
        let lang = store.lang.get();
        let cities: Vec<[f64; 4]> = context
            .items
            .iter()
            .filter_map(|r| name_box(&view, &r.shape, r.label(lang), CITY_PX))
            .filter(|city| !boxes.iter().any(|zone| boxes_overlap(*city, *zone)))
            .collect();
        boxes.extend(cities);
    }
    boxes
}
