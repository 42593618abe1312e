//! The region around the zone (the manifest's `context`): neighbouring
//! cities as muted land under the districts, named while zoomed out. It
//! arrives after the map is drawn; paths are built once, like the districts'.

use leptos::prelude::*;

use super::{CITY_NAMES_BELOW_ZOOM, placed_at};
use crate::state::Store;
use imap_core::geometry::label_point::label_point;
use imap_core::geometry::projection::project;
use imap_core::geometry::svg_path::PathFrame;

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

/// The cities' names, over the districts (Jiangmen's lies on them).
#[component]
pub fn ContextLabels() -> impl IntoView {
    let store = expect_context::<Store>();
    let named = Memo::new(move |_| {
        store
            .view
            .with(|v| v.is_some_and(|v| v.zoom < CITY_NAMES_BELOW_ZOOM))
    });
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
                Some(view! {
                    <text class="imap-region-label" transform=placed_at(store, move || world)>{name}</text>
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
