//! What the map draws for the matching projects: when pins merge into
//! cluster badges, which markers are near enough to the view to be in the
//! DOM, and where each one sits on screen.

use geo::{Rect, coord};

use super::cluster::{self, Cluster, Item, Marker};
use super::viewport::{Insets, MAX_ZOOM, Viewport};
use crate::decimal::fixed;
use crate::exp2::exp2;
use crate::geo::projection::{WorldPoint, unproject};
use crate::geo::trig::sin_cos;

/// Pins closer than this (CSS pixels) merge into a cluster badge…
pub const CLUSTER_RADIUS: f64 = 50.0;
/// …until this zoom level, past which every pin stands alone…
pub const CLUSTER_MAX_ZOOM: f64 = 16.0;
/// …and never when this few projects match: then every pin is drawn.
pub const CLUSTER_FEW: usize = 30;
/// Markers this far outside the map (CSS pixels) are kept, so a short pan
/// does not make pins blink in at the edge.
pub const VIEW_MARGIN: f64 = 80.0;

/// The markers for the matching projects at a zoom level: clustered when
/// many match, each pin alone when few do, when zoomed in far, or at the
/// map's deepest zoom (`deepest`: a badge there could not open; its pins
/// that share a spot are then spread, `spread`). The selected project is
/// always its own pin, never hidden in a badge.
pub fn for_matches(
    matching: &[usize],
    item: impl Fn(usize) -> Item,
    level: i32,
    selected: Option<usize>,
    deepest: bool,
) -> Vec<Marker> {
    let max_zoom = if matching.len() <= CLUSTER_FEW || deepest {
        f64::NEG_INFINITY
    } else {
        CLUSTER_MAX_ZOOM
    };
    let items = matching
        .iter()
        .filter(|&&i| Some(i) != selected)
        .map(|&i| item(i));
    let mut markers = cluster::cluster(items, f64::from(level), CLUSTER_RADIUS, max_zoom);
    if let Some(i) = selected.filter(|i| matching.contains(i)) {
        markers.push(Marker::Single {
            index: i,
            at: item(i).at,
        });
    }
    if deepest {
        spread(&mut markers, level);
    }
    markers
}

/// Pins closer than this (CSS px) at the level drawn share a spot…
pub const SPREAD_PX: f64 = 8.0;
/// …and are spread on a circle around it, this far apart along it (a
/// pin's touch target), as markercluster's spiderfy does.
const SPREAD_GAP: f64 = 32.0;

/// Spreads the pins that share a spot at `level` on a circle around it,
/// so that each can be seen and tapped; pins alone stay where they are.
fn spread(markers: &mut [Marker], level: i32) {
    let scale = exp2(f64::from(level));
    let mut spots: std::collections::HashMap<(i64, i64), Vec<usize>> = Default::default();
    for (i, m) in markers.iter().enumerate() {
        if let Marker::Single { at, .. } = m {
            let cell = |v: f64| (v * scale / SPREAD_PX).floor() as i64;
            spots.entry((cell(at.x), cell(at.y))).or_default().push(i);
        }
    }
    for members in spots.into_values().filter(|m| m.len() > 1) {
        let n = members.len() as f64;
        let (sum_x, sum_y) = members
            .iter()
            .fold((0.0, 0.0), |(x, y), &i| match markers[i] {
                Marker::Single { at, .. } => (x + at.x, y + at.y),
                Marker::Cluster(_) => (x, y),
            });
        let centre = WorldPoint {
            x: sum_x / n,
            y: sum_y / n,
        };
        let radius = (n * SPREAD_GAP / std::f64::consts::TAU).max(SPREAD_GAP / 2.0) / scale;
        for (k, &i) in members.iter().enumerate() {
            let angle = std::f64::consts::TAU * k as f64 / n - std::f64::consts::FRAC_PI_2;
            if let Marker::Single { at, .. } = &mut markers[i] {
                let (sin, cos) = sin_cos(angle);
                *at = WorldPoint {
                    x: centre.x + radius * cos,
                    y: centre.y + radius * sin,
                };
            }
        }
    }
}

/// A marker's identity on screen: a pin by project, a badge by its grid cell
/// and zoom level (so it keeps its elements while its count changes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MarkerKey {
    Pin(usize),
    Cluster(i64, i64, i32),
}

/// The markers inside the view (plus `VIEW_MARGIN`), with their keys.
pub fn in_view(view: &Viewport, markers: &[Marker]) -> Vec<(MarkerKey, Marker)> {
    let level = view.zoom.floor() as i32;
    let inside = |at| {
        let (x, y) = view.to_screen(at);
        x > -VIEW_MARGIN
            && y > -VIEW_MARGIN
            && x < view.width + VIEW_MARGIN
            && y < view.height + VIEW_MARGIN
    };
    markers
        .iter()
        .filter_map(|m| match m {
            Marker::Single { index, at } => inside(*at).then_some((MarkerKey::Pin(*index), *m)),
            Marker::Cluster(c) => {
                inside(c.at).then_some((MarkerKey::Cluster(c.key.0, c.key.1, level), *m))
            }
        })
        .collect()
}

/// The SVG `transform` that puts a marker drawn around (0, 0) at `at`.
pub fn transform(view: &Viewport, at: WorldPoint) -> String {
    let (x, y) = view.to_screen(at);
    format!("translate({} {})", fixed(x, 1), fixed(y, 1))
}

/// A badge's radius in CSS pixels: grows with the log of the count, and stays
/// under half `CLUSTER_RADIUS` so neighbouring badges never overlap.
pub fn badge_radius(count: usize) -> f64 {
    (12.0 + 3.0 * (count as f64).log10()).min(22.0)
}

/// The view a click on a badge opens: its members fitted in, and always at
/// least one zoom level closer, so a click never does nothing.
pub fn zoom_into(view: Viewport, cluster: &Cluster) -> Viewport {
    let (west, north) = unproject(cluster.min);
    let (east, south) = unproject(cluster.max);
    let extent = Rect::new(coord! {x: west, y: south}, coord! {x: east, y: north});
    let fitted = Viewport::fit(extent, view.width, view.height, Insets::uniform(60.0));
    let zoom = fitted.zoom.max(view.zoom.floor() + 1.0);
    Viewport {
        zoom: zoom.min(MAX_ZOOM),
        ..fitted
    }
}
