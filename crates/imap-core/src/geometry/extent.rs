//! Extents (lon/lat rectangles) of what the map fits into view.

use geo::{Rect, coord};

/// The smallest rectangle around all of `rects`; `None` when there are none.
pub fn union(rects: impl IntoIterator<Item = Rect<f64>>) -> Option<Rect<f64>> {
    rects.into_iter().reduce(|a, b| {
        Rect::new(
            coord! {x: a.min().x.min(b.min().x), y: a.min().y.min(b.min().y)},
            coord! {x: a.max().x.max(b.max().x), y: a.max().y.max(b.max().y)},
        )
    })
}
