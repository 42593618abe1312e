//! The metric scale bar: a round length (1, 2 or 5 × 10ⁿ m) and how many
//! pixels it spans at the view's centre. Mercator's scale changes with
//! latitude, so it is measured there (great-circle distance: within 0.5 %
//! of the geodesic, which would add 7.3 KB gzip to the wasm).

use super::viewport::Viewport;
use crate::geo::great_circle;
use crate::geo::projection::unproject;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScaleBar {
    pub metres: f64,
    pub px: f64,
}

/// The longest round length that fits in `max_px` at the view's centre.
pub fn scale_bar(view: &Viewport, max_px: f64) -> Option<ScaleBar> {
    let (cx, cy) = (view.width / 2.0, view.height / 2.0);
    let at = |x: f64| unproject(view.to_world(x, cy));
    let span = 100.0;
    let metres_per_px = great_circle::metres(at(cx - span / 2.0), at(cx + span / 2.0)) / span;
    if !metres_per_px.is_finite() || metres_per_px <= 0.0 {
        return None;
    }
    let longest = max_px * metres_per_px;
    let power = 10f64.powf(longest.log10().floor());
    let metres = [5.0, 2.0, 1.0]
        .into_iter()
        .map(|step| step * power)
        .find(|m| *m <= longest)?;
    Some(ScaleBar {
        metres,
        px: metres / metres_per_px,
    })
}
