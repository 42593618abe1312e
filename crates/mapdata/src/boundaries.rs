//! `mapdata boundaries`: re-keys a district file (DataV.GeoAtlas style, with
//! `adcode` properties) into the app's boundary format and simplifies it
//! without opening gaps between neighbours.

use geojson::JsonValue;
use serde::Deserialize;

use crate::shapes::{self, Output, multi_polygon};
use imap_core::tool::reference::ReferenceFault;

/// One row of the keys file: how a source feature (by `adcode`) is named here.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Key {
    pub adcode: String,
    pub id: String,
    pub name: String,
    pub name_en: String,
    pub role: String,
}

/// About 30 m: under a pixel when the whole of Jianghai fills a phone screen.
pub const DEFAULT_TOLERANCE: f64 = 0.0003;

pub const DEFAULT_ATTRIBUTION: &str = "数据来源：DataV.GeoAtlas / 高德开放平台；边界仅为示意 (Source: DataV.GeoAtlas / Amap; boundaries illustrative)";

/// `tolerance` is in degrees (1e-4° ≈ 11 m); `attribution` is stored in the
/// output. `from_gcj02`: the source is drawn in GCJ-02 (Amap, DataV, many
/// land bureau exports) and is moved onto WGS84 first.
pub fn convert(
    source: &str,
    keys: &[Key],
    tolerance: f64,
    attribution: &str,
    from_gcj02: bool,
) -> Result<Output, ReferenceFault> {
    let collection = shapes::feature_collection("source", source)?;

    let mut shapes = Vec::new();
    let mut rows = Vec::new();
    for feature in &collection.features {
        let adcode = match feature.property("adcode") {
            Some(JsonValue::String(s)) => s.clone(),
            Some(JsonValue::Number(n)) => n.to_string(),
            _ => return Err(ReferenceFault::NoAdcode),
        };
        let Some(key) = keys.iter().find(|k| k.adcode == adcode) else {
            return Err(ReferenceFault::NoKeyFor { adcode });
        };
        let shape = multi_polygon(feature, format!("source: adcode {adcode}"))?;
        shapes.push(if from_gcj02 {
            shapes::gcj02_to_wgs84(shape)
        } else {
            shape
        });
        rows.push(key);
    }
    if let Some(missing) = keys
        .iter()
        .find(|k| !rows.iter().any(|r| r.adcode == k.adcode))
    {
        return Err(ReferenceFault::NoFeatureFor {
            adcode: missing.adcode.clone(),
        });
    }

    let properties = rows
        .iter()
        .map(|key| {
            shapes::properties(&[
                ("id", &key.id),
                ("name", &key.name),
                ("name_en", &key.name_en),
                ("role", &key.role),
                ("adcode", &key.adcode),
            ])
        })
        .collect();
    Ok(shapes::collection(
        &shapes,
        source.len(),
        properties,
        tolerance,
        attribution,
        if from_gcj02 {
            "mapdata boundaries, converted from GCJ-02 to WGS84"
        } else {
            "mapdata boundaries"
        },
    ))
}
