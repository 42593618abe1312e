//! Controls on the map's corners: zoom buttons, legend, attribution.

pub mod attribution;
pub mod legend;
pub mod zoom;
