//! Map math without DOM access: projection, datums, viewport, the layouts' free
//! areas and bringing matches into them, hover-card placement, gestures, clustering and marker placement, SVG paths, basemap tiles,
//! simplification, label placement, how deep the map zooms.

pub mod callout;
pub mod cluster;
pub mod datum;
pub mod extent;
pub mod gesture;
pub mod label_point;
pub mod layout;
pub mod markers;
pub mod outline;
pub mod projection;
pub mod reveal;
pub mod scale_bar;
pub mod shared_simplify;
pub mod svg_path;
pub mod tiles;
pub mod viewport;
pub mod zoom_limit;
