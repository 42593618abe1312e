//! District shapes and their names. Paths are built once per data set, at
//! two levels of detail; pan and zoom only change the group's transform
//! (and, across zoom 10, which level is shown). A click on a district
//! opens its card (`district_card`); it never filters by itself.

use leptos::prelude::*;

use super::handler::Gestures;
use super::{CITY_NAMES_BELOW_ZOOM, placed_at};
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
    let shapes: Vec<_> = data.boundaries.iter().map(|b| b.shape.clone()).collect();
    let coarse_shapes = outline::coarse(&shapes);
    // Context first, so the focus outline is drawn on top of shared edges.
    let focus_last = |b: &Boundary| b.role == Role::Focus;
    let ordered = sorted(
        data.boundaries.iter().zip(coarse_shapes).collect(),
        &|a, b| focus_last(a.0).cmp(&focus_last(b.0)),
    );
    let shapes = ordered
        .iter()
        .map(|(b, coarse_shape)| {
            let id = StoredValue::new(b.id.clone());
            // Both levels of detail are built once; zooming only picks one.
            let outline = (frame.path(coarse_shape), frame.path(&b.shape));
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
                    d=move || if coarse.get() { outline.0.clone() } else { outline.1.clone() }
                    on:click=gestures.on_tap(move |at| store.tap_district(id.get_value(), at))
                />
            }
        })
        .collect_view();
    let labels = ordered
        .iter()
        .filter_map(|(b, _)| {
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
