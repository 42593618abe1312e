//! Basemap tiles: which cover the view, where they go, and GCJ-02 tiles
//! aligned under WGS84 data.

use imap_core::geo::datum::{Datum, wgs84_to_gcj02};
use imap_core::geo::projection::{WORLD_SIZE, project};
use imap_core::geometry::tiles::{covering, datum_shift, url};
use imap_core::geometry::viewport::Viewport;

#[test]
fn tiles_cover_the_view_edge_to_edge_at_the_nearest_zoom() {
    let view = Viewport::from_lon_lat(113.12, 22.55, 12.4, 800.0, 600.0);
    let none = datum_shift(&view, Datum::Wgs84, Datum::Wgs84);
    assert_eq!((none.x, none.y), (0.0, 0.0));
    let tiles = covering(&view, 18, none);
    assert!(tiles.iter().all(|t| t.z == 12));
    let size = tiles[0].size;
    assert!((size - 256.0 * 0.4f64.exp2()).abs() < 1e-9);
    let left = tiles.iter().map(|t| t.left).fold(f64::INFINITY, f64::min);
    let top = tiles.iter().map(|t| t.top).fold(f64::INFINITY, f64::min);
    let right = tiles
        .iter()
        .map(|t| t.left + t.size)
        .fold(f64::MIN, f64::max);
    let bottom = tiles
        .iter()
        .map(|t| t.top + t.size)
        .fold(f64::MIN, f64::max);
    assert!(left <= 0.0 && top <= 0.0 && right >= 800.0 && bottom >= 600.0);
    assert!(
        left > -size && right < 800.0 + size,
        "no tile wholly outside"
    );
    // Zoomed past the layer's limit, its last level is stretched.
    assert!(
        covering(
            &Viewport::from_lon_lat(113.12, 22.55, 19.6, 400.0, 300.0),
            18,
            none
        )
        .iter()
        .all(|t| t.z == 18)
    );
    let t = tiles[0];
    assert_eq!(
        url("https://t.example/{z}/{x}/{y}.png", &t),
        format!("https://t.example/12/{}/{}.png", t.x, t.y)
    );
}

#[test]
fn gcj02_tiles_sit_under_wgs84_data_to_a_fraction_of_a_pixel() {
    // Street level in Jianghai, where the datums are ~600 m apart.
    let view = Viewport::from_lon_lat(113.12, 22.55, 16.0, 1280.0, 800.0);
    let shift = datum_shift(&view, Datum::Wgs84, Datum::Gcj02);
    let metres_per_world_unit = 40_075_016.0 / WORLD_SIZE * 22.55f64.to_radians().cos();
    let offset = shift.x.hypot(shift.y) * metres_per_world_unit;
    assert!((500.0..700.0).contains(&offset), "{offset} m");
    // A place anywhere in the view: the tiles draw it (at its GCJ-02
    // position in tile space) where the data draws it.
    for (dx, dy) in [(0.0, 0.0), (-0.003, 0.002), (0.003, -0.002)] {
        let (lon, lat) = (113.12 + dx, 22.55 + dy);
        let (glon, glat) = wgs84_to_gcj02(lon, lat);
        let in_tiles = project(glon, glat);
        let drawn = view.to_screen(imap_core::geo::projection::WorldPoint {
            x: in_tiles.x - shift.x,
            y: in_tiles.y - shift.y,
        });
        let data = view.to_screen(project(lon, lat));
        assert!(
            (drawn.0 - data.0).hypot(drawn.1 - data.1) < 0.5,
            "{dx},{dy}: {drawn:?} vs {data:?}"
        );
    }
}
