//! The map itself: an SVG with the boundary and pin layers, the tooltip,
//! and one handler per gesture in `handler/`.

mod boundary_layer;
mod cluster_badge;
mod context_layer;
mod district_card;
mod handler;
pub mod map_view;
mod marker_layer;
pub mod pin;
pub mod place_layer;
mod site_layer;
mod tile_layer;
mod tooltip;

use imap_core::geo::projection::WorldPoint;
use imap_core::geometry::markers;
use leptos::prelude::*;

use crate::state::Store;

/// Names hand over at this zoom: below it the region's cities are named
/// (Jiangmen among them) and of the zone's districts only the zone; from
/// it on every district is named and the cities' names step back.
pub const CITY_NAMES_BELOW_ZOOM: f64 = 9.5;

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
