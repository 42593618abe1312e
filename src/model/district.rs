//! Which boundary a point lies in, for projects that do not name their district.

use geo::{BoundingRect, Intersects, Point, Rect};

use super::boundary::Boundary;

/// Boundaries with their bounding boxes, so most misses cost four comparisons.
pub struct DistrictIndex<'a> {
    entries: Vec<(&'a Boundary, Option<Rect<f64>>)>,
}

impl<'a> DistrictIndex<'a> {
    pub fn new(boundaries: &'a [Boundary]) -> Self {
        DistrictIndex {
            entries: boundaries
                .iter()
                .map(|b| (b, b.shape.bounding_rect()))
                .collect(),
        }
    }

    pub fn has(&self, id: &str) -> bool {
        self.entries.iter().any(|(b, _)| b.id == id)
    }

    /// The first boundary containing the point; a point on a shared edge
    /// belongs to the first of the two in file order.
    pub fn locate(&self, lon: f64, lat: f64) -> Option<&'a str> {
        let point = Point::new(lon, lat);
        self.entries
            .iter()
            .filter(|(_, rect)| rect.is_some_and(|r| r.intersects(&point)))
            .find(|(b, _)| b.shape.intersects(&point))
            .map(|(b, _)| b.id.as_str())
    }
}
