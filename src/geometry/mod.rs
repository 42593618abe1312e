//! Map math without DOM access: projection, viewport, SVG paths, simplification.

pub mod cluster;
pub mod projection;
pub mod shared_simplify;
pub mod svg_path;
pub mod viewport;
