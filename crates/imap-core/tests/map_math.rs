//! Projection, viewport, SVG paths and gap-free simplification.

mod common;

use geo::{Coord, LineString, MultiPolygon, Polygon, Rect, coord};
use imap_core::geo::projection::{WORLD_SIZE, project, unproject};
use imap_core::geometry::label_point::label_point;
use imap_core::geometry::shared_simplify::simplify_shared;
use imap_core::geometry::svg_path::PathFrame;
use imap_core::geometry::viewport::{Insets, MAX_ZOOM, MIN_ZOOM, Viewport};

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

#[test]
fn projection_matches_known_web_mercator_values() {
    let origin = project(0.0, 0.0);
    assert!(close(origin.x, 128.0, 1e-9) && close(origin.y, 128.0, 1e-9));
    let nw = project(-180.0, 85.051_128_779_806_59);
    assert!(close(nw.x, 0.0, 1e-9) && close(nw.y, 0.0, 1e-6));
    // Slippy-map tile (x=6669, y=3568) at zoom 13 contains Jianghai's district seat, as on any web map.
    let seat = project(113.115144, 22.574903);
    let k = WORLD_SIZE / 8192.0;
    assert_eq!(
        ((seat.x / k).floor(), (seat.y / k).floor()),
        (6669.0, 3568.0)
    );
    // Latitude stretches away from the equator; longitude does not.
    let a = project(113.0, 22.0);
    let b = project(113.1, 22.1);
    assert!(b.x - a.x > 0.0 && a.y - b.y > (b.x - a.x));
}

#[test]
fn unproject_inverts_project() {
    for (lon, lat) in [(113.12, 22.55), (-70.5, -33.4), (0.0, 0.0), (179.9, 80.0)] {
        let (lon2, lat2) = unproject(project(lon, lat));
        assert!(
            close(lon, lon2, 1e-9) && close(lat, lat2, 1e-9),
            "{lon},{lat}"
        );
    }
}

#[test]
fn latitudes_beyond_mercator_are_clamped_not_infinite() {
    let p = project(0.0, 90.0);
    assert!(p.y.is_finite() && close(p.y, 0.0, 1e-6));
}

fn jianghai_box() -> Rect<f64> {
    Rect::new(
        coord! {x: 113.064, y: 22.486},
        coord! {x: 113.183, y: 22.607},
    )
}

#[test]
fn fit_shows_the_whole_extent_inside_the_padding() {
    for (w, h) in [(1280.0, 800.0), (360.0, 640.0)] {
        let v = Viewport::fit(jianghai_box(), w, h, Insets::uniform(20.0));
        let (x0, y0) = v.to_screen(project(113.064, 22.607));
        let (x1, y1) = v.to_screen(project(113.183, 22.486));
        assert!(
            x0 >= 19.99 && y0 >= 19.99 && x1 <= w - 19.99 && y1 <= h - 19.99,
            "{w}: {x0},{y0},{x1},{y1}"
        );
        // And tight on one axis: the fit is as large as possible.
        assert!(close(x0, 20.0, 0.01) || close(y0, 20.0, 0.01));
    }
}

#[test]
fn fit_centres_the_extent_in_the_free_area() {
    let insets = Insets {
        top: 150.0,
        right: 10.0,
        bottom: 50.0,
        left: 10.0,
    };
    let v = Viewport::fit(jianghai_box(), 360.0, 740.0, insets);
    let (_, top) = v.to_screen(project(113.1, 22.607));
    let (_, bottom) = v.to_screen(project(113.1, 22.486));
    assert!(top >= 149.99 && bottom <= 690.01, "{top} {bottom}");
    assert!(
        close(top - 150.0, 690.0 - bottom, 0.01),
        "centred: {top} {bottom}"
    );
}

#[test]
fn screen_and_world_round_trip() {
    let v = Viewport::fit(jianghai_box(), 800.0, 600.0, Insets::default());
    let p = v.to_world(123.0, 456.0);
    let (x, y) = v.to_screen(p);
    assert!(close(x, 123.0, 1e-6) && close(y, 456.0, 1e-6));
}

#[test]
fn zoom_keeps_the_point_under_the_pointer() {
    let v = Viewport::fit(jianghai_box(), 800.0, 600.0, Insets::default());
    let under = v.to_world(200.0, 150.0);
    let z = v.zoomed_at(v.zoom + 1.5, 200.0, 150.0);
    assert!(close(z.zoom, v.zoom + 1.5, 1e-12));
    let (x, y) = z.to_screen(under);
    assert!(close(x, 200.0, 1e-6) && close(y, 150.0, 1e-6));
}

#[test]
fn zoom_is_clamped() {
    let v = Viewport::fit(jianghai_box(), 800.0, 600.0, Insets::default());
    assert_eq!(v.zoomed_by(100.0).zoom, MAX_ZOOM);
    assert_eq!(v.zoomed_by(-100.0).zoom, MIN_ZOOM);
}

#[test]
fn pan_moves_content_with_the_pointer() {
    let v = Viewport::fit(jianghai_box(), 800.0, 600.0, Insets::default());
    let p = project(113.1, 22.55);
    let (x, y) = v.to_screen(p);
    let (x2, y2) = v.panned(30.0, -12.0).to_screen(p);
    assert!(close(x2 - x, 30.0, 1e-6) && close(y2 - y, -12.0, 1e-6));
}

#[test]
fn boundary_paths_land_where_pins_land() {
    // A boundary vertex drawn through the path transform lands on the same
    // screen pixel as a pin at that coordinate: boundaries and pins align.
    let frame = PathFrame {
        origin: project(113.0, 22.7),
    };
    let square = MultiPolygon(vec![Polygon::new(
        LineString::from(vec![
            (113.1, 22.5),
            (113.2, 22.5),
            (113.2, 22.6),
            (113.1, 22.5),
        ]),
        vec![],
    )]);
    let d = frame.path(&square);
    assert!(
        d.starts_with('M') && d.ends_with('Z') && d.matches('L').count() == 2,
        "{d}"
    );
    let nums: Vec<f64> = d
        .trim_start_matches('M')
        .split(['L', 'Z'])
        .next()
        .unwrap()
        .split(' ')
        .map(|n| n.parse().unwrap())
        .collect();
    let v = Viewport::fit(jianghai_box(), 900.0, 700.0, Insets::uniform(10.0)).zoomed_by(0.7);
    let t = frame.transform(&v);
    let m: Vec<f64> = t
        .trim_start_matches("matrix(")
        .trim_end_matches(')')
        .split(' ')
        .map(|n| n.parse().unwrap())
        .collect();
    let (sx, sy) = (nums[0] * m[0] + m[4], nums[1] * m[3] + m[5]);
    let (px, py) = v.to_screen(project(113.1, 22.5));
    assert!(
        close(sx, px, 0.05) && close(sy, py, 0.05),
        "{sx},{sy} vs {px},{py}"
    );
}

fn wiggly_shared_edge() -> (MultiPolygon<f64>, MultiPolygon<f64>) {
    // A border from (1,0) to (1,1) with small wiggles, shared by two squares.
    let border: Vec<Coord<f64>> = (0..=20)
        .map(|i| coord! {x: 1.0 + if i % 2 == 1 { 0.001 } else { 0.0 }, y: i as f64 / 20.0})
        .collect();
    let mut west = vec![coord! {x: 0.0, y: 0.0}];
    west.extend(border.iter().copied());
    west.extend([coord! {x: 0.0, y: 1.0}, coord! {x: 0.0, y: 0.0}]);
    let mut east: Vec<Coord<f64>> = border.iter().rev().copied().collect();
    east.extend([coord! {x: 2.0, y: 0.0}, coord! {x: 2.0, y: 1.0}]);
    east.insert(0, coord! {x: 2.0, y: 1.0});
    east.push(coord! {x: 2.0, y: 1.0});
    east.remove(east.len() - 2);
    let poly = |c: Vec<Coord<f64>>| MultiPolygon(vec![Polygon::new(LineString(c), vec![])]);
    (poly(west), poly(east))
}

#[test]
fn shared_simplification_removes_detail_and_keeps_neighbours_gap_free() {
    let (west, east) = wiggly_shared_edge();
    let out = simplify_shared(&[west.clone(), east.clone()], 0.01);
    let verts = |m: &MultiPolygon<f64>| m.0[0].exterior().0.clone();
    assert!(
        verts(&out[0]).len() < verts(&west).len(),
        "simplified: {:?}",
        verts(&out[0])
    );
    let on_border = |c: &Coord<f64>| c.x > 0.5 && c.x < 1.5;
    let mut w: Vec<_> = verts(&out[0])
        .into_iter()
        .filter(on_border)
        .map(|c| (c.x.to_bits(), c.y.to_bits()))
        .collect();
    let mut e: Vec<_> = verts(&out[1])
        .into_iter()
        .filter(on_border)
        .map(|c| (c.x.to_bits(), c.y.to_bits()))
        .collect();
    w.sort();
    w.dedup();
    e.sort();
    e.dedup();
    assert_eq!(
        w, e,
        "both sides of the shared border keep the same vertices"
    );
    assert!(w.len() >= 2);
}

/// The committed district file, parsed without a single problem.
fn default_districts() -> Vec<imap_core::model::boundary::Boundary> {
    let text = common::repo_file("public/data/districts.geojson");
    let mut problems = Vec::new();
    let b = imap_core::model::boundary::parse("districts.geojson", &text, &mut problems).unwrap();
    assert!(problems.is_empty());
    b
}

#[test]
fn default_boundaries_stay_gap_free() {
    // Every vertex of the committed data that lies on a neighbour's outline
    // before simplification is still shared after it: compare shared vertex
    // sets between Jianghai and its neighbours.
    let b = default_districts();
    let set = |id: &str| -> std::collections::HashSet<(u64, u64)> {
        let m = &b.iter().find(|x| x.id == id).unwrap().shape;
        m.0.iter()
            .flat_map(|p| p.exterior().0.iter())
            .map(|c| (c.x.to_bits(), c.y.to_bits()))
            .collect()
    };
    let jianghai = set("jianghai");
    for neighbour in ["pengjiang", "xinhui"] {
        let shared = jianghai.intersection(&set(neighbour)).count();
        assert!(
            shared >= 2,
            "{neighbour} shares {shared} vertices with jianghai"
        );
    }
}

/// Pairs of districts whose shared border is drawn differently on its two
/// sides (a gap or overlap between them): vertices both had before
/// simplifying that only one of them keeps.
fn torn_borders(before: &[MultiPolygon<f64>], after: &[MultiPolygon<f64>]) -> Vec<(usize, usize)> {
    use std::collections::HashSet;
    let set = |m: &MultiPolygon<f64>| -> HashSet<(u64, u64)> {
        m.0.iter()
            .flat_map(|p| std::iter::once(p.exterior()).chain(p.interiors()))
            .flat_map(|r| r.0.iter())
            .map(|c| (c.x.to_bits(), c.y.to_bits()))
            .collect()
    };
    let mut torn = Vec::new();
    for i in 0..before.len() {
        for j in i + 1..before.len() {
            let shared: HashSet<_> = set(&before[i])
                .intersection(&set(&before[j]))
                .copied()
                .collect();
            let kept_i: HashSet<_> = set(&after[i]).intersection(&shared).copied().collect();
            let kept_j: HashSet<_> = set(&after[j]).intersection(&shared).copied().collect();
            if kept_i != kept_j {
                torn.push((i, j));
            }
        }
    }
    torn
}

#[test]
fn coarse_outlines_of_the_default_districts_keep_shared_borders_whole() {
    use geo::Simplify;
    use imap_core::geometry::outline;
    let shapes: Vec<_> = default_districts().into_iter().map(|b| b.shape).collect();
    let coarse = outline::coarse(&shapes);
    let vertices =
        |m: &[MultiPolygon<f64>]| m.iter().map(geo::CoordsIter::coords_count).sum::<usize>();
    assert!(
        vertices(&coarse) < vertices(&shapes) / 2,
        "far fewer vertices"
    );
    assert_eq!(torn_borders(&shapes, &coarse), []);
    // Simplifying each district on its own, as before, tears them apart.
    let one_by_one: Vec<_> = shapes.iter().map(|s| s.simplify(0.0025)).collect();
    assert!(!torn_borders(&shapes, &one_by_one).is_empty());
}

fn ring(points: &[(f64, f64)]) -> LineString<f64> {
    LineString::from(points.to_vec())
}

fn inside(shape: &MultiPolygon<f64>, p: geo::Point<f64>) -> bool {
    use geo::Contains;
    shape.contains(&p)
}

#[test]
fn label_point_sits_inside_a_concave_shape_where_the_centroid_does_not() {
    use geo::Centroid;
    // A "C": the centroid falls in the open bay.
    let c = MultiPolygon(vec![Polygon::new(
        ring(&[
            (0., 0.),
            (10., 0.),
            (10., 2.),
            (2., 2.),
            (2., 8.),
            (10., 8.),
            (10., 10.),
            (0., 10.),
            (0., 0.),
        ]),
        vec![],
    )]);
    assert!(!inside(&c, c.centroid().unwrap()));
    let at = label_point(&c).unwrap();
    assert!(inside(&c, at), "{at:?}");
}

#[test]
fn label_point_avoids_holes_and_prefers_the_largest_part() {
    let square_with_hole = Polygon::new(
        ring(&[(0., 0.), (10., 0.), (10., 10.), (0., 10.), (0., 0.)]),
        vec![ring(&[(2., 2.), (8., 2.), (8., 8.), (2., 8.), (2., 2.)])],
    );
    let islet = Polygon::new(
        ring(&[(20., 0.), (21., 0.), (21., 1.), (20., 1.), (20., 0.)]),
        vec![],
    );
    let shape = MultiPolygon(vec![islet, square_with_hole]);
    let at = label_point(&shape).unwrap();
    assert!(inside(&shape, at), "{at:?}");
    assert!(at.x() < 10.0, "label went to the islet: {at:?}");
    assert_eq!(label_point(&MultiPolygon::<f64>(vec![])), None);
}

#[test]
fn every_default_district_label_is_inside_its_district() {
    for b in &default_districts() {
        let at = label_point(&b.shape).unwrap();
        assert!(inside(&b.shape, at), "{} label at {at:?}", b.id);
    }
}

#[test]
fn a_region_has_a_coarse_outline_for_far_out() {
    use geo::CoordsIter;
    use imap_core::model::region;
    let ring: Vec<String> = (0..=1000)
        .map(|i| {
            let a = f64::from(i % 1000) / 1000.0 * std::f64::consts::TAU;
            format!("[{},{}]", 113.0 + 0.2 * a.cos(), 22.5 + 0.2 * a.sin())
        })
        .collect();
    let text = format!(
        r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","geometry":{{"type":"Polygon","coordinates":[[{}]]}},"properties":{{"id":"r","name":"区","source":"测试"}}}}]}}"#,
        ring.join(",")
    );
    let layer = region::load("context.geojson", Ok(text));
    let r = &layer.items[0];
    let (near, far) = (r.shape.coords_count(), r.coarse.coords_count());
    assert_eq!(near, 1001);
    assert!(far < near / 4, "{far} of {near}");
    assert!(far >= 4);
}

/// The core's sine and cosine agree with std's within two units in the last
/// place (or 2^-53 near zero) wherever the map takes them.
#[cfg(not(target_arch = "wasm32"))]
mod trig {
    use imap_core::geo::trig::sin_cos;
    use proptest::prelude::*;

    fn close(ours: f64, std: f64) -> bool {
        (ours - std).abs() <= 2.0 * f64::EPSILON * std.abs().max(0.5)
    }

    #[test]
    fn at_the_quarter_turns_and_the_latitudes_limits() {
        use std::f64::consts::{FRAC_PI_2, FRAC_PI_4, PI, TAU};
        for x in [
            0.0,
            -0.0,
            1e-300,
            FRAC_PI_4,
            FRAC_PI_2,
            PI,
            1.5 * PI,
            TAU,
            -FRAC_PI_2,
            1.4844,
            -1.4844,
            660.0,
            -999.9,
        ] {
            let (s, c) = sin_cos(x);
            assert!(
                close(s, x.sin()) && close(c, x.cos()),
                "{x}: {s} {c} vs {} {}",
                x.sin(),
                x.cos()
            );
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]

        #[test]
        fn within_two_units_of_std(x in -1000.0f64..1000.0) {
            let (s, c) = sin_cos(x);
            prop_assert!(close(s, x.sin()), "sin {}: {} vs {}", x, s, x.sin());
            prop_assert!(close(c, x.cos()), "cos {}: {} vs {}", x, c, x.cos());
        }
    }
}

/// The core's great-circle distance is geo's `Haversine`, over the core's
/// sine and cosine.
#[cfg(not(target_arch = "wasm32"))]
mod great_circle {
    use geo::{Distance, Haversine, Point};
    use imap_core::geo::great_circle::metres;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn is_geos_haversine(
            from in (-180.0f64..180.0, -85.0f64..85.0),
            to in (-180.0f64..180.0, -85.0f64..85.0),
        ) {
            let ours = metres(from, to);
            let geos = Haversine.distance(Point::new(from.0, from.1), Point::new(to.0, to.1));
            prop_assert!((ours - geos).abs() <= 1e-9 * geos.max(1.0), "{} vs {}", ours, geos);
        }
    }

    #[test]
    fn a_kilometre_in_the_zone_and_the_same_point() {
        let geos = Haversine.distance(Point::new(113.08, 22.58), Point::new(113.09, 22.58));
        assert!((metres((113.08, 22.58), (113.09, 22.58)) - geos).abs() < 1e-6);
        assert_eq!(metres((113.08, 22.58), (113.08, 22.58)), 0.0);
    }
}

/// The core's 2^x, the scale of a zoom level, against std's.
#[cfg(not(target_arch = "wasm32"))]
mod exp2 {
    use imap_core::exp2::exp2;
    use proptest::prelude::*;

    /// Within two units in the last place of std's.
    fn close(ours: f64, std: f64) -> bool {
        (ours - std).abs() <= 2.0 * f64::EPSILON * std.abs()
    }

    #[test]
    fn whole_powers_are_exact_and_the_ends_hold() {
        for n in -1074..=1023 {
            assert_eq!(exp2(f64::from(n)), f64::from(n).exp2(), "2^{n}");
        }
        assert_eq!(exp2(1024.0), f64::INFINITY);
        assert_eq!(exp2(1e300), f64::INFINITY);
        assert_eq!(exp2(f64::INFINITY), f64::INFINITY);
        assert_eq!(exp2(-1075.5), 0.0);
        assert_eq!(exp2(f64::NEG_INFINITY), 0.0);
        assert!(exp2(f64::NAN).is_nan());
        assert_eq!(exp2(-0.0), 1.0);
        assert!(close(exp2(1023.5), 1023.5f64.exp2()));
        assert!(close(exp2(0.5), std::f64::consts::SQRT_2));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]

        #[test]
        fn within_two_units_of_std(x in -1000.0f64..1000.0) {
            prop_assert!(close(exp2(x), x.exp2()), "{}: {} vs {}", x, exp2(x), x.exp2());
        }

        #[test]
        fn at_the_zooms_of_a_map_too(x in -5.0f64..25.0) {
            prop_assert!(close(exp2(x), x.exp2()), "{}: {} vs {}", x, exp2(x), x.exp2());
        }
    }
}
