//! Places: parsing, and the straight-line distances a detail lists.

use imap_core::model::place::{self, PlaceKind, distances_from};

fn places_file(features: &[(&str, &str, f64, f64)]) -> String {
    let features: Vec<String> = features
        .iter()
        .map(|(id, kind, lon, lat)| {
            format!(
                r#"{{"type":"Feature","geometry":{{"type":"Point","coordinates":[{lon},{lat}]}},"properties":{{"id":"{id}","name":"{id}","kind":"{kind}","source":"test"}}}}"#
            )
        })
        .collect();
    format!(
        r#"{{"type":"FeatureCollection","features":[{}]}}"#,
        features.join(",")
    )
}

#[test]
fn a_degree_of_latitude_measures_as_published_within_one_percent() {
    // One degree of latitude at 22.5° N is 110.75 km on the WGS84
    // ellipsoid (published tables: 110.649 km at 15°, 110.852 km at 30°).
    let layer = place::load("p", Ok(places_file(&[("north", "city", 113.0, 23.0)])));
    let (_, metres) = distances_from(&layer.items, 113.0, 22.0)[0];
    assert!((metres / 110_750.0 - 1.0).abs() < 0.01, "{metres}");
}

#[test]
fn a_detail_lists_the_nearest_of_each_kind_and_every_city() {
    let layer = place::load(
        "p",
        Ok(places_file(&[
            ("far-airport", "airport", 114.0, 22.5),
            ("near-airport", "airport", 113.2, 22.5),
            ("city-b", "city", 113.6, 22.5),
            ("city-a", "city", 113.3, 22.5),
            ("port", "port", 113.5, 22.5),
        ])),
    );
    assert!(layer.problems.is_empty() && layer.error.is_none());
    let listed: Vec<(&str, PlaceKind)> = distances_from(&layer.items, 113.1, 22.5)
        .iter()
        .map(|(p, _)| (p.id.as_str(), p.kind))
        .collect();
    assert_eq!(
        listed,
        [
            ("near-airport", PlaceKind::Airport),
            ("port", PlaceKind::Port),
            ("city-a", PlaceKind::City),
            ("city-b", PlaceKind::City),
        ]
    );
}

#[test]
fn a_place_without_source_or_with_an_unknown_kind_is_skipped_and_said() {
    let text = places_file(&[("ok", "rail", 113.0, 22.0), ("bad", "temple", 113.0, 22.0)]).replace(
        r#""id":"ok","name":"ok","kind":"rail","source":"test""#,
        r#""id":"ok","name":"ok","kind":"rail""#,
    );
    let layer = place::load("places.geojson", Ok(text));
    assert!(layer.items.is_empty());
    assert_eq!(layer.problems.len(), 2);
}

#[test]
fn the_default_places_all_say_where_they_come_from() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/data/places.geojson"
    ))
    .unwrap();
    let layer = place::load("places.geojson", Ok(text));
    assert_eq!((layer.items.len(), layer.problems.len()), (9, 0));
    assert!(
        layer
            .items
            .iter()
            .all(|p| p.source.contains("airportsdata") || p.source.contains("GeoNames"))
    );
    assert_eq!(
        layer
            .items
            .iter()
            .filter(|p| p.kind == PlaceKind::Airport)
            .count(),
        5
    );
}
