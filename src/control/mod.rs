//! Controls on the map's corners: zoom buttons, legend, locator inset, scale bar and attribution, and in
//! an iframe the link to the full map and the gesture hint.

pub mod attribution;
pub mod full_map_link;
pub mod gesture_hint;
pub mod legend;
mod locator;
pub mod scale_bar;
pub mod skip_links;
pub mod zoom;
