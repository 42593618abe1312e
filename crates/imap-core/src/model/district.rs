//! Which boundary a point lies in, for projects that do not name their district.
//!
//! Tens of thousands of points are tested against districts of thousands of
//! vertices, so each boundary's edges are bucketed into horizontal bands:
//! a point only casts its ray across the edges of its own band.

use geo::{BoundingRect, Rect};

use super::boundary::Boundary;

/// Bands per boundary; edges spanning several bands are listed in each.
const BANDS: usize = 64;

struct Edge {
    x1: f64,
    y1: f64,
    x2: f64,
    y2: f64,
}

struct Indexed<'a> {
    boundary: &'a Boundary,
    /// Its index in the boundaries the index was made of.
    position: usize,
    rect: Rect<f64>,
    band_height: f64,
    bands: Vec<Vec<Edge>>,
}

impl Indexed<'_> {
    fn band(&self, y: f64) -> usize {
        (((y - self.rect.min().y) / self.band_height) as usize).min(BANDS - 1)
    }

    /// Even–odd ray casting over every ring, holes included.
    fn contains(&self, x: f64, y: f64) -> bool {
        let r = self.rect;
        if x < r.min().x || x > r.max().x || y < r.min().y || y > r.max().y {
            return false;
        }
        let mut inside = false;
        for e in &self.bands[self.band(y)] {
            if (e.y1 > y) != (e.y2 > y) && x < (e.x2 - e.x1) * (y - e.y1) / (e.y2 - e.y1) + e.x1 {
                inside = !inside;
            }
        }
        inside
    }
}

pub struct DistrictIndex<'a> {
    entries: Vec<Indexed<'a>>,
}

impl<'a> DistrictIndex<'a> {
    pub fn new(boundaries: &'a [Boundary]) -> Self {
        let entries = boundaries
            .iter()
            .enumerate()
            .filter_map(|(position, b)| {
                let rect = b.shape.bounding_rect()?;
                let band_height = (rect.height() / BANDS as f64).max(f64::MIN_POSITIVE);
                let mut bands: Vec<Vec<Edge>> = (0..BANDS).map(|_| Vec::new()).collect();
                let rings = b
                    .shape
                    .iter()
                    .flat_map(|p| std::iter::once(p.exterior()).chain(p.interiors()));
                for ring in rings {
                    for line in ring.lines() {
                        let (lo, hi) = (line.start.y.min(line.end.y), line.start.y.max(line.end.y));
                        let first = (((lo - rect.min().y) / band_height) as usize).min(BANDS - 1);
                        let last = (((hi - rect.min().y) / band_height) as usize).min(BANDS - 1);
                        for band in &mut bands[first..=last] {
                            band.push(Edge {
                                x1: line.start.x,
                                y1: line.start.y,
                                x2: line.end.x,
                                y2: line.end.y,
                            });
                        }
                    }
                }
                Some(Indexed {
                    boundary: b,
                    position,
                    rect,
                    band_height,
                    bands,
                })
            })
            .collect();
        DistrictIndex { entries }
    }

    /// The index of the boundary with this id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.entries
            .iter()
            .find(|e| e.boundary.id == id)
            .map(|e| e.position)
    }

    /// The first boundary (in file order) containing the point: its index
    /// and its id.
    pub fn locate(&self, lon: f64, lat: f64) -> Option<(usize, &'a str)> {
        self.entries
            .iter()
            .find(|e| e.contains(lon, lat))
            .map(|e| (e.position, e.boundary.id.as_str()))
    }
}
