//! `mapdata context`: the wider region drawn around the districts (the
//! manifest's `context`, data-format.md). A keys table picks each feature
//! from a reference file by one property, names it and records its source;
//! the tool converts it to WGS84 and simplifies all of them together.

use std::collections::HashMap;

use geojson::{Feature, FeatureCollection, GeoJson, JsonValue};
use serde::Deserialize;

use crate::shapes::{self, Output, multi_polygon};
use imap_core::geo::datum::Datum;
use imap_core::tool::failure::Failure;
use imap_core::tool::reference::ReferenceFault;

/// One row of the keys table: which feature, from which file in which datum,
/// and how it is named and credited here.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Row {
    pub file: String,
    /// `WGS84` or `GCJ-02`.
    pub datum: String,
    /// `property=value`, e.g. `adcode=440100`.
    pub pick: String,
    pub id: String,
    pub name: String,
    pub name_en: String,
    pub source: String,
}

/// About 500 m: the context is seen zoomed out (at zoom 9 a pixel is 280 m).
pub const DEFAULT_TOLERANCE: f64 = 0.005;

pub const DEFAULT_ATTRIBUTION: &str = "数据来源：DataV.GeoAtlas / 高德开放平台；香港、澳门：Natural Earth；边界仅为示意 (Sources: DataV.GeoAtlas / Amap; Hong Kong and Macau: Natural Earth; boundaries illustrative)";

/// `read` returns a file's text by the path the table gives.
pub fn convert(
    rows: &[Row],
    read: impl Fn(&str) -> Result<String, Failure>,
    tolerance: f64,
    attribution: &str,
) -> Result<Output, Failure> {
    let mut files: HashMap<&str, FeatureCollection> = HashMap::new();
    let mut shapes = Vec::new();
    let mut bytes_before = 0;
    for row in rows {
        let datum = Datum::parse(&row.datum).ok_or_else(|| ReferenceFault::UnknownDatum {
            id: row.id.clone(),
            datum: row.datum.clone(),
        })?;
        let (property, value) =
            row.pick
                .split_once('=')
                .ok_or_else(|| ReferenceFault::BadPick {
                    id: row.id.clone(),
                    pick: row.pick.clone(),
                })?;
        if !files.contains_key(row.file.as_str()) {
            let text = read(&row.file)?;
            bytes_before += text.len();
            let collection = shapes::feature_collection(&row.file, &text)?;
            files.insert(&row.file, collection);
        }
        let feature = files[row.file.as_str()]
            .features
            .iter()
            .find(|f| property_text(f, property).as_deref() == Some(value))
            .ok_or_else(|| ReferenceFault::NoMatch {
                file: row.file.clone(),
                property: property.to_string(),
                value: value.to_string(),
            })?;
        let shape = multi_polygon(feature, format!("{}: {}", row.file, row.pick))?;
        shapes.push(match datum {
            Datum::Wgs84 => shape,
            Datum::Gcj02 => shapes::gcj02_to_wgs84(shape),
        });
    }

    let properties = rows
        .iter()
        .map(|row| {
            shapes::properties(&[
                ("id", &row.id),
                ("name", &row.name),
                ("name_en", &row.name_en),
                ("source", &row.source),
            ])
        })
        .collect();
    Ok(shapes::collection(
        &shapes,
        bytes_before,
        properties,
        tolerance,
        attribution,
        "mapdata context, converted to WGS84",
    ))
}

/// A property as text (DataV's adcodes are numbers in some files).
fn property_text(feature: &Feature, name: &str) -> Option<String> {
    match feature.property(name)? {
        JsonValue::String(s) => Some(s.clone()),
        JsonValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// `mapdata topojson`: the features of a TopoJSON object (Natural Earth's
/// `countries` in world-atlas, say) whose ids are listed, as GeoJSON with
/// the id kept as the `ne_id` property.
pub fn extract_topojson(
    topology: &str,
    object: &str,
    ids: &[&str],
) -> Result<String, ReferenceFault> {
    let not_geojson = |file: &str, detail: String| ReferenceFault::NotGeoJson {
        file: file.to_string(),
        detail,
    };
    let topology: topojson::Topology =
        serde_json::from_str(topology).map_err(|e| not_geojson("topology", e.to_string()))?;
    // topojson speaks an older geojson: pass through text to this one.
    let older =
        topojson::to_geojson(&topology, object).map_err(|e| not_geojson(object, e.to_string()))?;
    let collection = shapes::feature_collection(object, &older.to_string())?;
    let mut kept = Vec::new();
    for mut feature in collection.features {
        let id = match &feature.id {
            Some(geojson::feature::Id::String(s)) => s.clone(),
            Some(geojson::feature::Id::Number(n)) => n.to_string(),
            None => continue,
        };
        if ids.contains(&id.as_str()) {
            feature.set_property("ne_id", id);
            feature.id = None;
            kept.push(feature);
        }
    }
    if kept.len() != ids.len() {
        return Err(ReferenceFault::IdsMissing {
            object: object.to_string(),
            found: kept.len(),
            wanted: ids.len(),
        });
    }
    Ok(GeoJson::from(FeatureCollection {
        bbox: None,
        features: kept,
        foreign_members: None,
    })
    .to_string())
}
