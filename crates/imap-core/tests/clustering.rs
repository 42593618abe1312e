//! Clustering the matching projects at one zoom level.

use imap_core::geo::projection::{WorldPoint, project};
use imap_core::geometry::cluster::{Item, Marker, cluster};

fn item(index: usize, lon: f64, lat: f64, amount: Option<f64>) -> Item {
    Item {
        index,
        at: project(lon, lat),
        amount,
    }
}

fn clusters(markers: &[Marker]) -> Vec<(usize, f64)> {
    let mut out: Vec<_> = markers
        .iter()
        .filter_map(|m| match m {
            Marker::Cluster(c) => Some((c.count, (c.total * 100.0).round() / 100.0)),
            Marker::Single { .. } => None,
        })
        .collect();
    out.sort_by_key(|c| std::cmp::Reverse(c.0));
    out
}

fn singles(markers: &[Marker]) -> Vec<usize> {
    let mut out: Vec<_> = markers
        .iter()
        .filter_map(|m| match m {
            Marker::Single { index, .. } => Some(*index),
            Marker::Cluster(_) => None,
        })
        .collect();
    out.sort();
    out
}

#[test]
fn close_points_merge_with_count_and_disclosed_total_far_points_stay_single() {
    // Three points within metres of each other, one 5 km away.
    let items = vec![
        item(0, 113.1200, 22.5500, Some(20.0)),
        item(1, 113.1201, 22.5501, None),
        item(2, 113.1202, 22.5499, Some(5.0)),
        item(3, 113.1700, 22.5500, Some(1.0)),
    ];
    let m = cluster(items.clone(), 12.0, 60.0, 17.0);
    assert_eq!(clusters(&m), vec![(3, 25.0)]);
    assert_eq!(singles(&m), vec![3]);
    // The badge sits at the members' mean and knows their extent.
    let Some(Marker::Cluster(c)) = m.iter().find(|m| matches!(m, Marker::Cluster(_))) else {
        unreachable!()
    };
    let mean_x = items[..3].iter().map(|i| i.at.x).sum::<f64>() / 3.0;
    assert!((c.at.x - mean_x).abs() < 1e-12);
    assert!(c.min.x <= c.at.x && c.at.x <= c.max.x);
}

#[test]
fn zooming_in_splits_clusters_and_past_max_zoom_all_are_single() {
    let items: Vec<Item> = (0..5)
        .map(|i| item(i, 113.10 + i as f64 * 0.002, 22.55, Some(1.0)))
        .collect();
    let far_out = cluster(items.clone(), 10.0, 60.0, 17.0);
    assert_eq!(clusters(&far_out), vec![(5, 5.0)]);
    // 0.002° is about 200 m: at zoom 16 that is ~50 px, closer than 60 px; at 17 it is 100 px.
    let close = cluster(items.clone(), 17.0, 60.0, 17.0);
    assert_eq!(singles(&close), vec![0, 1, 2, 3, 4]);
    let past = cluster(items, 10.0, 60.0, 9.0);
    assert_eq!(singles(&past).len(), 5);
}

#[test]
fn every_point_is_counted_exactly_once() {
    let mut rng = 42u64;
    let mut next = || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        (rng % 1_000_000) as f64 / 1_000_000.0
    };
    let items: Vec<Item> = (0..5000)
        .map(|i| item(i, 113.06 + next() * 0.12, 22.48 + next() * 0.12, Some(1.0)))
        .collect();
    for zoom in [8.0, 11.0, 12.5, 14.0, 16.0] {
        let m = cluster(items.clone(), zoom, 60.0, 17.0);
        let total: usize = m
            .iter()
            .map(|m| match m {
                Marker::Single { .. } => 1,
                Marker::Cluster(c) => c.count,
            })
            .sum();
        assert_eq!(total, 5000, "zoom {zoom}");
        // No two markers closer than half the radius: overlapping ones merged.
        let at: Vec<WorldPoint> = m
            .iter()
            .map(|m| match m {
                Marker::Single { at, .. } => *at,
                Marker::Cluster(c) => c.at,
            })
            .collect();
        let scale = zoom.floor().exp2();
        let crowded = at.iter().enumerate().any(|(i, a)| {
            at[i + 1..]
                .iter()
                .any(|b| (a.x - b.x).hypot(a.y - b.y) * scale < 15.0)
        });
        assert!(!crowded, "zoom {zoom}: markers overlap");
    }
}

#[test]
fn result_does_not_depend_on_input_order() {
    let items: Vec<Item> = (0..200)
        .map(|i| {
            item(
                i,
                113.1 + (i % 17) as f64 * 0.001,
                22.5 + (i % 13) as f64 * 0.001,
                None,
            )
        })
        .collect();
    let mut reversed = items.clone();
    reversed.reverse();
    let a = cluster(items, 13.0, 60.0, 17.0);
    let b = cluster(reversed, 13.0, 60.0, 17.0);
    assert_eq!(clusters(&a), clusters(&b));
    assert_eq!(singles(&a), singles(&b));
}
