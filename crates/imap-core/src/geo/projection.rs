//! Web Mercator (EPSG:3857) in "world" units: the whole world is a
//! 256 × 256 square at zoom 0, x to the east, y to the south, as in web maps.

use super::trig::sin_cos;
use crate::bounded::bounded;
use std::f64::consts::PI;

pub const WORLD_SIZE: f64 = 256.0;
/// Latitude where Web Mercator's square world ends.
pub const MAX_LATITUDE: f64 = 85.051_128_779_806_59;

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct WorldPoint {
    pub x: f64,
    pub y: f64,
}

pub fn project(lon: f64, lat: f64) -> WorldPoint {
    let lat = bounded(lat, -MAX_LATITUDE, MAX_LATITUDE).to_radians();
    // ln(tan φ + sec φ), as ln((1 + sin φ) / cos φ).
    let (sin, cos) = sin_cos(lat);
    WorldPoint {
        x: (lon + 180.0) / 360.0 * WORLD_SIZE,
        y: (1.0 - ((1.0 + sin) / cos).ln() / PI) / 2.0 * WORLD_SIZE,
    }
}

/// The inverse of `project`: (longitude, latitude) in degrees.
pub fn unproject(p: WorldPoint) -> (f64, f64) {
    let lon = p.x / WORLD_SIZE * 360.0 - 180.0;
    let n = PI * (1.0 - 2.0 * p.y / WORLD_SIZE);
    let lat = n.sinh().atan().to_degrees();
    (lon, lat)
}
