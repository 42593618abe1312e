//! `mapdata boundaries`: re-keys a district file (DataV.GeoAtlas style, with
//! `adcode` properties) into the app's boundary format and simplifies it
//! without opening gaps between neighbours.

use geo::{CoordsIter, MapCoords, MultiPolygon};
use geojson::{Feature, FeatureCollection, GeoJson, Geometry, JsonObject, JsonValue};
use serde::Deserialize;

use crate::round6;
use imap_core::geometry::shared_simplify::simplify_shared;

/// One row of the keys file: how a source feature (by `adcode`) is named here.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Key {
    pub adcode: String,
    pub id: String,
    pub name: String,
    pub name_en: String,
    pub role: String,
}

pub fn read_keys(csv_text: &str) -> Result<Vec<Key>, String> {
    csv::Reader::from_reader(csv_text.as_bytes())
        .deserialize()
        .collect::<Result<Vec<Key>, _>>()
        .map_err(|e| format!("keys file: {e}"))
}

/// About 30 m: under a pixel when the whole of Jianghai fills a phone screen.
pub const DEFAULT_TOLERANCE: f64 = 0.0003;

pub const DEFAULT_ATTRIBUTION: &str = "数据来源：DataV.GeoAtlas / 高德开放平台；边界仅为示意 (Source: DataV.GeoAtlas / Amap; boundaries illustrative)";

pub struct Output {
    pub geojson: String,
    pub vertices_before: usize,
    pub vertices_after: usize,
}

/// `tolerance` is in degrees (1e-4° ≈ 11 m); `attribution` is stored in the output.
pub fn convert(
    source: &str,
    keys: &[Key],
    tolerance: f64,
    attribution: &str,
) -> Result<Output, String> {
    let collection: FeatureCollection = source
        .parse::<GeoJson>()
        .map_err(|e| format!("source: {e}"))
        .and_then(|g| FeatureCollection::try_from(g).map_err(|e| format!("source: {e}")))?;

    let mut shapes = Vec::new();
    let mut rows = Vec::new();
    for feature in &collection.features {
        let adcode = match feature.property("adcode") {
            Some(JsonValue::String(s)) => s.clone(),
            Some(JsonValue::Number(n)) => n.to_string(),
            _ => return Err("source: a feature has no adcode".into()),
        };
        let Some(key) = keys.iter().find(|k| k.adcode == adcode) else {
            return Err(format!("keys file has no row for adcode {adcode}"));
        };
        let geometry = feature
            .geometry
            .as_ref()
            .ok_or_else(|| format!("source: adcode {adcode} has no geometry"))?;
        let shape: MultiPolygon<f64> = match geo::Geometry::<f64>::try_from(geometry.clone()) {
            Ok(geo::Geometry::MultiPolygon(m)) => m,
            Ok(geo::Geometry::Polygon(p)) => MultiPolygon(vec![p]),
            _ => return Err(format!("source: adcode {adcode} is not a polygon")),
        };
        shapes.push(shape);
        rows.push(key);
    }
    if let Some(missing) = keys
        .iter()
        .find(|k| !rows.iter().any(|r| r.adcode == k.adcode))
    {
        return Err(format!(
            "source has no feature with adcode {}",
            missing.adcode
        ));
    }

    let vertices_before = shapes.iter().map(|s| s.coords_count()).sum();
    let simplified = simplify_shared(&shapes, tolerance);
    let vertices_after = simplified.iter().map(|s| s.coords_count()).sum();

    let features = simplified
        .iter()
        .zip(&rows)
        .map(|(shape, key)| {
            let rounded = shape.map_coords(|c| geo::coord! { x: round6(c.x), y: round6(c.y) });
            let mut properties = JsonObject::new();
            properties.insert("id".into(), key.id.clone().into());
            properties.insert("name".into(), key.name.clone().into());
            properties.insert("name_en".into(), key.name_en.clone().into());
            properties.insert("role".into(), key.role.clone().into());
            properties.insert("adcode".into(), key.adcode.clone().into());
            Feature {
                geometry: Some(Geometry::from(&rounded)),
                properties: Some(properties),
                ..Default::default()
            }
        })
        .collect();
    let mut foreign = JsonObject::new();
    foreign.insert("attribution".into(), attribution.into());
    foreign.insert(
        "generator".into(),
        format!("mapdata boundaries, shared-edge simplification, tolerance {tolerance}°").into(),
    );
    let out = FeatureCollection {
        bbox: None,
        features,
        foreign_members: Some(foreign),
    };
    Ok(Output {
        geojson: GeoJson::from(out).to_string(),
        vertices_before,
        vertices_after,
    })
}
