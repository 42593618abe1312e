//! Straight-line (great-circle) distances on the map: geo's `Haversine`
//! formula and Earth radius, over the core's sine and cosine (`trig`), so
//! that libm's sine and cosine are in neither module (3.5 KB gzip; README,
//! "First load on a phone"). A native test holds it to geo's.

use geo::HaversineMeasure;

use super::trig::sin_cos;

/// Metres between two (longitude, latitude) points in degrees.
pub fn metres(from: (f64, f64), to: (f64, f64)) -> f64 {
    let half_sine = |degrees: f64| sin_cos(degrees.to_radians() / 2.0).0;
    let (_, cos_from) = sin_cos(from.1.to_radians());
    let (_, cos_to) = sin_cos(to.1.to_radians());
    let a = half_sine(to.1 - from.1).powi(2) + cos_from * cos_to * half_sine(to.0 - from.0).powi(2);
    2.0 * HaversineMeasure::GRS80_MEAN_RADIUS.radius() * a.sqrt().asin()
}
