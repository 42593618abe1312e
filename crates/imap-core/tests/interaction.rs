//! What the map's gestures, markers and layouts compute, without a browser:
//! drag and pinch, wheel and keys, which markers are drawn and where, and
//! where the panels leave the map free.

use imap_core::geo::projection::{WorldPoint, project};
use imap_core::geometry::cluster::{Cluster, Item, Marker};
use imap_core::geometry::gesture::{
    self, DRAG_THRESHOLD, KeyMove, Pointer, PointerGesture, TapOrDrag,
};
use imap_core::geometry::markers::{self, CLUSTER_FEW, MarkerKey, VIEW_MARGIN};
use imap_core::geometry::viewport::{MAX_ZOOM, Viewport};
use imap_core::layout::{Cover, DOCKED_WIDTH, Layout, PHONE_WIDTH, SHEET_HALF, Sheet};

fn view() -> Viewport {
    Viewport::from_lon_lat(113.12, 22.55, 12.0, 800.0, 600.0)
}

fn at(id: i32, x: f64, y: f64) -> Pointer {
    Pointer {
        id,
        x,
        y,
        touch: false,
    }
}

fn finger(id: i32, x: f64, y: f64) -> Pointer {
    Pointer {
        touch: true,
        ..at(id, x, y)
    }
}

fn near(a: (f64, f64), b: (f64, f64)) -> bool {
    (a.0 - b.0).abs() < 1e-6 && (a.1 - b.1).abs() < 1e-6
}

#[test]
fn a_press_that_barely_moves_stays_a_click_then_becomes_a_drag() {
    let v = view();
    let mut g = PointerGesture::default();
    g.press(at(1, 100.0, 100.0));
    let small = g.moved(at(1, 102.0, 101.0), v);
    assert_eq!(small.view, None);
    assert!(!small.drag_started && !g.was_drag());
    let past = g.moved(at(1, 110.0, 100.0), v);
    assert!(past.drag_started && g.was_drag());
    // The map point under the pointer stays under it.
    let grabbed = v.to_world(102.0, 101.0);
    assert!(near(past.view.unwrap().to_screen(grabbed), (110.0, 100.0)));
    let on = g.moved(at(1, 120.0, 90.0), past.view.unwrap());
    assert!(!on.drag_started);
    // A moving pointer that is not down does nothing.
    assert_eq!(g.moved(at(9, 0.0, 0.0), v), Default::default());
    // The next press starts a new gesture: a click again.
    g.release(1);
    g.press(at(2, 0.0, 0.0));
    assert!(!g.was_drag());
}

#[test]
fn two_pointers_pinch_around_their_midpoint() {
    let v = view();
    let mut g = PointerGesture::default();
    g.press(at(1, 300.0, 300.0));
    g.press(at(2, 400.0, 300.0));
    let mid = v.to_world(350.0, 300.0);
    // Fingers twice as far apart: one zoom level in, the midpoint stays put.
    g.moved(at(1, 250.0, 300.0), v);
    let apart = gesture::pinch(
        v,
        at(2, 400.0, 300.0),
        at(1, 300.0, 300.0),
        at(1, 200.0, 300.0),
    );
    assert!((apart.zoom - (v.zoom + 1.0)).abs() < 1e-9);
    assert!(near(apart.to_screen(mid), (300.0, 300.0)));
    assert!(g.was_drag(), "a pinch is never a click");
    // Fingers on top of each other: no zoom to infinity.
    let same = gesture::pinch(v, at(2, 10.0, 10.0), at(1, 10.0, 10.0), at(1, 10.5, 10.0));
    assert_eq!(same, v);
}

#[test]
fn cooperative_one_finger_leaves_the_map_alone_two_fingers_move_it() {
    let v = view();
    let mut g = PointerGesture::cooperative();
    g.press(finger(1, 100.0, 100.0));
    let one = g.moved(finger(1, 100.0, 160.0), v);
    assert_eq!((one.view, one.needs_two_fingers), (None, true));
    assert!(!g.was_drag());
    g.press(finger(2, 200.0, 100.0));
    let two = g.moved(finger(2, 260.0, 100.0), v);
    assert!(two.view.is_some() && !two.needs_two_fingers);
    // A mouse drags as on the full page.
    let mut g = PointerGesture::cooperative();
    g.press(at(3, 100.0, 100.0));
    assert!(g.moved(at(3, 140.0, 100.0), v).view.is_some());
    // Not cooperative (the full page), one finger pans.
    let mut g = PointerGesture::default();
    g.press(finger(1, 100.0, 100.0));
    assert!(g.moved(finger(1, 100.0, 160.0), v).view.is_some());
    assert!(gesture::wheel_zooms(false, false));
    assert!(!gesture::wheel_zooms(true, false));
    assert!(gesture::wheel_zooms(true, true));
}

#[test]
fn the_wheel_zooms_around_the_pointer_and_is_capped_per_event() {
    let v = view();
    let under = v.to_world(200.0, 150.0);
    let zoomed = gesture::wheel(v, -100.0, 200.0, 150.0);
    assert!(
        (zoomed.zoom - (v.zoom + 0.5)).abs() < 1e-9,
        "one notch is half a level"
    );
    assert!(near(zoomed.to_screen(under), (200.0, 150.0)));
    let flick = gesture::wheel(v, 10_000.0, 0.0, 0.0);
    assert!((flick.zoom - (v.zoom - 1.5)).abs() < 1e-9);
}

#[test]
fn wheel_travel_in_lines_and_pages_counts_as_pixels() {
    assert_eq!(gesture::wheel_pixels(-120.0, 0), -120.0);
    assert_eq!(gesture::wheel_pixels(3.0, 1), 120.0);
    assert_eq!(gesture::wheel_pixels(-1.0, 2), -800.0);
}

#[test]
fn keys_pan_zoom_and_go_home() {
    let v = view();
    let Some(KeyMove::To(right)) = gesture::key(v, "ArrowRight") else {
        panic!("ArrowRight pans");
    };
    let (x, _) = right.to_screen(v.center);
    assert!(
        (x - (400.0 - gesture::KEY_PAN_STEP)).abs() < 1e-6,
        "the map moves left: {x}"
    );
    assert_eq!(gesture::key(v, "+"), Some(KeyMove::To(v.zoomed_by(1.0))));
    assert_eq!(gesture::key(v, "-"), Some(KeyMove::To(v.zoomed_by(-1.0))));
    assert_eq!(gesture::key(v, "0"), Some(KeyMove::Home));
    assert_eq!(gesture::key(v, "a"), None);
}

fn item(index: usize, lon: f64) -> Item {
    Item {
        index,
        at: project(lon, 22.55),
        amount: Some(1.0),
    }
}

/// Projects 0.0001° (about 10 m) apart: all in one cell at zoom 12.
fn dense(n: usize) -> Vec<Item> {
    (0..n).map(|i| item(i, 113.12 + i as f64 * 1e-4)).collect()
}

#[test]
fn few_matches_are_all_pins_many_are_clustered() {
    let few = dense(CLUSTER_FEW);
    let all: Vec<usize> = (0..few.len()).collect();
    let markers = markers::for_matches(&all, |i| few[i], 12, None, false);
    assert_eq!(markers.len(), CLUSTER_FEW);
    assert!(markers.iter().all(|m| matches!(m, Marker::Single { .. })));

    let many = dense(CLUSTER_FEW + 1);
    let all: Vec<usize> = (0..many.len()).collect();
    let markers = markers::for_matches(&all, |i| many[i], 12, None, false);
    assert!(matches!(markers.as_slice(), [Marker::Cluster(c)] if c.count == CLUSTER_FEW + 1));
    // Zoomed in past the cluster limit, every pin stands alone.
    assert_eq!(
        markers::for_matches(&all, |i| many[i], 17, None, false).len(),
        many.len()
    );
}

#[test]
fn the_selected_project_is_its_own_pin_and_only_when_it_matches() {
    let many = dense(40);
    let matching: Vec<usize> = (0..39).collect();
    let markers = markers::for_matches(&matching, |i| many[i], 12, Some(5), false);
    let singles: Vec<usize> = markers
        .iter()
        .filter_map(|m| match m {
            Marker::Single { index, .. } => Some(*index),
            Marker::Cluster(_) => None,
        })
        .collect();
    assert_eq!(singles, [5]);
    let counted: usize = markers
        .iter()
        .map(|m| match m {
            Marker::Single { .. } => 1,
            Marker::Cluster(c) => c.count,
        })
        .sum();
    assert_eq!(counted, 39, "every match once, the selected one included");
    // Filtered away: the selection draws nothing.
    let markers = markers::for_matches(&matching, |i| many[i], 12, Some(39), false);
    assert!(
        markers
            .iter()
            .all(|m| !matches!(m, Marker::Single { index: 39, .. }))
    );
}

#[test]
fn only_markers_in_view_or_its_margin_are_kept_with_stable_keys() {
    let v = view();
    let pin = |index, x: f64, y: f64| Marker::Single {
        index,
        at: v.to_world(x, y),
    };
    let inside = pin(0, 10.0, 10.0);
    let in_margin = pin(1, -VIEW_MARGIN + 1.0, 300.0);
    let outside = pin(2, 800.0 + VIEW_MARGIN + 1.0, 300.0);
    let badge = Marker::Cluster(Cluster {
        key: (7, -3),
        count: 2,
        total: 0.0,
        at: v.to_world(400.0, 300.0),
        min: v.to_world(390.0, 290.0),
        max: v.to_world(410.0, 310.0),
    });
    let kept = markers::in_view(&v, &[inside, in_margin, outside, badge]);
    let keys: Vec<MarkerKey> = kept.iter().map(|(k, _)| *k).collect();
    assert_eq!(
        keys,
        [
            MarkerKey::Pin(0),
            MarkerKey::Pin(1),
            MarkerKey::Cluster(7, -3, 12)
        ]
    );
    assert_eq!(
        markers::transform(&v, v.to_world(12.34, 56.78)),
        "translate(12.3 56.8)"
    );
}

#[test]
fn a_click_on_a_badge_fits_its_members_and_always_zooms_in() {
    let v = view();
    let c = Cluster {
        key: (0, 0),
        count: 3,
        total: 0.0,
        at: v.to_world(400.0, 300.0),
        min: v.to_world(390.0, 295.0),
        max: v.to_world(410.0, 305.0),
    };
    let next = markers::zoom_into(v, &c);
    assert!(next.zoom >= v.zoom.floor() + 1.0 && next.zoom <= MAX_ZOOM);
    for corner in [c.min, c.max] {
        let (x, y) = next.to_screen(corner);
        assert!((0.0..=800.0).contains(&x) && (0.0..=600.0).contains(&y));
    }
    // Members on one spot: as far in as the map goes, never further.
    let spot = Cluster {
        min: c.at,
        max: c.at,
        ..c
    };
    assert_eq!(markers::zoom_into(v, &spot).zoom, MAX_ZOOM);
    assert!(markers::badge_radius(1) < markers::badge_radius(1000));
    assert!(markers::badge_radius(usize::MAX) <= markers::CLUSTER_RADIUS / 2.0);
}

/// The widths of the stylesheet's container queries (every part in
/// `style/`), as written: `(max-width: 639.98px)` ends the layout below 640,
/// `(min-width: 900px)` starts the one from 900.
fn css_breakpoints() -> Vec<f64> {
    let style = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../style");
    let css: String = std::fs::read_dir(&style)
        .expect("style/")
        .map(|entry| {
            std::fs::read_to_string(entry.expect("a part").path()).expect("a readable part")
        })
        .collect();
    assert!(css.contains(".imap"), "the stylesheet's parts in {style:?}");
    css.split("@container imap (")
        .skip(1)
        .map(|query| {
            let (feature, rest) = query.split_once(':').expect("a width query");
            let px: f64 = rest
                .trim_start()
                .split_once("px")
                .and_then(|(n, _)| n.parse().ok())
                .unwrap_or_else(|| panic!("a width in px: {query:.40}"));
            match feature {
                "max-width" => px + 0.02,
                "min-width" => px,
                other => panic!("a container query on {other}"),
            }
        })
        .collect()
}

#[test]
fn the_stylesheet_breaks_where_the_layouts_do() {
    let found = css_breakpoints();
    assert!(found.len() >= 2, "{found:?}");
    for px in &found {
        assert!(
            (px - DOCKED_WIDTH).abs() < 1e-9 || (px - PHONE_WIDTH).abs() < 1e-9,
            "the stylesheet breaks at {px} px, no layout does"
        );
    }
    for width in [DOCKED_WIDTH, PHONE_WIDTH] {
        assert!(
            found.iter().any(|px| (px - width).abs() < 1e-9),
            "the stylesheet never breaks at {width} px"
        );
    }
}

#[test]
fn layouts_follow_the_css_breakpoints_and_keep_panels_clear() {
    assert_eq!(Layout::for_width(DOCKED_WIDTH, false), Layout::Docked);
    assert_eq!(
        Layout::for_width(DOCKED_WIDTH - 1.0, false),
        Layout::Floating
    );
    assert_eq!(Layout::for_width(PHONE_WIDTH, false), Layout::Floating);
    assert_eq!(Layout::for_width(PHONE_WIDTH - 1.0, false), Layout::Phone);
    // In an iframe the sidebar stays folded however wide the frame.
    assert_eq!(Layout::for_width(1200.0, true), Layout::Floating);
    assert_eq!(Layout::for_width(PHONE_WIDTH - 1.0, true), Layout::Phone);
    // Folded, the sidebar sits on top: more room kept there than below.
    let card = Cover {
        card_bottom: 200.0,
        ..Cover::default()
    };
    let floating = Layout::Phone.free_insets(card, 360.0, 740.0);
    assert!(
        floating.top > 200.0 && floating.top < 220.0,
        "just below the card"
    );
    // A phone's open sheet keeps the zone in the band above it.
    let open = Cover {
        sidebar_open: true,
        ..card
    };
    let sheet = Layout::Phone.free_insets(open, 360.0, 740.0);
    assert!(sheet.bottom > 740.0 * SHEET_HALF && sheet.top == floating.top);
    // A tablet's open sidebar is a panel at the left, 400 px at most.
    let tablet = Layout::Floating.free_insets(open, 768.0, 1024.0);
    assert!(tablet.left > 408.0 && tablet.left < 430.0, "{tablet:?}");
    assert!(tablet.top < floating.top, "the card is part of the panel");
    assert!(Layout::Floating.free_insets(open, 600.0, 800.0).left < 600.0 - 60.0);
    let docked = Layout::Docked.free_insets(card, 360.0, 740.0);
    assert!(docked.right > docked.left, "room for the zoom buttons");

    // An open detail: docked, a card 444 px wide at the right; otherwise
    // a bottom sheet over 52 % of the height, taller than a phone's sheet.
    let detail = Cover {
        detail_open: true,
        ..card
    };
    assert!(Layout::Docked.free_insets(detail, 1280.0, 740.0).right >= 444.0);
    for layout in [Layout::Phone, Layout::Floating] {
        // A detail folds a tablet's sidebar; a phone's sheet may stay.
        let both = Cover {
            sidebar_open: layout == Layout::Phone,
            ..detail
        };
        let insets = layout.free_insets(both, 360.0, 740.0);
        assert!(insets.bottom >= 0.52 * 740.0, "{layout:?}: {insets:?}");
        let (_, middle) = insets.centre(800.0, 740.0);
        assert!(
            (middle - (200.0 + 0.48 * 740.0) / 2.0).abs() < 1e-6,
            "between the card and the detail: {middle}"
        );
    }
}

#[test]
fn placing_puts_a_point_where_asked_and_a_glide_ends_where_it_goes() {
    let v = view();
    let p = WorldPoint {
        x: v.center.x + 0.01,
        y: v.center.y - 0.02,
    };
    assert!(near(
        v.placing(p, (120.0, 430.0)).to_screen(p),
        (120.0, 430.0)
    ));
    let to = v.zoomed_by(-2.0).panned(300.0, -40.0);
    assert_eq!(v.towards(to, 0.0), v);
    assert_eq!(v.towards(to, 1.0), to);
    let half = v.towards(to, 0.5);
    assert!(half.zoom < v.zoom && half.zoom > to.zoom);
    assert!(
        v.zoom - half.zoom > 0.5 * (v.zoom - to.zoom),
        "eased out: past halfway at half time"
    );
}

#[test]
fn a_phones_sheet_settles_at_the_nearest_rest_and_keeps_the_centre_in_view() {
    let h = 800.0;
    assert_eq!(Sheet::settle(90.0, h), None, "dragged nearly shut: folds");
    assert_eq!(Sheet::settle(h * SHEET_HALF, h), Some(Sheet::Half));
    assert_eq!(Sheet::settle(h * 0.7, h), Some(Sheet::Half));
    assert_eq!(Sheet::settle(h * 0.8, h), Some(Sheet::Full));
    assert_eq!(
        Sheet::settle(100.0, 0.0),
        None,
        "no size yet: nothing to open"
    );
    // Opening the half sheet moves the content up by half of it: the map's
    // centre becomes the centre of the band left above the sheet.
    let pan = Layout::Phone.sheet_pan(h);
    assert_eq!(pan, h * SHEET_HALF / 2.0);
    assert_eq!(Layout::Floating.sheet_pan(h), 0.0);
    assert_eq!(Layout::Docked.sheet_pan(h), 0.0);
}

#[test]
fn a_hover_card_stays_whole_inside_the_map() {
    use imap_core::layout::callout::{Side, place};
    let card = 260.0;
    assert_eq!(place(100.0, 300.0, 1280.0, 800.0, card).side, Side::Right);
    assert_eq!(place(1200.0, 300.0, 1280.0, 800.0, card).side, Side::Left);
    // A phone: wherever the pin, the card is whole; with no room on either
    // side it goes above or below the pin, slid sideways to fit.
    for x in [0.0, 20.0, 90.0, 180.0, 270.0, 340.0, 360.0] {
        for y in [100.0, 600.0] {
            let at = place(x, y, 360.0, 740.0, card);
            let left = match at.side {
                Side::Right => at.left + 16.0,
                Side::Left => at.left - 16.0 - card,
                Side::Above | Side::Below => at.left,
            };
            assert!(left >= 0.0 && left + card <= 360.0, "x {x}: {at:?}");
        }
    }
    assert_eq!(place(180.0, 600.0, 360.0, 740.0, card).side, Side::Above);
    assert_eq!(place(180.0, 100.0, 360.0, 740.0, card).side, Side::Below);
    // Narrower than the card: pinned to the left edge (the CSS caps its width).
    assert_eq!(place(100.0, 100.0, 200.0, 400.0, card).left, 8.0);
}

#[test]
fn the_scale_bar_is_a_round_length_true_at_the_views_latitude() {
    use imap_core::geometry::scale_bar::scale_bar;
    // Jianghai at zoom 12: a pixel is 156,543 m × cos(22.55°) / 2¹² ≈ 35.3 m.
    let v = Viewport::from_lon_lat(113.12, 22.55, 12.0, 400.0, 300.0);
    let bar = scale_bar(&v, 120.0).unwrap();
    assert_eq!(bar.metres, 2000.0);
    let metres_per_px = 156_543.034 * 22.55f64.to_radians().cos() / 4096.0;
    assert!((bar.px - 2000.0 / metres_per_px).abs() < 0.5, "{bar:?}");
    // Twice the zoom, half the metres per pixel; the bar stays within its room.
    for zoom in [3.0, 8.0, 12.5, 18.0] {
        let bar = scale_bar(
            &Viewport::from_lon_lat(113.12, 22.55, zoom, 400.0, 300.0),
            120.0,
        )
        .unwrap();
        assert!(
            bar.px <= 120.0 && bar.px > 120.0 / 5.0 * 0.99,
            "zoom {zoom}: {bar:?}"
        );
        let lead = bar.metres / 10f64.powf(bar.metres.log10().floor());
        assert!(
            [1.0, 2.0, 5.0].iter().any(|d| (lead - d).abs() < 1e-9),
            "{bar:?}"
        );
    }
}

#[test]
fn label_boxes_grow_with_their_text_and_say_when_they_collide() {
    use imap_core::geometry::label_point::{boxes_overlap, label_box};
    let zone = label_box((100.0, 100.0), "Jianghai District", 15.0, true);
    assert!((zone[2] - zone[0] - 17.0 * 0.6 * 15.0).abs() < 1e-9);
    let chinese = label_box((100.0, 100.0), "江海区", 15.0, true);
    assert!((chinese[2] - chinese[0] - 45.0).abs() < 1e-9);
    // A city name 56 px east of the zone's overlaps it; 200 px east does not.
    assert!(boxes_overlap(
        zone,
        label_box((156.0, 102.0), "Zhongshan", 13.0, true)
    ));
    assert!(!boxes_overlap(
        zone,
        label_box((300.0, 100.0), "Zhongshan", 13.0, true)
    ));
    // Left-anchored (a place's label beside its symbol).
    let place = label_box((10.0, 0.0), "Port", 12.0, false);
    assert_eq!(place[0], 10.0);
}

#[test]
fn the_map_zooms_no_deeper_than_it_has_something_to_show() {
    use geo::{Rect, coord};
    use imap_core::geometry::zoom_limit::max_zoom;
    let district = |w: f64| {
        Rect::new(
            coord! {x: 113.0, y: 22.5},
            coord! {x: 113.0 + w, y: 22.5 + w / 2.0},
        )
    };
    // A basemap: its deepest tiles, whatever the districts.
    assert_eq!(max_zoom(Some(16), [district(0.1)], 800.0, 600.0), 16.0);
    // Without one: the smallest district twice the map's longer side.
    let zoom = max_zoom(None, [district(0.4), district(0.1)], 800.0, 600.0);
    let span = project(113.1, 22.5).x - project(113.0, 22.5).x;
    assert!((span * zoom.exp2() - 1600.0).abs() < 1e-6, "{zoom}");
    assert!(zoom < 17.0, "no 50 m scale bar over blank land: {zoom}");
    // Nothing to measure by: the projection's own limit.
    assert_eq!(max_zoom(None, [], 800.0, 600.0), MAX_ZOOM);
}

#[test]
fn at_the_deepest_zoom_pins_that_share_a_spot_spread_apart() {
    let spot = project(113.12, 22.55);
    let far = project(113.2, 22.6);
    let items: Vec<Item> = (0..5)
        .map(|i| Item {
            index: i,
            at: if i < 4 { spot } else { far },
            amount: None,
        })
        .collect();
    let all: Vec<usize> = (0..5).collect();
    let level = 15;
    // Not at the deepest zoom: where the data puts them.
    for m in markers::for_matches(&all, |i| items[i], level, None, false) {
        if let Marker::Single { index, at } = m {
            assert_eq!(at, items[index].at);
        }
    }
    let spread = markers::for_matches(&all, |i| items[i], level, None, true);
    let v = Viewport::from_lon_lat(113.12, 22.55, f64::from(level), 800.0, 600.0);
    let screen: Vec<(usize, (f64, f64))> = spread
        .iter()
        .map(|m| match m {
            Marker::Single { index, at } => (*index, v.to_screen(*at)),
            Marker::Cluster(_) => panic!("no badge at the deepest zoom"),
        })
        .collect();
    assert_eq!(screen.len(), 5);
    let (centre_x, centre_y) = v.to_screen(spot);
    for (i, (a, pa)) in screen.iter().enumerate() {
        if *a == 4 {
            assert!(near(*pa, v.to_screen(far)), "a pin alone stays put");
            continue;
        }
        // Around the shared spot, each a touch target apart from the others.
        assert!(((pa.0 - centre_x).powi(2) + (pa.1 - centre_y).powi(2)).sqrt() < 40.0);
        for (b, pb) in &screen[i + 1..] {
            if *b != 4 {
                let d = ((pa.0 - pb.0).powi(2) + (pa.1 - pb.1).powi(2)).sqrt();
                assert!(d >= 22.0, "{a} and {b} {d} px apart");
            }
        }
    }
    // Many matches: no badge either, at the deepest zoom.
    let many: Vec<Item> = (0..100)
        .map(|i| Item {
            index: i,
            at: project(113.12 + i as f64 * 1e-5, 22.55),
            amount: None,
        })
        .collect();
    let every: Vec<usize> = (0..100).collect();
    let markers = markers::for_matches(&every, |i| many[i], 14, None, true);
    assert!(markers.iter().all(|m| matches!(m, Marker::Single { .. })));
}

#[test]
fn a_press_is_a_tap_until_it_has_travelled_past_the_threshold_in_all() {
    let mut press = TapOrDrag::default();
    assert!(!press.travel(0.0, DRAG_THRESHOLD / 2.0));
    assert!(
        !press.travel(0.0, -DRAG_THRESHOLD / 2.0),
        "back and forth adds up to the threshold, not past it"
    );
    assert!(!press.is_drag());
    assert!(press.travel(0.1, 0.0), "this move makes it a drag");
    assert!(press.is_drag());
    assert!(!press.travel(10.0, 0.0), "a drag starts once");
    assert!(press.is_drag());
    let mut pinch = TapOrDrag::default();
    pinch.drag();
    assert!(pinch.is_drag());
}
