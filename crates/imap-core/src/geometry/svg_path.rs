//! Boundaries as SVG path data, built once per data set. Coordinates are
//! kept small (relative to a local origin, at a fixed reference zoom) so the
//! browser's single-precision rendering stays exact; pan and zoom are then a
//! single transform on the group, with no path rebuilt per frame.

use crate::decimal::{fixed, write_fixed};
use crate::exp2::exp2;

use geo::MultiPolygon;

use super::viewport::Viewport;
use crate::geo::projection::{WorldPoint, project};

/// The zoom at which path coordinates are written; with two decimals the
/// error stays under a pixel up to zoom 18.
const PATH_ZOOM: f64 = 12.0;

/// Where path coordinates start from; one per data set.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PathFrame {
    pub origin: WorldPoint,
}

impl PathFrame {
    pub fn path(&self, shape: &MultiPolygon<f64>) -> String {
        let k = exp2(PATH_ZOOM);
        let mut d = String::new();
        for polygon in shape {
            for ring in std::iter::once(polygon.exterior()).chain(polygon.interiors()) {
                let mut points = ring.0.iter();
                if ring.is_closed() {
                    points.next_back();
                }
                for (i, c) in points.enumerate() {
                    let p = project(c.x, c.y);
                    let x = (p.x - self.origin.x) * k;
                    let y = (p.y - self.origin.y) * k;
                    d.push(if i == 0 { 'M' } else { 'L' });
                    write_fixed(&mut d, x, 2);
                    d.push(' ');
                    write_fixed(&mut d, y, 2);
                }
                d.push('Z');
            }
        }
        d
    }

    /// The SVG `transform` that places paths of this frame in the viewport.
    pub fn transform(&self, view: &Viewport) -> String {
        let s = exp2(view.zoom - PATH_ZOOM);
        let (tx, ty) = view.to_screen(self.origin);
        // The scale to 9 decimals: off by under 0.01 px across the region.
        let s = fixed(s, 9);
        format!("matrix({s} 0 0 {s} {} {})", fixed(tx, 2), fixed(ty, 2))
    }
}
