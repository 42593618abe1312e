//! Bringing what the visitor asked for into the part of the map nothing
//! covers: after a filter change every match, with a selection its pin.
//! The view moves as little as it can and only ever zooms out.

use geo::Rect;

use super::viewport::{Insets, MIN_ZOOM, Viewport};
use crate::bounded::bounded;
use crate::choices::ViewParam;
use crate::exp2::exp2;
use crate::geo::projection::{WorldPoint, project};

/// Room (CSS px) kept between a shown point and whatever covers the map:
/// a pin's touch target.
pub const PIN_ROOM: f64 = 24.0;

/// The view nearest `view` that shows every point at least `PIN_ROOM` px
/// inside the part `free` leaves uncovered; `None` when they all are
/// already, when there are none, or when nothing is left uncovered.
pub fn reveal(
    view: Viewport,
    points: impl IntoIterator<Item = WorldPoint>,
    free: Insets,
) -> Option<Viewport> {
    let room = free.grown(PIN_ROOM);
    let (left, right) = (room.left, view.width - room.right);
    let (top, bottom) = (room.top, view.height - room.bottom);
    if right <= left || bottom <= top {
        return None;
    }
    let (min, max) = bounds(points)?;
    let inside = |p| {
        let (x, y) = view.to_screen(p);
        (left..=right).contains(&x) && (top..=bottom).contains(&y)
    };
    if inside(min) && inside(max) {
        return None;
    }
    let fit = ((right - left) / (max.x - min.x).max(f64::MIN_POSITIVE))
        .min((bottom - top) / (max.y - min.y).max(f64::MIN_POSITIVE))
        .log2();
    let zoom = view.zoom.min(fit).max(MIN_ZOOM);
    let s = exp2(zoom);
    // Screen x = (p.x - centre.x) * s + width / 2: the centres that keep
    // both edges of the points' box within [left, right], and likewise y.
    let (half_w, half_h) = (view.width / 2.0, view.height / 2.0);
    let x = nearest(
        view.center.x,
        max.x - (right - half_w) / s,
        min.x - (left - half_w) / s,
    );
    let y = nearest(
        view.center.y,
        max.y - (bottom - half_h) / s,
        min.y - (top - half_h) / s,
    );
    Some(Viewport {
        center: WorldPoint { x, y },
        zoom,
        ..view
    })
}

/// The box around the points: (north-west, south-east) corners.
fn bounds(points: impl IntoIterator<Item = WorldPoint>) -> Option<(WorldPoint, WorldPoint)> {
    points.into_iter().fold(None, |acc, p| {
        let (min, max) = acc.unwrap_or((p, p));
        Some((
            WorldPoint {
                x: min.x.min(p.x),
                y: min.y.min(p.y),
            },
            WorldPoint {
                x: max.x.max(p.x),
                y: max.y.max(p.y),
            },
        ))
    })
}

/// `current` if it lies in `lo..=hi`, else the nearer end; the middle when
/// the range is empty (the points are wider than the room even at the
/// farthest zoom).
fn nearest(current: f64, lo: f64, hi: f64) -> f64 {
    if lo <= hi {
        bounded(current, lo, hi)
    } else {
        (lo + hi) / 2.0
    }
}

/// What the first view of a map depends on.
#[derive(Clone, Debug, PartialEq)]
pub struct Opening {
    /// The link's `view=`: its place goes in the middle of the free part.
    pub view: Option<ViewParam>,
    /// The extent to fit when the link names no view: the matches' (when it
    /// filters) or the zone's.
    pub extent: Option<Rect<f64>>,
    /// Whether `extent` is the matches': they may sit on its edge, so it
    /// gets room for a whole pin.
    pub filtered: bool,
    /// The selected item's place: centred in the free part.
    pub selected: Option<WorldPoint>,
    /// What must then be in sight (the matches the link filters for, the
    /// selection).
    pub shown: Vec<WorldPoint>,
}

/// The first view of a `width` × `height` map whose part `free` no panel
/// covers, at most `max_zoom` deep: the link's view, else the extent
/// fitted and centred on the selection; then moved by the least move that
/// brings `shown` into the free part. `None` with nothing to fit.
pub fn first_view(
    opening: &Opening,
    width: f64,
    height: f64,
    free: Insets,
    max_zoom: f64,
) -> Option<Viewport> {
    let centre = free.centre(width, height);
    let first = match opening.view {
        // Within the zoom limit before placing: the link's place stays in
        // the middle of the free part.
        Some(ViewParam { lon, lat, zoom }) => Viewport::from_lon_lat(lon, lat, zoom, width, height)
            .within_zoom(max_zoom)
            .placing(project(lon, lat), centre),
        None => {
            let margin = if opening.filtered { PIN_ROOM } else { 0.0 };
            let home = Viewport::fit(opening.extent?, width, height, free.grown(margin));
            match opening.selected {
                Some(p) => home.placing(p, centre),
                None => home,
            }
        }
    };
    Some(reveal(first, opening.shown.clone(), free).unwrap_or(first))
}
