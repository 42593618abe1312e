//! What the boundary and context commands share: reading keys tables and
//! a feature's polygons, and writing polygons simplified together, with their
//! properties and the file's attribution.

use geo::{CoordsIter, MapCoords, MultiPolygon};
use geojson::{Feature, FeatureCollection, GeoJson, Geometry, JsonObject};

use crate::round6;
use imap_core::geo::datum;
use imap_core::geometry::shared_simplify::simplify_shared;
use imap_core::tool::reference::{Items, ReferenceFault, Simplified, Written};

/// A converted file and how much simplification took away.
pub struct Output {
    pub geojson: String,
    pub features: usize,
    pub vertices_before: usize,
    pub vertices_after: usize,
    /// The size of the source files read, to compare with `geojson`'s.
    pub bytes_before: usize,
}

impl Output {
    /// What was written to `path`, for the tool's report.
    pub fn written(&self, path: &str) -> Written {
        Written {
            path: path.to_string(),
            items: Items::Features(self.features),
            bytes: self.geojson.len(),
            simplified: Some(Simplified {
                vertices_before: self.vertices_before,
                vertices_after: self.vertices_after,
                bytes_before: self.bytes_before,
            }),
        }
    }
}

/// A shape drawn in GCJ-02 (Amap, Tencent, DataV) moved onto WGS84.
pub fn gcj02_to_wgs84(shape: MultiPolygon<f64>) -> MultiPolygon<f64> {
    shape.map_coords(|c| {
        let (x, y) = datum::gcj02_to_wgs84(c.x, c.y);
        geo::coord! { x: x, y: y }
    })
}

/// A keys table (CSV with a header row) as rows of `T`.
pub fn read_table<T: serde::de::DeserializeOwned>(
    csv_text: &str,
) -> Result<Vec<T>, ReferenceFault> {
    csv::Reader::from_reader(csv_text.as_bytes())
        .deserialize()
        .collect::<Result<Vec<T>, _>>()
        .map_err(|e| ReferenceFault::BadTable {
            detail: e.to_string(),
        })
}

/// A GeoJSON text as a FeatureCollection; `file` names it in the error.
pub fn feature_collection(file: &str, text: &str) -> Result<FeatureCollection, ReferenceFault> {
    text.parse::<GeoJson>()
        .and_then(FeatureCollection::try_from)
        .map_err(|e| ReferenceFault::NotGeoJson {
            file: file.to_string(),
            detail: e.to_string(),
        })
}

/// A feature's properties from (name, text) pairs.
pub fn properties(pairs: &[(&str, &str)]) -> JsonObject {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), (*v).into()))
        .collect()
}

/// The feature's polygons; `what` names it in the error.
pub fn multi_polygon(feature: &Feature, what: String) -> Result<MultiPolygon<f64>, ReferenceFault> {
    let Some(geometry) = feature.geometry.as_ref() else {
        return Err(ReferenceFault::NoGeometry { what });
    };
    match geo::Geometry::<f64>::try_from(geometry.clone()) {
        Ok(geo::Geometry::MultiPolygon(m)) => Ok(m),
        Ok(geo::Geometry::Polygon(p)) => Ok(MultiPolygon(vec![p])),
        _ => Err(ReferenceFault::NotPolygon { what }),
    }
}

/// `shapes` simplified together (no gaps open between neighbours), each
/// with its `properties`, as a FeatureCollection recording `attribution`
/// and how it was made (`generator`).
pub fn collection(
    shapes: &[MultiPolygon<f64>],
    bytes_before: usize,
    properties: Vec<JsonObject>,
    tolerance: f64,
    attribution: &str,
    generator: &str,
) -> Output {
    let vertices_before = shapes.iter().map(|s| s.coords_count()).sum();
    let simplified = simplify_shared(shapes, tolerance);
    let vertices_after = simplified.iter().map(|s| s.coords_count()).sum();
    let features: Vec<Feature> = simplified
        .iter()
        .zip(properties)
        .map(|(shape, properties)| {
            let rounded = shape.map_coords(|c| geo::coord! { x: round6(c.x), y: round6(c.y) });
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
        format!("{generator}, shared-edge simplification, tolerance {tolerance}°").into(),
    );
    Output {
        bytes_before,
        features: features.len(),
        geojson: GeoJson::from(FeatureCollection {
            bbox: None,
            features,
            foreign_members: Some(foreign),
        })
        .to_string(),
        vertices_before,
        vertices_after,
    }
}
