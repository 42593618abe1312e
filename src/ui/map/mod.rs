//! The map itself: an SVG with the boundary and pin layers, the tooltip,
//! and one handler per gesture in `handler/`.

mod boundary_layer;
mod cluster_badge;
mod handler;
pub mod map_view;
mod marker_layer;
mod pin;
mod site_layer;
mod tooltip;
