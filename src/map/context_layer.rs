//! The region around the zone (the manifest's `context`): neighbouring
//! cities as muted land under the districts, named while zoomed out. It
//! arrives after the map is drawn; paths are built once, like the districts'.

use leptos::prelude::*;

use super::{CITY_NAMES_BELOW_ZOOM, placed_at};
use crate::state::Store;
use geo::MultiPolygon;
use imap_core::geo::projection::{WorldPoint, project};
use imap_core::geometry::label_point::{boxes_overlap, label_box, label_point};
use imap_core::geometry::outline::COARSE_BELOW_ZOOM;
use imap_core::geometry::svg_path::PathFrame;
use imap_core::geometry::viewport::Viewport;
use imap_core::model::boundary::Role;

#[component]
pub fn ContextLayer(frame: PathFrame) -> impl IntoView {
    let store = expect_context::<Store>();
    let coarse = Memo::new(move |_| {
        store
            .view
            .with(|v| v.is_some_and(|v| v.zoom < COARSE_BELOW_ZOOM))
    });
    move || {
        let context = store.loading.context.get()?;
        let shapes = context
            .items
            .iter()
            .map(|r| {
                // Both levels of detail are built once; zooming only picks one.
                let (far, near) = (frame.path(&r.coarse), frame.path(&r.shape));
                let d = move || {
                    if coarse.get() {
                        far.clone()
                    } else {
                        near.clone()
                    }
                };
                view! { <path class="imap-region" data-region-id=r.id.clone() d=d/> }
            })
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

/// Where the zone's and the cities' names go, and what they say: found
/// once per data set and language, so a moving view only projects them.
#[derive(Clone, Default, PartialEq)]
pub struct NameAnchors {
    zone: Vec<(WorldPoint, String)>,
    cities: Vec<(WorldPoint, String)>,
}

pub fn name_anchors(store: Store) -> Memo<NameAnchors> {
    Memo::new(move |_| {
        let lang = store.lang.get();
        let anchor = |shape: &MultiPolygon<f64>, text: &str| {
            label_point(shape).map(|at| (project(at.x(), at.y()), text.to_string()))
        };
        let zone = store.dataset().map_or_else(Vec::new, |data| {
            data.boundaries
                .iter()
                .filter(|b| b.role == Role::Focus)
                .filter_map(|b| anchor(&b.shape, b.label(lang)))
                .collect()
        });
        let cities = store
            .loading
            .context
            .get()
            .map_or_else(Vec::new, |context| {
                context
                    .items
                    .iter()
                    .filter_map(|r| anchor(&r.shape, r.label(lang)))
                    .collect()
            });
        NameAnchors { zone, cities }
    })
}

impl NameAnchors {
    fn boxes<'a>(
        view: &'a Viewport,
        anchors: &'a [(WorldPoint, String)],
        px: f64,
    ) -> impl Iterator<Item = [f64; 4]> + 'a {
        anchors
            .iter()
            .map(move |(world, text)| label_box(view.to_screen(*world), text, px, true))
    }

    fn zone_boxes(&self, view: &Viewport) -> Vec<[f64; 4]> {
        Self::boxes(view, &self.zone, ZONE_PX).collect()
    }

    /// The names that go before a place's, as boxes on screen: the zone's,
    /// and the cities' shown (zoomed out, not giving way to the zone's).
    pub fn before_places(&self, view: &Viewport) -> Vec<[f64; 4]> {
        let mut boxes = self.zone_boxes(view);
        if view.zoom < CITY_NAMES_BELOW_ZOOM {
            let shown: Vec<[f64; 4]> = Self::boxes(view, &self.cities, CITY_PX)
                .filter(|city| !boxes.iter().any(|zone| boxes_overlap(*city, *zone)))
                .collect();
            boxes.extend(shown);
        }
        boxes
    }
}

/// The cities' names, over the districts (Jiangmen's lies on them). A
/// city's name gives way only where it would cover the zone's; places'
/// names give way to both (`NameAnchors::before_places`).
#[component]
pub fn ContextLabels() -> impl IntoView {
    let store = expect_context::<Store>();
    let named = Memo::new(move |_| {
        store
            .view
            .with(|v| v.is_some_and(|v| v.zoom < CITY_NAMES_BELOW_ZOOM))
    });
    let anchors = name_anchors(store);
    let taken = Memo::new(move |_| {
        let view = store.view.get();
        anchors.with(|a| view.map(|v| a.zone_boxes(&v)).unwrap_or_default())
    });
    move || {
        let context = store.loading.context.get()?;
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
