//! How far the map zooms in: no deeper than it has something to show. With
//! a basemap, its deepest tiles; without one, until the smallest district
//! is about twice the map's size, its outline still near (deeper is blank
//! fill, and pins that share a spot are spread instead, `markers::spread`).

use geo::Rect;

use super::viewport::{MAX_ZOOM, MIN_ZOOM};
use crate::bounded::bounded;
use crate::geo::projection::project;

/// The deepest zoom for a map `width` × `height` px: `basemap_max_zoom`
/// when a basemap is drawn, else set by the smallest of the districts'
/// extents (lon/lat); `MAX_ZOOM` when there is none.
pub fn max_zoom(
    basemap_max_zoom: Option<u32>,
    districts: impl IntoIterator<Item = Rect<f64>>,
    width: f64,
    height: f64,
) -> f64 {
    if let Some(zoom) = basemap_max_zoom {
        return bounded(f64::from(zoom), MIN_ZOOM, MAX_ZOOM);
    }
    let smallest = districts
        .into_iter()
        .map(|r| {
            let (a, b) = (project(r.min().x, r.max().y), project(r.max().x, r.min().y));
            (b.x - a.x).max(b.y - a.y)
        })
        .filter(|span| *span > 0.0)
        .fold(f64::INFINITY, f64::min);
    if !smallest.is_finite() || width <= 0.0 || height <= 0.0 {
        return MAX_ZOOM;
    }
    // The district across the map's longer side at this zoom; one more
    // level shows it at twice that.
    bounded(
        (width.max(height) / smallest).log2() + 1.0,
        MIN_ZOOM,
        MAX_ZOOM,
    )
}
