//! Reads a GeoJSON FeatureCollection one feature at a time, so that a bad
//! feature is reported and skipped while every good one still loads.
//!
//! Large files (100,000 projects) must load fast, so the collection is
//! split into raw feature texts in one scan, and each feature is read into
//! borrowed pieces: only the properties a layer asks for are decoded.

use std::borrow::Cow;
use std::collections::HashSet;

use geo::{Coord, LineString, MultiPolygon, Polygon};
use serde::Deserialize;

use super::problems::{
    FileError, FileErrorKind, JsonFault, JsonKind, Place, Problem, Reason, Severity,
};
use crate::json::{self, Raw};
use crate::model::rules::{is_hidden_format, is_valid_id, within_chars, without_bom};

#[derive(Deserialize)]
struct CollectionIn<'a> {
    #[serde(rename = "type", borrow)]
    kind: Option<Cow<'a, str>>,
    #[serde(borrow)]
    features: Option<Vec<Raw<'a>>>,
}

#[derive(Deserialize)]
struct FeatureIn<'a> {
    #[serde(rename = "type", borrow)]
    kind: Cow<'a, str>,
    #[serde(borrow, default)]
    geometry: Option<Raw<'a>>,
    #[serde(borrow, default)]
    properties: Option<Entries<'a>>,
}

/// An object's entries in order, values left raw: cheaper than a map for
/// the dozen properties of a feature.
struct Entries<'a>(Vec<(Cow<'a, str>, Raw<'a>)>);

impl<'de: 'a, 'a> Deserialize<'de> for Entries<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> serde::de::Visitor<'de> for Visit<'a> {
            type Value = Entries<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(
                self,
                mut map: M,
            ) -> Result<Entries<'a>, M::Error> {
                let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(12));
                while let Some(entry) = map.next_entry::<Cow<'a, str>, Raw<'a>>()? {
                    entries.push(entry);
                }
                Ok(Entries(entries))
            }
        }
        deserializer.deserialize_map(Visit(std::marker::PhantomData))
    }
}

/// One feature: its geometry (still raw) and its properties.
pub struct Feature<'a> {
    geometry: Option<Raw<'a>>,
    pub props: Properties<'a>,
}

#[derive(Deserialize)]
struct GeometryHead<'a> {
    #[serde(rename = "type", borrow)]
    kind: Cow<'a, str>,
    #[serde(borrow)]
    coordinates: Option<Raw<'a>>,
}

impl<'a> Feature<'a> {
    fn head(&self) -> Result<GeometryHead<'a>, Reason> {
        let raw = self.geometry.ok_or(Reason::MissingGeometry)?;
        json::from_str(raw.get()).map_err(|e| Reason::NotAFeature(e.fault))
    }

    /// The position of a Point feature.
    pub fn point(&self) -> Result<(f64, f64), Reason> {
        let head = self.head()?;
        if head.kind != "Point" {
            return Err(Reason::WrongGeometry {
                found: head.kind.into_owned(),
                expected: &["Point"],
            });
        }
        let coords: Vec<f64> = head
            .coordinates
            .and_then(|c| json::from_str(c.get()).ok())
            .ok_or(Reason::BadCoordinates)?;
        lon_lat(&coords)
    }

    /// A Polygon or MultiPolygon as geo's MultiPolygon, every position checked.
    pub fn multi_polygon(&self) -> Result<MultiPolygon<f64>, Reason> {
        let head = self.head()?;
        let coords = head
            .coordinates
            .map(Raw::get)
            .ok_or(Reason::BadCoordinates)?;
        let polygons: Vec<Rings> = match head.kind.as_ref() {
            "Polygon" => vec![json::from_str(coords).map_err(|_| Reason::BadCoordinates)?],
            "MultiPolygon" => json::from_str(coords).map_err(|_| Reason::BadCoordinates)?,
            other => {
                return Err(Reason::WrongGeometry {
                    found: other.to_string(),
                    expected: &["Polygon", "MultiPolygon"],
                });
            }
        };
        Ok(MultiPolygon(
            polygons.iter().map(polygon).collect::<Result<_, _>>()?,
        ))
    }

    pub fn geometry_type(&self) -> Result<Cow<'a, str>, Reason> {
        self.head().map(|h| h.kind)
    }
}

/// Reads the features of a collection in steps, so a caller can pause
/// between them (to show progress and keep a page responsive).
pub struct FeatureReader<'a> {
    file: &'a str,
    raws: Vec<Raw<'a>>,
    next: usize,
    seen: HashSet<String>,
}

impl<'a> FeatureReader<'a> {
    pub fn new(file: &'a str, text: &'a str) -> Result<FeatureReader<'a>, FileError> {
        let text = without_bom(text);
        let not_collection = || FileError::new(file, FileErrorKind::NotFeatureCollection);
        let top: CollectionIn = json::from_str(text).map_err(|e| match e.fault {
            JsonFault::Syntax(_) | JsonFault::TooDeep => FileError::from_json(file, text, &e),
            _ => not_collection(),
        })?;
        if top.kind.as_deref() != Some("FeatureCollection") {
            return Err(not_collection());
        }
        Ok(FeatureReader {
            file,
            raws: top.features.ok_or_else(not_collection)?,
            next: 0,
            seen: HashSet::new(),
        })
    }

    /// A reader of features found later (`FeatureScan`), given with `extend`.
    pub fn streaming(file: &'a str) -> FeatureReader<'a> {
        FeatureReader {
            file,
            raws: Vec::new(),
            next: 0,
            seen: HashSet::new(),
        }
    }

    pub fn extend(&mut self, raws: impl IntoIterator<Item = Raw<'a>>) {
        self.raws.extend(raws);
    }

    pub fn len(&self) -> usize {
        self.raws.len()
    }

    pub fn is_empty(&self) -> bool {
        self.raws.is_empty()
    }

    /// How many features have been read so far.
    pub fn position(&self) -> usize {
        self.next
    }

    pub fn is_done(&self) -> bool {
        self.next >= self.raws.len()
    }

    /// Reads up to `max` more features with `build`, which turns one feature
    /// (its id already checked) into an item or a reason to skip it, pushing
    /// warnings about fields it had to drop.
    pub fn read<T>(
        &mut self,
        max: usize,
        problems: &mut Vec<Problem>,
        mut build: impl FnMut(&Feature, String, &mut Vec<Reason>) -> Result<T, Reason>,
    ) -> Vec<T> {
        let end = self.next.saturating_add(max).min(self.raws.len());
        let mut out = Vec::with_capacity(end - self.next);
        for index in self.next..end {
            let raw = self.raws[index].get();
            let report = |problems: &mut Vec<Problem>, id: Option<&str>, severity, reason| {
                problems.push(Problem {
                    file: self.file.to_string(),
                    place: Place::Feature(index),
                    feature_id: id.map(str::to_string),
                    severity,
                    reason,
                })
            };
            let feature = match json::from_str::<FeatureIn>(raw) {
                Ok(f) if f.kind == "Feature" => f,
                Ok(f) => {
                    let reason = Reason::NotFeatureType(f.kind.to_string());
                    report(problems, id_of(raw).as_deref(), Severity::Skipped, reason);
                    continue;
                }
                Err(e) => {
                    report(
                        problems,
                        id_of(raw).as_deref(),
                        Severity::Skipped,
                        Reason::NotAFeature(e.fault),
                    );
                    continue;
                }
            };
            let feature = Feature {
                geometry: feature.geometry.filter(|g| !g.is_null()),
                props: Properties(feature.properties.map(|e| e.0).unwrap_or_default()),
            };
            let id = match feature.props.required_text("id") {
                Ok(id) if !is_valid_id(&id) => {
                    report(
                        problems,
                        None,
                        Severity::Skipped,
                        Reason::InvalidId(id.into_owned()),
                    );
                    continue;
                }
                Ok(id) if !self.seen.contains(id.as_ref()) => id.into_owned(),
                Ok(id) => {
                    report(problems, Some(&id), Severity::Skipped, Reason::DuplicateId);
                    continue;
                }
                Err(reason) => {
                    report(problems, None, Severity::Skipped, reason);
                    continue;
                }
            };
            let mut warnings = Vec::new();
            match build(&feature, id.clone(), &mut warnings) {
                Ok(item) => {
                    for reason in warnings {
                        report(problems, Some(&id), Severity::Warning, reason);
                    }
                    self.seen.insert(id);
                    out.push(item);
                }
                Err(reason) => report(problems, Some(&id), Severity::Skipped, reason),
            }
        }
        self.next = end;
        out
    }
}

/// The id of a feature that could not be read, for the problem report.
fn id_of(raw: &str) -> Option<String> {
    let id = member(member(raw, "properties")?.get(), "id")?;
    json::from_str(id.get()).ok()
}

/// An object's member, the last of that name as JSON readers take it;
/// `None` when `raw` is no object.
fn member<'a>(raw: &'a str, key: &str) -> Option<Raw<'a>> {
    let Entries(entries) = json::from_str(raw).ok()?;
    entries
        .into_iter()
        .rev()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
}

/// Reads every feature of a collection with `build` (see `FeatureReader::read`).
pub fn parse_features<T>(
    file: &str,
    text: &str,
    problems: &mut Vec<Problem>,
    build: impl FnMut(&Feature, String, &mut Vec<Reason>) -> Result<T, Reason>,
) -> Result<Vec<T>, FileError> {
    let mut reader = FeatureReader::new(file, text)?;
    Ok(reader.read(usize::MAX, problems, build))
}

/// Typed access to a feature's `properties`; values are decoded on demand.
pub struct Properties<'a>(Vec<(Cow<'a, str>, Raw<'a>)>);

impl<'a> Properties<'a> {
    fn get(&self, key: &str) -> Option<Raw<'a>> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| *v)
            .filter(|v| !v.is_null())
    }

    /// An optional text; blank counts as absent.
    pub fn text(&self, key: &'static str) -> Result<Option<Cow<'a, str>>, Reason> {
        let Some(raw) = self.get(key) else {
            return Ok(None);
        };
        let text: Cow<'a, str> = json::from_str(raw.get()).map_err(|_| Reason::WrongType {
            property: key,
            expected: JsonKind::Text,
        })?;
        Ok(Some(text).filter(|t| !t.trim().is_empty()))
    }

    pub fn required_text(&self, key: &'static str) -> Result<Cow<'a, str>, Reason> {
        self.text(key)?.ok_or(Reason::MissingProperty(key))
    }

    pub fn owned_text(&self, key: &'static str) -> Result<Option<String>, Reason> {
        self.text(key).map(|t| t.map(Cow::into_owned))
    }

    /// A text shown to visitors: cut to `max_chars` with "…", and a warning,
    /// when longer. A megabyte-long name would slow every row, label and
    /// detail that shows it.
    pub fn shown_text(
        &self,
        key: &'static str,
        max_chars: usize,
        warnings: &mut Vec<Reason>,
    ) -> Result<Option<String>, Reason> {
        Ok(self.owned_text(key)?.map(|text| {
            let (text, was_cut) = within_chars(text, max_chars);
            if was_cut {
                warnings.push(Reason::TooLong {
                    property: key,
                    max_chars,
                });
            }
            text
        }))
    }

    pub fn required_shown_text(
        &self,
        key: &'static str,
        max_chars: usize,
        warnings: &mut Vec<Reason>,
    ) -> Result<String, Reason> {
        self.shown_text(key, max_chars, warnings)?
            .ok_or(Reason::MissingProperty(key))
    }

    /// An optional JSON object read as `T` (a project's `contact`).
    pub fn object<T: serde::de::DeserializeOwned>(
        &self,
        key: &'static str,
    ) -> Result<Option<T>, Reason> {
        let Some(raw) = self.get(key) else {
            return Ok(None);
        };
        json::from_str(raw.get())
            .map(Some)
            .map_err(|_| Reason::WrongType {
                property: key,
                expected: JsonKind::Object,
            })
    }

    /// An optional number that must be finite and not negative.
    pub fn amount(&self, key: &'static str) -> Result<Option<f64>, Reason> {
        let Some(raw) = self.get(key) else {
            return Ok(None);
        };
        // A JSON number's text rounded correctly: 0.125 in the file is
        // 0.125 in a link and an export. Only numbers get here; a quoted
        // "5" does not parse.
        match crate::decimal::parse(raw.get()) {
            Some(n) if n < 0.0 => Err(Reason::Negative(key)),
            Some(n) if n.is_finite() => Ok(Some(n)),
            // A number too large for a float (1e309) reads as infinity.
            Some(_) => Err(Reason::TooLarge {
                property: key,
                max: None,
            }),
            None => Err(Reason::WrongType {
                property: key,
                expected: JsonKind::Number,
            }),
        }
    }
}

/// Longitude and latitude of a position, checked for shape and range.
pub fn lon_lat(position: &[f64]) -> Result<(f64, f64), Reason> {
    if position.len() < 2 || !position[0].is_finite() || !position[1].is_finite() {
        return Err(Reason::BadCoordinates);
    }
    let (lon, lat) = (position[0], position[1]);
    if !(-180.0..=180.0).contains(&lon) || !(-90.0..=90.0).contains(&lat) {
        return Err(Reason::CoordinateOutOfRange);
    }
    Ok((lon, lat))
}

/// A polygon's rings as GeoJSON writes them: lists of [lon, lat] positions.
type Rings = Vec<Vec<Vec<f64>>>;

fn polygon(rings: &Rings) -> Result<Polygon<f64>, Reason> {
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
        if is_web_link(&u) {
            Some(u.trim().to_string())
        } else {
            warnings.push(Reason::UnsafeUrl(u.into_owned()));
            None
        }
    }))
}

/// Only absolute http(s) links with a host and no whitespace, control or
/// hidden format characters (`https://ok.example/\u{202E}gnp.exe` shows as
/// `…/exe.png`) become clickable: anything else (javascript:, data:, …) is
/// dropped.
pub fn is_web_link(s: &str) -> bool {
    let s = s.trim();
    let lower = s.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(rest) => {
            let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
            host_end > 0
                && !s
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || is_hidden_format(c))
        }
        None => false,
    }
}
