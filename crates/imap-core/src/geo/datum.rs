//! GCJ-02, the offset datum of Chinese map services (Amap, Tencent), and
//! WGS84. The forward formula is the widely published one; the inverse is
//! solved by fixed-point iteration to 1e-10° rather than the one-step
//! approximation most libraries use. Hand-written (about 60 lines) because
//! the crates for it carry that approximate inverse.

use super::trig::{sin, sin_cos};
use std::f64::consts::PI;

/// Krasovsky 1940, as the formula uses.
const A: f64 = 6_378_245.0;
const EE: f64 = 0.006_693_421_622_965_943;

/// The datum of a set of coordinates (`crs` in data-format.md).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize)]
pub enum Datum {
    #[default]
    #[serde(rename = "WGS84")]
    Wgs84,
    #[serde(rename = "GCJ-02")]
    Gcj02,
}

impl Datum {
    /// `"WGS84"` or `"GCJ-02"`, as the manifest spells them.
    pub fn parse(text: &str) -> Option<Datum> {
        match text {
            "WGS84" => Some(Datum::Wgs84),
            "GCJ-02" => Some(Datum::Gcj02),
            _ => None,
        }
    }
}

/// Outside China the datums agree (the formula is not applied there).
fn outside_china(lon: f64, lat: f64) -> bool {
    !(72.004..=137.8347).contains(&lon) || !(0.8293..=55.8271).contains(&lat)
}

fn offset(lon: f64, lat: f64) -> (f64, f64) {
    let (x, y) = (lon - 105.0, lat - 35.0);
    let wave =
        |a: f64, b: f64| (20.0 * sin(6.0 * a * PI) + 20.0 * sin(2.0 * a * PI)) * 2.0 / 3.0 + b;
    let d_lat = -100.0
        + 2.0 * x
        + 3.0 * y
        + 0.2 * y * y
        + 0.1 * x * y
        + 0.2 * x.abs().sqrt()
        + wave(
            x,
            (20.0 * sin(y * PI) + 40.0 * sin(y / 3.0 * PI)) * 2.0 / 3.0
                + (160.0 * sin(y / 12.0 * PI) + 320.0 * sin(y * PI / 30.0)) * 2.0 / 3.0,
        );
    let d_lon = 300.0
        + x
        + 2.0 * y
        + 0.1 * x * x
        + 0.1 * x * y
        + 0.1 * x.abs().sqrt()
        + wave(
            x,
            (20.0 * sin(x * PI) + 40.0 * sin(x / 3.0 * PI)) * 2.0 / 3.0
                + (150.0 * sin(x / 12.0 * PI) + 300.0 * sin(x / 30.0 * PI)) * 2.0 / 3.0,
        );
    let (rad_sin, rad_cos) = sin_cos(lat / 180.0 * PI);
    let magic = 1.0 - EE * rad_sin * rad_sin;
    let sqrt_magic = magic.sqrt();
    (
        d_lon * 180.0 / (A / sqrt_magic * rad_cos * PI),
        d_lat * 180.0 / (A * (1.0 - EE) / (magic * sqrt_magic) * PI),
    )
}

/// WGS84 → GCJ-02.
pub fn wgs84_to_gcj02(lon: f64, lat: f64) -> (f64, f64) {
    if outside_china(lon, lat) {
        return (lon, lat);
    }
    let (d_lon, d_lat) = offset(lon, lat);
    (lon + d_lon, lat + d_lat)
}

/// GCJ-02 → WGS84: the WGS84 point whose GCJ-02 image is (`lon`, `lat`).
pub fn gcj02_to_wgs84(lon: f64, lat: f64) -> (f64, f64) {
    let mut guess = (lon, lat);
    for _ in 0..30 {
        let (f_lon, f_lat) = wgs84_to_gcj02(guess.0, guess.1);
        let (e_lon, e_lat) = (f_lon - lon, f_lat - lat);
        guess = (guess.0 - e_lon, guess.1 - e_lat);
        if e_lon.abs() < 1e-10 && e_lat.abs() < 1e-10 {
            break;
        }
    }
    guess
}

/// A point in `from` as the same place in `to`.
pub fn convert(lon: f64, lat: f64, from: Datum, to: Datum) -> (f64, f64) {
    match (from, to) {
        (Datum::Wgs84, Datum::Gcj02) => wgs84_to_gcj02(lon, lat),
        (Datum::Gcj02, Datum::Wgs84) => gcj02_to_wgs84(lon, lat),
        _ => (lon, lat),
    }
}
