//! Small builders shared by the native tests.
// Each test binary uses a part of them.
#![allow(dead_code)]

use imap_core::model::dataset::Dataset;
use imap_core::model::filter::{Filters, Matcher};
use imap_core::model::manifest::Manifest;

pub const MANIFEST: &str = r##"{
  "version": 1,
  "title": {"zh": "测试", "en": "Test"},
  "boundaries": "b.geojson",
  "projects": "p.geojson",
  "industries": [
    {"id": "electronic_info", "zh": "电子信息", "en": "Electronic information", "color": "#009E73"},
    {"id": "new_materials", "zh": "新材料", "en": "New materials", "color": "#E69F00"}
  ],
  "statuses": [
    {"id": "groundbreaking", "zh": "动工", "en": "Under construction"},
    {"id": "production", "zh": "投产", "en": "In production"}
  ]
}"##;

/// A file of the repository, by its path from the workspace root (tests run
/// in the crate's own folder).
pub fn repo_file(path: &str) -> String {
    let full = format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

pub fn manifest() -> Manifest {
    Manifest::parse("map.json", MANIFEST).expect("test manifest parses")
}

/// A Point feature with the given properties (a JSON object's inside).
pub fn point(lon: f64, lat: f64, props: &str) -> String {
    format!(
        r#"{{"type":"Feature","geometry":{{"type":"Point","coordinates":[{lon},{lat}]}},"properties":{{{props}}}}}"#
    )
}

/// The test manifest over `two_squares`, with one plain project (a new
/// material in production) at each `(id, lon, lat)`.
pub fn projects_at(places: &[(&str, f64, f64)]) -> Dataset {
    let features: Vec<String> = places
        .iter()
        .map(|(id, lon, lat)| {
            point(
                *lon,
                *lat,
                &format!(
                    r#""id":"{id}","name":"{id}","industry":"new_materials","status":"production""#
                ),
            )
        })
        .collect();
    Dataset::assemble(manifest(), Ok(two_squares()), Ok(collection(&features)))
}

pub fn collection(features: &[String]) -> String {
    format!(
        r#"{{"type":"FeatureCollection","features":[{}]}}"#,
        features.join(",")
    )
}

/// Two unit squares side by side: "west" [0,1]×[0,1] and "east" [1,2]×[0,1].
pub fn two_squares() -> String {
    collection(&[
        r#"{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]},"properties":{"id":"west","name":"西区","role":"focus"}}"#.to_string(),
        r#"{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[1,0],[2,0],[2,1],[1,1],[1,0]]]},"properties":{"id":"east","name":"东区","role":"context"}}"#.to_string(),
    ])
}

/// The ids of `d`'s projects that `f` lets through, in file order.
pub fn ids(d: &Dataset, f: &Filters) -> Vec<String> {
    let m = Matcher::new(f, d);
    d.projects
        .iter()
        .filter(|p| m.matches(p))
        .map(|p| p.id.clone())
        .collect()
}
