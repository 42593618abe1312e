//! Reads a GeoJSON FeatureCollection one feature at a time, so that a bad
//! feature is reported and skipped while every good one still loads.

use geo::{Coord, LineString, MultiPolygon, Polygon};
use geojson::{Feature, GeometryValue, JsonObject, JsonValue, PolygonType, Position};

use super::problems::{FileError, FileErrorKind, Problem, Reason, Severity};

/// Features that parsed as GeoJSON, with their index in the file.
fn read(
    file: &str,
    text: &str,
    problems: &mut Vec<Problem>,
) -> Result<Vec<(usize, Feature)>, FileError> {
    let value: JsonValue =
        serde_json::from_str(text).map_err(|e| FileError::from_json(file, &e))?;
    let JsonValue::Object(mut top) = value else {
        return Err(FileError::new(file, FileErrorKind::NotFeatureCollection));
    };
    if top.get("type").and_then(JsonValue::as_str) != Some("FeatureCollection") {
        return Err(FileError::new(file, FileErrorKind::NotFeatureCollection));
    }
    let Some(JsonValue::Array(features)) = top.remove("features") else {
        return Err(FileError::new(file, FileErrorKind::NotFeatureCollection));
    };
    let mut out = Vec::with_capacity(features.len());
    for (index, value) in features.into_iter().enumerate() {
        let id = value
            .pointer("/properties/id")
            .and_then(JsonValue::as_str)
            .map(str::to_string);
        match serde_json::from_value::<Feature>(value) {
            Ok(feature) => out.push((index, feature)),
            Err(e) => problems.push(Problem {
                file: file.to_string(),
                index,
                feature_id: id,
                severity: Severity::Skipped,
                reason: Reason::NotAFeature(e.to_string()),
            }),
        }
    }
    Ok(out)
}

/// Reads every feature of a collection with `build`, which turns one
/// feature (with its id already checked) into an item or a reason to skip
/// it, pushing warnings about fields it had to drop. Bad features become
/// problems; the good ones are returned in file order.
pub fn parse_features<T>(
    file: &str,
    text: &str,
    problems: &mut Vec<Problem>,
    mut build: impl FnMut(&Feature, &Properties, String, &mut Vec<Reason>) -> Result<T, Reason>,
) -> Result<Vec<T>, FileError> {
    let features = read(file, text, problems)?;
    let mut checker = Checker::new(file, problems);
    let mut out = Vec::with_capacity(features.len());
    for (index, feature) in features {
        let props = Properties::of(&feature);
        let Some(id) = checker.id(index, &props) else {
            continue;
        };
        let mut warnings = Vec::new();
        let built = build(&feature, &props, id.clone(), &mut warnings);
        out.extend(checker.settle(index, id, built, warnings));
    }
    Ok(out)
}

/// Typed access to a feature's `properties`, with wrong types as reasons.
pub struct Properties<'a>(Option<&'a JsonObject>);

impl<'a> Properties<'a> {
    pub fn of(feature: &'a Feature) -> Self {
        Properties(feature.properties.as_ref())
    }

    fn get(&self, key: &str) -> Option<&'a JsonValue> {
        self.0.and_then(|p| p.get(key)).filter(|v| !v.is_null())
    }

    /// An optional text; blank counts as absent.
    pub fn text(&self, key: &'static str) -> Result<Option<&'a str>, Reason> {
        match self.get(key) {
            None => Ok(None),
            Some(JsonValue::String(s)) if s.trim().is_empty() => Ok(None),
            Some(JsonValue::String(s)) => Ok(Some(s.as_str())),
            Some(_) => Err(Reason::WrongType {
                property: key,
                expected: "string",
            }),
        }
    }

    pub fn required_text(&self, key: &'static str) -> Result<&'a str, Reason> {
        self.text(key)?.ok_or(Reason::MissingProperty(key))
    }

    /// An optional number that must be finite and not negative.
    pub fn amount(&self, key: &'static str) -> Result<Option<f64>, Reason> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => match v.as_f64() {
                Some(n) if n < 0.0 => Err(Reason::Negative(key)),
                Some(n) if n.is_finite() => Ok(Some(n)),
                _ => Err(Reason::WrongType {
                    property: key,
                    expected: "number",
                }),
            },
        }
    }
}

/// Longitude and latitude of a position, checked for shape and range.
pub fn lon_lat(position: &Position) -> Result<(f64, f64), Reason> {
    let s = position.as_slice();
    if s.len() < 2 || !s[0].is_finite() || !s[1].is_finite() {
        return Err(Reason::BadCoordinates);
    }
    let (lon, lat) = (s[0], s[1]);
    if !(-180.0..=180.0).contains(&lon) || !(-90.0..=90.0).contains(&lat) {
        return Err(Reason::CoordinateOutOfRange);
    }
    Ok((lon, lat))
}

pub fn geometry(feature: &Feature) -> Result<&GeometryValue, Reason> {
    feature
        .geometry
        .as_ref()
        .map(|g| &g.value)
        .ok_or(Reason::MissingGeometry)
}

/// A Polygon or MultiPolygon as geo's MultiPolygon, every position checked.
pub fn multi_polygon(geometry: &GeometryValue) -> Result<MultiPolygon<f64>, Reason> {
    match geometry {
        GeometryValue::Polygon { coordinates } => Ok(MultiPolygon(vec![polygon(coordinates)?])),
        GeometryValue::MultiPolygon { coordinates } => Ok(MultiPolygon(
            coordinates
                .iter()
                .map(polygon)
                .collect::<Result<Vec<_>, _>>()?,
        )),
        other => Err(wrong_geometry(other, "Polygon or MultiPolygon")),
    }
}

fn polygon(rings: &PolygonType) -> Result<Polygon<f64>, Reason> {
    let mut rings = rings.iter().map(|ring| {
        let coords = ring
            .iter()
            .map(|p| lon_lat(p).map(|(x, y)| Coord { x, y }))
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

/// The optional `url` property when it is a safe web link; anything else is
/// dropped with a warning.
pub fn web_link(props: &Properties, warnings: &mut Vec<Reason>) -> Result<Option<String>, Reason> {
    Ok(props.text("url")?.and_then(|u| {
        if is_web_link(u) {
            Some(u.trim().to_string())
        } else {
            warnings.push(Reason::UnsafeUrl(u.to_string()));
            None
        }
    }))
}

/// Only absolute http(s) links with a host and no whitespace or control
/// characters become clickable: anything else (javascript:, data:, …) is dropped.
pub fn is_web_link(s: &str) -> bool {
    let s = s.trim();
    let lower = s.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(rest) => {
            let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
            host_end > 0 && !s.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    }
}

pub fn wrong_geometry(found: &GeometryValue, expected: &'static str) -> Reason {
    Reason::WrongGeometry {
        found: found.type_name().to_string(),
        expected,
    }
}

/// Collects problems of one file; ids seen so far catch duplicates.
struct Checker<'a> {
    file: &'a str,
    problems: &'a mut Vec<Problem>,
    seen: std::collections::HashSet<String>,
}

impl<'a> Checker<'a> {
    fn new(file: &'a str, problems: &'a mut Vec<Problem>) -> Self {
        Checker {
            file,
            problems,
            seen: Default::default(),
        }
    }

    fn report(&mut self, index: usize, id: Option<&str>, severity: Severity, reason: Reason) {
        self.problems.push(Problem {
            file: self.file.to_string(),
            index,
            feature_id: id.map(str::to_string),
            severity,
            reason,
        });
    }

    /// The feature's id when present, a string, and not taken by an earlier
    /// feature that loaded; otherwise the feature is reported as skipped.
    fn id(&mut self, index: usize, props: &Properties) -> Option<String> {
        match props.required_text("id") {
            Ok(id) if !self.seen.contains(id) => Some(id.to_string()),
            Ok(id) => {
                self.report(index, Some(id), Severity::Skipped, Reason::DuplicateId);
                None
            }
            Err(reason) => {
                self.report(index, None, Severity::Skipped, reason);
                None
            }
        }
    }

    /// Records a loaded feature with its warnings, or reports why it was skipped.
    fn settle<T>(
        &mut self,
        index: usize,
        id: String,
        built: Result<T, Reason>,
        warnings: Vec<Reason>,
    ) -> Option<T> {
        match built {
            Ok(item) => {
                for reason in warnings {
                    self.report(index, Some(&id), Severity::Warning, reason);
                }
                self.seen.insert(id);
                Some(item)
            }
            Err(reason) => {
                self.report(index, Some(&id), Severity::Skipped, reason);
                None
            }
        }
    }
}
