//! Boundary features: the districts drawn as the map's base.

use geo::{Coord, LineString, MultiPolygon, Polygon};
use geojson::{GeometryValue, PolygonType};

use super::feature_collection::{self as fc, Properties};
use super::problems::{FileError, Problem, Reason};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The zone itself: highlighted, and the initial view fits it.
    Focus,
    /// Neighbours, drawn muted.
    Context,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Boundary {
    pub id: String,
    pub name: String,
    pub name_en: Option<String>,
    pub role: Role,
    pub shape: MultiPolygon<f64>,
}

pub fn parse(
    file: &str,
    text: &str,
    problems: &mut Vec<Problem>,
) -> Result<Vec<Boundary>, FileError> {
    fc::parse_features(file, text, problems, build)
}

fn build(
    feature: &geojson::Feature,
    props: &Properties,
    id: String,
    warnings: &mut Vec<Reason>,
) -> Result<Boundary, Reason> {
    let shape = match fc::geometry(feature)? {
        GeometryValue::Polygon { coordinates } => MultiPolygon(vec![polygon(coordinates)?]),
        GeometryValue::MultiPolygon { coordinates } => MultiPolygon(
            coordinates
                .iter()
                .map(polygon)
                .collect::<Result<Vec<_>, _>>()?,
        ),
        other => return Err(fc::wrong_geometry(other, "Polygon or MultiPolygon")),
    };
    let name = props.required_text("name")?.to_string();
    let name_en = props.text("name_en")?.map(str::to_string);
    let role = match props.text("role")? {
        None | Some("focus") => Role::Focus,
        Some("context") => Role::Context,
        Some(other) => {
            warnings.push(Reason::UnknownRole(other.to_string()));
            Role::Focus
        }
    };
    Ok(Boundary {
        id,
        name,
        name_en,
        role,
        shape,
    })
}

fn polygon(rings: &PolygonType) -> Result<Polygon<f64>, Reason> {
    let mut rings = rings.iter().map(|ring| {
        let coords = ring
            .iter()
            .map(|p| fc::lon_lat(p).map(|(x, y)| Coord { x, y }))
            .collect::<Result<Vec<_>, _>>()?;
        if coords.len() < 4 {
            return Err(Reason::BadCoordinates);
        }
        Ok(LineString(coords))
    });
    let exterior = rings.next().ok_or(Reason::BadCoordinates)??;
    let interiors = rings.collect::<Result<Vec<_>, _>>()?;
    Ok(Polygon::new(exterior, interiors))
}
