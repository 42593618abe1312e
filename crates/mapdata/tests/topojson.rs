//! `mapdata topojson`: features picked from a TopoJSON object by id.

use imap_core::lang::Lang;
use imap_core::tool::reference::ReferenceFault;
use imap_i18n::ToolTexts;
use mapdata::context::extract_topojson;

/// One unit square as a shared arc, used by two polygons with ids.
const TOPOLOGY: &str = r#"{"type":"Topology",
  "arcs":[[[113.5,22.1],[113.6,22.1],[113.6,22.2],[113.5,22.2],[113.5,22.1]]],
  "objects":{"countries":{"type":"GeometryCollection","geometries":[
    {"type":"Polygon","id":"446","arcs":[[0]],"properties":{"name":"Macao"}},
    {"type":"Polygon","id":"999","arcs":[[0]],"properties":{"name":"Elsewhere"}}]}}}"#;

#[test]
fn picks_the_listed_ids_with_their_outlines() {
    let out = extract_topojson(TOPOLOGY, "countries", &["446"]).unwrap();
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let features = json["features"].as_array().unwrap();
    assert_eq!(features.len(), 1);
    assert_eq!(features[0]["properties"]["ne_id"], "446");
    assert_eq!(features[0]["properties"]["name"], "Macao");
    let ring = &features[0]["geometry"]["coordinates"][0];
    assert_eq!(ring[0], serde_json::json!([113.5, 22.1]));
    assert_eq!(ring.as_array().unwrap().len(), 5);
}

#[test]
fn an_id_not_in_the_topology_is_an_error() {
    let error = extract_topojson(TOPOLOGY, "countries", &["446", "344"]).unwrap_err();
    assert_eq!(
        error,
        ReferenceFault::IdsMissing {
            object: "countries".into(),
            found: 1,
            wanted: 2
        }
    );
    assert_eq!(
        Lang::Zh.failure(&error.into()),
        "countries 中只找到 2 个编号中的 1 个"
    );
    assert!(extract_topojson(TOPOLOGY, "land", &["446"]).is_err());
}
