//! Map math without DOM access: projection, viewport, SVG paths, simplification,
//! label placement.

pub mod cluster;
pub mod label_point;
pub mod projection;
pub mod shared_simplify;
pub mod svg_path;
pub mod viewport;
