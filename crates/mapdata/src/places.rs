//! `mapdata places`: a table of places (CSV: id, name, name_en, kind, lon,
//! lat, source) as the places GeoJSON of data-format.md, checked by the
//! app's own rules before it is written.

use geojson::{Feature, FeatureCollection, GeoJson, Geometry, JsonObject};
use serde::Deserialize;

use crate::round6;
use imap_core::model::place;
use imap_core::tool::reference::ReferenceFault;

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Row {
    pub id: String,
    pub name: String,
    pub name_en: String,
    pub kind: String,
    pub lon: f64,
    pub lat: f64,
    pub source: String,
}

pub fn convert(rows: &[Row], attribution: &str) -> Result<String, ReferenceFault> {
    let features = rows
        .iter()
        .map(|row| {
            let properties = crate::shapes::properties(&[
                ("id", &row.id),
                ("name", &row.name),
                ("name_en", &row.name_en),
                ("kind", &row.kind),
                ("source", &row.source),
            ]);
            Feature {
                geometry: Some(Geometry::from(&geo::Point::new(
                    round6(row.lon),
                    round6(row.lat),
                ))),
                properties: Some(properties),
                ..Default::default()
            }
        })
        .collect();
    let mut foreign = JsonObject::new();
    foreign.insert("attribution".into(), attribution.into());
    let text = GeoJson::from(FeatureCollection {
        bbox: None,
        features,
        foreign_members: Some(foreign),
    })
    .to_string();
    let checked = place::load("places", Ok(text.clone()));
    match checked.problems.first() {
        Some(problem) => Err(ReferenceFault::PlaceRefused {
            id: problem.feature_id.clone(),
            reason: problem.reason.clone(),
        }),
        None => Ok(text),
    }
}

pub const DEFAULT_ATTRIBUTION: &str = "机场：airportsdata（OurAirports）；城市中心：GeoNames (CC BY 4.0) (Airports: airportsdata / OurAirports; city centres: GeoNames, CC BY 4.0)";
