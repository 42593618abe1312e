//! The district outlines' two levels of detail: far out, the browser draws
//! far fewer vertices and the eye sees no difference.

use geo::{MultiPolygon, Simplify};

use super::shared_simplify::simplify_shared;

/// Below this zoom the outlines are drawn simplified…
pub const COARSE_BELOW_ZOOM: f64 = 10.0;
/// …by about a pixel at that zoom (degrees).
const COARSE_TOLERANCE: f64 = 0.0025;

/// The coarse outlines of `shapes`, in the same order. Neighbours are
/// simplified together, so they still share their edges: no gaps open
/// between districts.
pub fn coarse(shapes: &[MultiPolygon<f64>]) -> Vec<MultiPolygon<f64>> {
    simplify_shared(shapes, COARSE_TOLERANCE)
}

/// The coarse outline of one shape simplified on its own, for the region
/// around the zone: read in steps, a region cannot wait for its neighbours,
/// and the hairline this may open between two of them is under the stroke
/// of the region's own colour that every region is drawn with.
pub fn coarse_alone(shape: &MultiPolygon<f64>) -> MultiPolygon<f64> {
    shape.simplify(COARSE_TOLERANCE)
}
