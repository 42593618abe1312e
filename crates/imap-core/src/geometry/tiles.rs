//! An optional raster basemap (the manifest's `basemap`): which tiles cover
//! the view, where each goes on screen, and the shift that puts tiles of
//! one datum under data of another (GCJ-02 tiles under WGS84 data).

use super::viewport::Viewport;
use crate::bounded::bounded;
use crate::geo::datum::{Datum, convert};
use crate::geo::projection::{WORLD_SIZE, WorldPoint, project};

/// A tile's address and its place on screen (CSS pixels, top-left corner
/// and side).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tile {
    pub z: u32,
    pub x: u32,
    pub y: u32,
    pub left: f64,
    pub top: f64,
    pub size: f64,
}

/// How far the tiles' content sits from the data's, in world units, at the
/// view's centre: tiles are drawn that much back. The datums' offset
/// changes by well under a metre across any view, so one shift per view
/// keeps every part of it aligned to a pixel.
pub fn datum_shift(view: &Viewport, data: Datum, tiles: Datum) -> WorldPoint {
    let (lon, lat) = view.center_lon_lat();
    let (tlon, tlat) = convert(lon, lat, data, tiles);
    let (a, b) = (project(lon, lat), project(tlon, tlat));
    WorldPoint {
        x: b.x - a.x,
        y: b.y - a.y,
    }
}

/// The tiles that cover `view` at the zoom level nearest it (at most
/// `max_zoom`), drawn `shift` back.
pub fn covering(view: &Viewport, max_zoom: u32, shift: WorldPoint) -> Vec<Tile> {
    let z = bounded(view.zoom.round(), 0.0, f64::from(max_zoom)) as u32;
    let count = 1u32 << z;
    let tile_world = WORLD_SIZE / f64::from(count);
    let corner = |x: f64, y: f64| {
        let p = view.to_world(x, y);
        (p.x + shift.x, p.y + shift.y)
    };
    let (x0, y0) = corner(0.0, 0.0);
    let (x1, y1) = corner(view.width, view.height);
    let index = |v: f64| bounded((v / tile_world).floor(), 0.0, f64::from(count - 1)) as u32;
    let mut tiles = Vec::new();
    for y in index(y0)..=index(y1) {
        for x in index(x0)..=index(x1) {
            let at = WorldPoint {
                x: f64::from(x) * tile_world - shift.x,
                y: f64::from(y) * tile_world - shift.y,
            };
            let (left, top) = view.to_screen(at);
            tiles.push(Tile {
                z,
                x,
                y,
                left,
                top,
                size: tile_world * view.scale(),
            });
        }
    }
    tiles
}

/// The template's `{z}`, `{x}` and `{y}` filled in.
pub fn url(template: &str, tile: &Tile) -> String {
    template
        .replace("{z}", &tile.z.to_string())
        .replace("{x}", &tile.x.to_string())
        .replace("{y}", &tile.y.to_string())
}
