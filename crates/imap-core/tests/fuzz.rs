//! Fuzzing on stable Rust (cargo-fuzz needs nightly): proptest generates
//! JSON shaped like the data files, then damages it (cut short, a byte
//! changed, a mark in front, values swapped for extreme ones), and every
//! parser must answer with data or a reason, never a panic. `cargo test`
//! runs each target for a second; `scripts/fuzz` runs them for longer
//! (`FUZZ_SECONDS`). An input that breaks something is printed; keep it as
//! a test beside the fix (README, "Fuzzing", lists what was found).
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod harness;

use common::*;
use harness::fuzz;
use imap_core::model::dataset::Dataset;
use imap_core::model::export;
use imap_core::model::manifest::Manifest;
use imap_core::model::rules::{is_valid_id, is_valid_investment};
use imap_core::url_state::UrlState;
use proptest::prelude::*;
use serde_json::{Value, json};

/// Numbers a file may hold, the extreme ones included.
fn number() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<f64>().prop_map(|n| json!(n)),
        Just(json!(1e308)),
        Just(json!(-0.0)),
        Just(json!(100_000.0)),
        (0u32..200).prop_map(|n| json!(113.0 + f64::from(n) / 1000.0)),
        any::<i64>().prop_map(|n| json!(n)),
    ]
}

fn text() -> impl Strategy<Value = String> {
    const WORDS: &[&str] = &[
        "electronic_info",
        "production",
        "Point",
        "Polygon",
        "Feature",
        "<script>x</script>",
    ];
    prop_oneof![
        prop::sample::select(WORDS).prop_map(str::to_string),
        "[a-z_,. -]{0,10}",
        "\\PC{0,12}",
    ]
}

/// Any JSON value, nested a few levels, with the data files' keys.
fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number(),
        text().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..6)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect())),
        ]
    })
}

fn key() -> impl Strategy<Value = String> {
    const KEYS: &[&str] = &[
        "type",
        "features",
        "geometry",
        "coordinates",
        "properties",
        "id",
        "name",
        "industry",
        "status",
        "investment",
        "date",
        "url",
        "district",
        "role",
        "location_precision",
        "area_ha",
        "version",
        "title",
        "industries",
        "statuses",
        "boundaries",
        "projects",
        "zh",
        "en",
        "color",
        "crs",
        "basemap",
        "contact",
    ];
    prop::sample::select(KEYS).prop_map(str::to_string)
}

/// A project feature, mostly well formed, with any field possibly odd.
fn feature() -> impl Strategy<Value = Value> {
    (
        prop_oneof![text(), "[a-z0-9-]{1,8}"],
        prop_oneof![Just(json!("electronic_info")), Just(json!("new_materials")), value()],
        prop_oneof![Just(json!("production")), value()],
        prop_oneof![number(), Just(Value::Null), value()],
        prop_oneof![
            (number(), number()).prop_map(|(x, y)| json!({"type": "Point", "coordinates": [x, y]})),
            value(),
        ],
    )
        .prop_map(|(id, industry, status, investment, geometry)| {
            json!({"type": "Feature", "geometry": geometry, "properties": {
                "id": id, "name": "项目", "industry": industry, "status": status, "investment": investment
            }})
        })
}

/// A file's text after damage: cut short, a byte replaced, a mark in front.
fn damaged(file: impl Strategy<Value = Value>) -> impl Strategy<Value = String> {
    (file, 0usize..4, any::<prop::sample::Index>(), any::<u8>()).prop_map(|(v, how, at, byte)| {
        let text = v.to_string();
        let cut = at.index(text.len() + 1);
        let cut = (0..=cut)
            .rev()
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0);
        match how {
            0 => text,
            1 => text[..cut].to_string(),
            2 => format!("\u{feff}{text}"),
            _ => {
                let mut bytes = text.into_bytes();
                if let Some(b) = bytes.get_mut(cut) {
                    *b = byte;
                }
                String::from_utf8_lossy(&bytes).into_owned()
            }
        }
    })
}

#[test]
fn manifests_never_panic() {
    let manifest = prop_oneof![
        value(),
        value().prop_map(|extra| {
            let mut m: Value = serde_json::from_str(MANIFEST).unwrap();
            if let (Value::Object(m), Value::Object(extra)) = (&mut m, extra) {
                m.extend(extra);
            }
            m
        }),
    ];
    fuzz(damaged(manifest), |text| {
        if let Ok(m) = Manifest::parse("map.json", text) {
            assert!(
                m.industries
                    .iter()
                    .chain(&m.statuses)
                    .all(|c| is_valid_id(&c.id))
            );
        }
    });
}

#[test]
fn collections_never_panic_and_every_feature_is_accounted_for() {
    let collection = prop_oneof![
        prop::collection::vec(feature(), 0..12)
            .prop_map(|features| json!({"type": "FeatureCollection", "features": features})),
        value(),
    ];
    fuzz(damaged(collection), |text| {
        let d = Dataset::assemble(manifest(), Ok(two_squares()), Ok(text.clone()));
        for p in &d.projects {
            assert!(is_valid_id(&p.id), "{}", p.id);
            assert!(p.investment.is_none_or(is_valid_investment));
            assert!(p.lon.is_finite() && p.lat.is_finite());
        }
        let features = serde_json::from_str::<Value>(text.trim_start_matches('\u{feff}'))
            .ok()
            .and_then(|v| v.get("features").and_then(|f| f.as_array()).map(Vec::len));
        if let (Some(n), true) = (features, d.file_errors.is_empty()) {
            let skipped = d
                .problems
                .iter()
                .filter(|p| p.severity == imap_core::model::problems::Severity::Skipped)
                .count();
            assert_eq!(d.projects.len() + skipped, n, "{:?}", d.problems);
        }
    });
}

/// The late layers' feature scan agrees with the one-scan reader on any
/// damaged collection: the same features, or an error at the same place.
#[test]
fn the_feature_scan_agrees_with_the_one_scan_reader() {
    use imap_core::model::feature_collection::FeatureReader;
    use imap_core::model::feature_scan::FeatureScan;
    let collection = prop_oneof![
        prop::collection::vec(feature(), 0..12)
            .prop_map(|features| json!({"type": "FeatureCollection", "features": features})),
        (prop::collection::vec(feature(), 0..4), value()).prop_map(|(features, extra)| {
            json!({"extra": extra, "features": features, "type": "FeatureCollection"})
        }),
        value(),
    ];
    fuzz(damaged(collection), |text| {
        let scanned = FeatureScan::new("f", text).and_then(|mut scan| {
            let mut n = 0;
            while scan.next_feature()?.is_some() {
                n += 1;
            }
            scan.finish().map(|()| n)
        });
        let at_once = FeatureReader::new("f", text).map(|reader| reader.len());
        match (&scanned, &at_once) {
            (Ok(a), Ok(b)) => assert_eq!(a, b),
            (Err(_), Err(_)) => {}
            _ => panic!("{text:?}: scan {scanned:?}, one scan {at_once:?}"),
        }
    });
}

#[test]
fn boundaries_never_panic() {
    let shape = (number(), number(), number(), number()).prop_map(|(a, b, c, d)| {
        json!({"type": "Polygon", "coordinates": [[[a, b], [c, b], [c, d], [a, d], [a, b]]]})
    });
    let boundary = (text(), prop_oneof![shape, value()]).prop_map(|(id, geometry)| {
        json!({"type": "Feature", "geometry": geometry, "properties": {"id": id, "name": "区"}})
    });
    let boundaries = prop::collection::vec(boundary, 0..6)
        .prop_map(|features| json!({"type": "FeatureCollection", "features": features}));
    fuzz(damaged(boundaries), |text| {
        let d = Dataset::assemble(manifest(), Ok(text.clone()), Ok(collection(&[])));
        assert!(d.boundaries.iter().all(|b| is_valid_id(&b.id)));
    });
}

#[test]
fn links_never_panic() {
    fuzz("\\PC{0,60}", |query| {
        let state = UrlState::parse(query);
        assert_eq!(UrlState::parse(&state.to_query()), state);
    });
}

#[test]
fn csv_cells_read_back_as_written() {
    let row = prop::array::uniform5("\\PC{0,16}");
    fuzz(prop::collection::vec(row, 0..6), |rows| {
        let text = export::table(&["a", "b", "c", "d", "e"], rows.iter().cloned());
        let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let back: Vec<Vec<String>> = reader
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect();
        assert_eq!(back.len(), rows.len());
        for (row, read) in rows.iter().zip(&back) {
            for (cell, read) in row.iter().zip(read) {
                // Cells a spreadsheet would run as formulas gain a leading apostrophe.
                assert!(
                    read == cell || *read == format!("'{cell}"),
                    "{cell:?} → {read:?}"
                );
            }
        }
    });
}
