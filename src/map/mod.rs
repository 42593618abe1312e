//! The map itself: an SVG with the boundary and pin layers, the tooltip,
//! and one handler per gesture in `handler/`.

mod boundary_layer;
mod cluster_badge;
mod handler;
pub mod map_view;
mod marker_layer;
pub mod pin;
mod site_layer;
mod tooltip;

use imap_core::geometry::markers;
use imap_core::geometry::projection::WorldPoint;
use leptos::prelude::*;

use crate::state::Store;

/// The `transform` that puts a marker drawn around (0, 0) at `world` on
/// screen; it follows every pan and zoom (and `world`, where it moves).
fn placed_at(
    store: Store,
    world: impl Fn() -> WorldPoint + Copy + 'static,
) -> impl Fn() -> Option<String> + Copy + 'static {
    move || {
        store
            .view
            .with(|v| v.map(|v| markers::transform(&v, world())))
    }
}
