//! What part of the world the map shows: a centre, a zoom and a size in CSS
//! pixels, and the conversions between world and screen that follow.

use geo::Rect;

use crate::bounded::bounded;
use crate::exp2::exp2;
use crate::geo::projection::{WorldPoint, project, unproject};

pub const MIN_ZOOM: f64 = 3.0;
pub const MAX_ZOOM: f64 = 18.0;

/// Space kept free around a fitted extent, in CSS pixels (panels sit there).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Insets {
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
    pub left: f64,
}

impl Insets {
    /// These insets with `px` more on every side.
    pub fn grown(self, px: f64) -> Insets {
        Insets {
            top: self.top + px,
            right: self.right + px,
            bottom: self.bottom + px,
            left: self.left + px,
        }
    }

    /// The middle of the part of a `width` × `height` px map these leave.
    pub fn centre(self, width: f64, height: f64) -> (f64, f64) {
        (
            (self.left + width - self.right) / 2.0,
            (self.top + height - self.bottom) / 2.0,
        )
    }

    pub fn uniform(px: f64) -> Insets {
        Insets {
            top: px,
            right: px,
            bottom: px,
            left: px,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    pub center: WorldPoint,
    pub zoom: f64,
    pub width: f64,
    pub height: f64,
}

impl Viewport {
    /// The view that shows `extent` (lon/lat) whole inside the insets.
    pub fn fit(extent: Rect<f64>, width: f64, height: f64, insets: Insets) -> Viewport {
        let a = project(extent.min().x, extent.max().y);
        let b = project(extent.max().x, extent.min().y);
        let span_x = (b.x - a.x).max(1e-9);
        let span_y = (b.y - a.y).max(1e-9);
        let usable_w = (width - insets.left - insets.right).max(1.0);
        let usable_h = (height - insets.top - insets.bottom).max(1.0);
        let zoom = bounded(
            (usable_w / span_x).min(usable_h / span_y).log2(),
            MIN_ZOOM,
            MAX_ZOOM,
        );
        // Centre the extent in the free area, not in the whole map.
        let s = exp2(zoom);
        let shift_x = (insets.right - insets.left) / 2.0 / s;
        let shift_y = (insets.bottom - insets.top) / 2.0 / s;
        Viewport {
            center: WorldPoint {
                x: (a.x + b.x) / 2.0 + shift_x,
                y: (a.y + b.y) / 2.0 + shift_y,
            },
            zoom,
            width,
            height,
        }
    }

    pub fn from_lon_lat(lon: f64, lat: f64, zoom: f64, width: f64, height: f64) -> Viewport {
        Viewport {
            center: project(lon, lat),
            zoom: bounded(zoom, MIN_ZOOM, MAX_ZOOM),
            width,
            height,
        }
    }

    pub fn center_lon_lat(&self) -> (f64, f64) {
        unproject(self.center)
    }

    pub fn scale(&self) -> f64 {
        exp2(self.zoom)
    }

    pub fn to_screen(&self, p: WorldPoint) -> (f64, f64) {
        let s = self.scale();
        (
            (p.x - self.center.x) * s + self.width / 2.0,
            (p.y - self.center.y) * s + self.height / 2.0,
        )
    }

    /// Whether `p` is on screen, or within `margin` pixels of it (a symbol
    /// or its label reaching in from outside).
    pub fn shows(&self, p: WorldPoint, margin: f64) -> bool {
        let (x, y) = self.to_screen(p);
        (-margin..=self.width + margin).contains(&x)
            && (-margin..=self.height + margin).contains(&y)
    }

    pub fn to_world(&self, x: f64, y: f64) -> WorldPoint {
        let s = self.scale();
        WorldPoint {
            x: self.center.x + (x - self.width / 2.0) / s,
            y: self.center.y + (y - self.height / 2.0) / s,
        }
    }

    /// Moves the content by (dx, dy) screen pixels, as a drag does.
    pub fn panned(self, dx: f64, dy: f64) -> Viewport {
        let s = self.scale();
        Viewport {
            center: WorldPoint {
                x: self.center.x - dx / s,
                y: self.center.y - dy / s,
            },
            ..self
        }
    }

    /// Changes the zoom keeping the world point under the screen point
    /// (`anchor_x`, `anchor_y`) where it is: wheel and pinch zoom around the pointer.
    pub fn zoomed_at(self, zoom: f64, anchor_x: f64, anchor_y: f64) -> Viewport {
        let anchor = self.to_world(anchor_x, anchor_y);
        let zoom = bounded(zoom, MIN_ZOOM, MAX_ZOOM);
        let s = exp2(zoom);
        Viewport {
            center: WorldPoint {
                x: anchor.x - (anchor_x - self.width / 2.0) / s,
                y: anchor.y - (anchor_y - self.height / 2.0) / s,
            },
            zoom,
            ..self
        }
    }

    pub fn zoomed_by(self, delta: f64) -> Viewport {
        self.zoomed_at(self.zoom + delta, self.width / 2.0, self.height / 2.0)
    }

    /// This view moved so that `p` is at the screen point (`x`, `y`).
    pub fn placing(self, p: WorldPoint, (x, y): (f64, f64)) -> Viewport {
        let s = self.scale();
        Viewport {
            center: WorldPoint {
                x: p.x - (x - self.width / 2.0) / s,
                y: p.y - (y - self.height / 2.0) / s,
            },
            ..self
        }
    }

    /// The view `share` (0 to 1) of the way from this one to `to`, eased
    /// out: a glide that starts briskly and settles.
    pub fn towards(self, to: Viewport, share: f64) -> Viewport {
        let eased = 1.0 - (1.0 - bounded(share, 0.0, 1.0)).powi(3);
        let mix = |a: f64, b: f64| a + (b - a) * eased;
        Viewport {
            center: WorldPoint {
                x: mix(self.center.x, to.center.x),
                y: mix(self.center.y, to.center.y),
            },
            zoom: mix(self.zoom, to.zoom),
            ..to
        }
    }

    /// This view zoomed out, about its centre, to at most `max_zoom`.
    pub fn within_zoom(self, max_zoom: f64) -> Viewport {
        Viewport {
            zoom: self.zoom.min(max_zoom),
            ..self
        }
    }

    pub fn resized(self, width: f64, height: f64) -> Viewport {
        Viewport {
            width,
            height,
            ..self
        }
    }
}
