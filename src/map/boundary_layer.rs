//! District shapes and their names. Paths are built once per data set, at
//! two levels of detail (the coarse one the first time the view is zoomed
//! out that far); pan and zoom only change the group's transform (and,
//! across zoom 10, which level is shown). A click on a district
//! opens its card (`district_card`); it never filters by itself.

use leptos::prelude::*;

use super::handler::Gestures;
use super::{CITY_NAMES_BELOW_ZOOM, placed_at};
use crate::deferred::since_first_shown;
use crate::state::Store;
use imap_core::geo::projection::{WorldPoint, project};
use imap_core::geometry::label_point::label_point;
use imap_core::geometry::outline::{self, COARSE_BELOW_ZOOM};
use imap_core::geometry::svg_path::PathFrame;
use imap_core::model::boundary::{Boundary, Role};
use imap_core::order::sorted;

#[component]
pub fn BoundaryLayer(frame: PathFrame) -> impl IntoView {
    let store = expect_context::<Store>();
    let gestures = expect_context::<Gestures>();
    let coarse = Memo::new(move |_| {
        store
            .view
            .with(|v| v.is_some_and(|v| v.zoom < COARSE_BELOW_ZOOM))
    });
    let data = store.dataset_untracked()?;
    // The coarse outlines, by boundary, made the first time the view is
    // zoomed out that far (not while the app mounts, zoomed in).
    let coarse_paths = {
        let needed = since_first_shown(move || coarse.get());
        let shapes: Vec<_> = data.boundaries.iter().map(|b| b.shape.clone()).collect();
        Memo::new(move |_| {
            needed.get().then(|| {
                outline::coarse(&shapes)
                    .iter()
                    .map(|s| frame.path(s))
                    .collect::<Vec<_>>()
            })
        })
    };
    // Context first, so the focus outline is drawn on top of shared edges.
    let focus_last = |b: &Boundary| b.role == Role::Focus;
    let ordered = sorted(data.boundaries.iter().enumerate().collect(), &|a, b| {
        focus_last(a.1).cmp(&focus_last(b.1))
    });
    let shapes = ordered
        .iter()
        .map(|&(i, b)| {
            let id = StoredValue::new(b.id.clone());
            // Each level of detail is built once; zooming only picks one.
            let detailed = frame.path(&b.shape);
            let outline = move || {
                coarse
                    .get()
                    .then(|| coarse_paths.with(|c| c.as_ref().and_then(|c| c.get(i).cloned())))
                    .flatten()
                    .unwrap_or_else(|| detailed.clone())
            };
            let picked = move || {
                id.with_value(|id| {
                    store
                        .filters
                        .with(|f| f.districts.as_ref().is_some_and(|d| d.contains(id)))
                })
            };
            view! {
                <path
                    class="imap-district"
                    class:imap-district--focus=b.role == Role::Focus
                    class:imap-district--picked=picked
                    data-district-id=b.id.clone()
                    d=outline
                    on:click=gestures.on_tap(move |at| store.tap_district(id.get_value(), at))
                />
            }
        })
        .collect_view();
    let labels = ordered
        .iter()
        .filter_map(|(_, b)| {
            let at = label_point(&b.shape)?;
            let world = project(at.x(), at.y());
            let focus = b.role == Role::Focus;
            let (data, id) = (data.clone(), b.id.clone());
            let name = move || {
                data.boundary(&id)
                    .map(|b| b.label(store.lang.get()).to_string())
            };
            Some(view! {
                <DistrictLabel world=world focus=focus>
                    {name}
                </DistrictLabel>
            })
        })
        .collect_view();
    Some(view! {
        <g class="imap-boundaries" transform=move || store.view.get().map(|v| frame.transform(&v))>
            {shapes}
        </g>
        <g class="imap-district-labels" aria-hidden="true">{labels}</g>
    })
}

#[component]
fn DistrictLabel(world: WorldPoint, focus: bool, children: Children) -> impl IntoView {
    let store = expect_context::<Store>();
    let position = placed_at(store, move || world);
    let hidden = move || {
        !focus
            && store
                .view
                .with(|v| v.is_some_and(|v| v.zoom < CITY_NAMES_BELOW_ZOOM))
    };
    view! {
        <text
            class="imap-district-label"
            class:imap-district-label--focus=focus
            class:imap-district-label--hidden=hidden
            transform=position
        >
            {children()}
        </text>
    }
}
