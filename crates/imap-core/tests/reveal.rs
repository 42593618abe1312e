//! After a filter change every match must be where nothing covers it: the
//! view moves as little as it can, only zooms out, and stays put when all
//! is in sight already.

mod common;

use imap_core::choices::{Selection, ViewParam};
use imap_core::geo::projection::{WorldPoint, project};
use imap_core::geometry::reveal::{Opening, PIN_ROOM, first_view, reveal};
use imap_core::geometry::viewport::{Insets, MIN_ZOOM, Viewport};
use imap_core::model::dataset::Dataset;

/// An 800 × 600 map with a header card over its top 200 px and a sheet
/// over its bottom 250.
fn covered() -> (Viewport, Insets) {
    let view = Viewport::from_lon_lat(113.12, 22.55, 13.0, 800.0, 600.0);
    let free = Insets {
        top: 200.0,
        right: 16.0,
        bottom: 250.0,
        left: 16.0,
    };
    (view, free)
}

fn at(view: &Viewport, x: f64, y: f64) -> WorldPoint {
    view.to_world(x, y)
}

fn uncovered(view: &Viewport, free: Insets, p: WorldPoint) -> bool {
    let (x, y) = view.to_screen(p);
    let room = free.grown(PIN_ROOM - 1e-6);
    x >= room.left
        && x <= view.width - room.right
        && y >= room.top
        && y <= view.height - room.bottom
}

#[test]
fn matches_already_in_the_free_part_keep_the_view() {
    let (view, free) = covered();
    let points = [at(&view, 300.0, 280.0), at(&view, 500.0, 320.0)];
    assert_eq!(reveal(view, points, free), None);
    assert_eq!(reveal(view, [], free), None, "no match: nothing to show");
}

#[test]
fn a_match_under_the_header_card_is_brought_down_without_zooming() {
    let (view, free) = covered();
    let under_card = at(&view, 400.0, 80.0);
    let moved = reveal(view, [under_card], free).expect("moves");
    assert_eq!(moved.zoom, view.zoom, "one point: a pan is enough");
    assert!(uncovered(&moved, free, under_card));
    // The least move: the point lands just inside the free part's top.
    let (x, y) = moved.to_screen(under_card);
    assert!((x - 400.0).abs() < 1e-6);
    assert!((y - (200.0 + PIN_ROOM)).abs() < 1e-6, "{y}");
}

#[test]
fn matches_wider_than_the_free_part_zoom_out_just_enough() {
    let (view, free) = covered();
    // One under the card, one under the sheet, one off screen to the left.
    let points = [
        at(&view, 400.0, 40.0),
        at(&view, 420.0, 560.0),
        at(&view, -300.0, 300.0),
    ];
    let moved = reveal(view, points, free).expect("moves");
    assert!(moved.zoom < view.zoom, "zooms out");
    for p in points {
        assert!(uncovered(&moved, free, p), "{:?}", moved.to_screen(p));
    }
    // Just enough: the points' height now fills the free band.
    let ys: Vec<f64> = points.iter().map(|&p| moved.to_screen(p).1).collect();
    let span =
        ys.iter().cloned().fold(f64::MIN, f64::max) - ys.iter().cloned().fold(f64::MAX, f64::min);
    let band = 600.0 - 200.0 - 250.0 - 2.0 * PIN_ROOM;
    assert!((span - band).abs() < 1e-6, "{span} vs {band}");
}

#[test]
fn it_never_zooms_in() {
    let (view, free) = covered();
    let far = view.zoomed_by(-3.0);
    // Two points close together, out of sight: a pan, at the same zoom.
    let points = [at(&far, 900.0, 300.0), at(&far, 905.0, 305.0)];
    let moved = reveal(far, points, free).expect("moves");
    assert_eq!(moved.zoom, far.zoom);
}

#[test]
fn with_no_room_left_or_points_beyond_the_world_it_does_what_it_can() {
    let (view, _) = covered();
    let all_covered = Insets::uniform(400.0);
    assert_eq!(reveal(view, [at(&view, -500.0, 0.0)], all_covered), None);
    // Points further apart than the farthest zoom shows: centred, at the
    // farthest zoom, without a panic.
    let far_apart = [
        WorldPoint { x: 0.0, y: 0.0 },
        WorldPoint { x: 256.0, y: 256.0 },
    ];
    let moved = reveal(view, far_apart, Insets::default()).expect("moves");
    assert_eq!(moved.zoom, MIN_ZOOM);
    assert!(moved.center.x.is_finite() && moved.center.y.is_finite());
}

fn near(a: (f64, f64), b: (f64, f64)) -> bool {
    (a.0 - b.0).abs() < 1e-6 && (a.1 - b.1).abs() < 1e-6
}

#[test]
fn a_links_view_puts_its_place_in_the_middle_of_the_free_part_within_the_zoom_limit() {
    let (_, free) = covered();
    let opening = Opening {
        view: Some(ViewParam {
            lon: 0.5,
            lat: 0.5,
            zoom: 30.0,
        }),
        extent: None,
        filtered: false,
        selected: None,
        shown: Vec::new(),
    };
    let view = first_view(&opening, 800.0, 600.0, free, 14.0).expect("a view");
    assert_eq!(view.zoom, 14.0);
    assert!(near(
        view.to_screen(project(0.5, 0.5)),
        free.centre(800.0, 600.0)
    ));
}

/// "a" in the zone (the west square), "b" outside it, and their positions.
fn two_projects() -> (Dataset, Vec<WorldPoint>) {
    let data = common::projects_at(&[("a", 0.2, 0.2), ("b", 1.5, 0.5)]);
    let points = data
        .projects
        .iter()
        .map(|p| project(p.lon, p.lat))
        .collect();
    (data, points)
}

#[test]
fn without_a_view_the_zone_is_fitted_and_the_selection_centred() {
    let (_, free) = covered();
    let (data, points) = two_projects();
    let zone = data.opening(None, false, &[0, 1], &points, None);
    assert_eq!(zone.extent, data.home_extent());
    assert!(
        zone.shown.is_empty(),
        "the default filters ask for nothing in sight"
    );
    let view = first_view(&zone, 800.0, 600.0, free, 20.0).expect("a view");
    // The zone's corners: within the free part (on its edge, at most).
    for corner in [project(0.0, 0.0), project(1.0, 1.0)] {
        let (x, y) = view.to_screen(corner);
        assert!(
            (free.left - 1e-6..=800.0 - free.right + 1e-6).contains(&x),
            "{x}"
        );
        assert!(
            (free.top - 1e-6..=600.0 - free.bottom + 1e-6).contains(&y),
            "{y}"
        );
    }
    let a = data
        .selected_point(&Selection::Project("a".into()))
        .expect("a is known");
    assert_eq!(a, points[0]);
    let selected = data.opening(None, false, &[0, 1], &points, Some(a));
    let view = first_view(&selected, 800.0, 600.0, free, 20.0).expect("a view");
    assert!(uncovered(&view, free, a), "the selection is in sight");
}

#[test]
fn a_link_that_filters_opens_on_every_match_and_unknown_ids_select_nothing() {
    let (_, free) = covered();
    let (data, points) = two_projects();
    let opening = data.opening(None, true, &[0, 1], &points, None);
    assert_eq!(opening.shown, points);
    let view = first_view(&opening, 800.0, 600.0, free, 20.0).expect("a view");
    for p in &points {
        assert!(uncovered(&view, free, *p), "every match in sight");
    }
    assert_eq!(
        data.selected_point(&Selection::Project("nowhere".into())),
        None
    );
    assert_eq!(
        data.selected_point(&Selection::Site("nowhere".into())),
        None
    );
    assert_eq!(data.selected_point(&Selection::None), None);
}
