//! Screen geometry, in the map's world units and pixels: the viewport and
//! gestures, clustering and marker placement, bringing points into the
//! uncovered map, SVG paths and their simplification, label placement,
//! basemap tiles, the scale bar, how deep the map zooms. It reads
//! coordinates through `geo`; it knows no layout and formats no text.

pub mod cluster;
pub mod extent;
pub mod gesture;
pub mod label_point;
pub mod markers;
pub mod outline;
pub mod reveal;
pub mod scale_bar;
pub mod shared_simplify;
pub mod svg_path;
pub mod tiles;
pub mod viewport;
pub mod zoom_limit;
