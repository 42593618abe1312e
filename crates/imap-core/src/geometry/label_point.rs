//! Where a district's name goes: the middle of the widest horizontal chord
//! through its largest part. Names are horizontal text, so the widest chord
//! is where they fit best, and it is always inside the shape (holes and
//! concave bays included), which a centroid is not. geo's `InteriorPoint`
//! answers the same question but links its whole relate/R-tree machinery
//! into the app (67 KB of wasm, 28 KB gzip: README, "Measured").

use crate::order::sorted;
use geo::{Area, BoundingRect, Coord, MultiPolygon, Point, Polygon};

/// Chords are tried at the middles of this many horizontal bands, which
/// keeps them off the box's edges and off round coordinates.
const SCAN_LINES: usize = 9;

/// A point inside `shape` where its label fits; `None` for an empty shape.
pub fn label_point(shape: &MultiPolygon<f64>) -> Option<Point<f64>> {
    let largest = shape
        .0
        .iter()
        .max_by(|a, b| a.unsigned_area().total_cmp(&b.unsigned_area()))?;
    let bounds = largest.bounding_rect()?;
    let band = bounds.height() / SCAN_LINES as f64;
    (0..SCAN_LINES)
        .map(|i| bounds.min().y + (i as f64 + 0.5) * band)
        .filter_map(|y| widest_chord(largest, y))
        .max_by(|a, b| (a.1 - a.0).total_cmp(&(b.1 - b.0)))
        .map(|(x0, x1, y)| Point::new((x0 + x1) / 2.0, y))
}

/// The widest inside interval of the horizontal line at `y`, as (x0, x1, y).
fn widest_chord(polygon: &Polygon<f64>, y: f64) -> Option<(f64, f64, f64)> {
    let crossings: Vec<f64> = std::iter::once(polygon.exterior())
        .chain(polygon.interiors())
        .flat_map(|ring| ring.lines())
        .filter_map(|edge| crossing_x(edge.start, edge.end, y))
        .collect();
    let crossings = sorted(crossings, &f64::total_cmp);
    // Even-odd: crossings pair up into the inside intervals.
    crossings
        .chunks_exact(2)
        .map(|pair| (pair[0], pair[1], y))
        .max_by(|a, b| (a.1 - a.0).total_cmp(&(b.1 - b.0)))
}

/// Where the edge a→b crosses the line at `y`; half-open in y, so a vertex
/// exactly on the line is counted once.
fn crossing_x(a: Coord<f64>, b: Coord<f64>, y: f64) -> Option<f64> {
    ((a.y > y) != (b.y > y)).then(|| a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y))
}

/// A label's box on screen (left, top, right, bottom), estimated from its
/// text: CJK characters an em wide, others 0.6 em. `anchor` is the text's
/// middle (`centred`) or its left end, vertically its middle.
pub fn label_box(anchor: (f64, f64), text: &str, font_px: f64, centred: bool) -> [f64; 4] {
    let width: f64 = text
        .chars()
        .map(|c| if c.is_ascii() { 0.6 } else { 1.0 })
        .sum::<f64>()
        * font_px;
    let left = if centred {
        anchor.0 - width / 2.0
    } else {
        anchor.0
    };
    [
        left,
        anchor.1 - font_px / 2.0,
        left + width,
        anchor.1 + font_px / 2.0,
    ]
}

/// Whether two label boxes share any area.
pub fn boxes_overlap(a: [f64; 4], b: [f64; 4]) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}
