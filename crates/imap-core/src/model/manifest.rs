//! The manifest (`map.json`): titles, categories and the paths of the other files.

use serde::Deserialize;

use super::contact::{About, Contact};
use crate::geometry::datum::Datum;

use super::problems::{FileError, FileErrorKind};
use crate::lang::Lang;
use crate::model::rules::{ID_MAX_CHARS, is_valid_id, without_bom};

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Localized {
    pub zh: String,
    #[serde(default)]
    pub en: Option<String>,
}

impl Localized {
    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.zh, self.en.as_deref())
    }
}

/// An industry or a status: an id with labels (and, for industries, a colour).
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Category {
    pub id: String,
    pub zh: String,
    #[serde(default)]
    pub en: Option<String>,
    #[serde(default)]
    pub color: Option<String>,
}

impl Category {
    pub fn label(&self, lang: Lang) -> &str {
        lang.pick(&self.zh, self.en.as_deref())
    }
}

/// A status's place in the manifest's order: the first (agreed), one
/// between (being built), or the last (running).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatusStage {
    First,
    Middle,
    Last,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Manifest {
    pub version: serde_json::Value,
    pub title: Localized,
    #[serde(default)]
    pub updated: Option<String>,
    #[serde(default)]
    pub crs: Datum,
    pub boundaries: String,
    pub projects: String,
    #[serde(default)]
    pub sites: Option<String>,
    /// The wider region drawn around the districts (`region::Context`).
    #[serde(default)]
    pub context: Option<String>,
    /// Airports, ports, stations, city centres (`place`).
    #[serde(default)]
    pub places: Option<String>,
    /// An optional raster basemap under the vector map.
    #[serde(default)]
    pub basemap: Option<Basemap>,
    #[serde(default)]
    pub about: Option<About>,
    /// Whom investors contact, for every project without its own.
    #[serde(default)]
    pub contact: Option<Contact>,
    pub industries: Vec<Category>,
    pub statuses: Vec<Category>,
    #[serde(default)]
    pub attribution: Option<Localized>,
}

/// A raster tile layer (data-format.md `basemap`): its URL template with
/// `{z}`, `{x}` and `{y}`, the datum of its tiles, its credit, its zoom limit.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Basemap {
    pub url: String,
    #[serde(default)]
    pub crs: Datum,
    #[serde(default)]
    pub attribution: Option<String>,
    #[serde(default = "default_max_zoom")]
    pub max_zoom: u32,
}

fn default_max_zoom() -> u32 {
    18
}

impl Basemap {
    /// Drawn only with all three placeholders, at a zoom limit that exists.
    pub fn is_usable(&self) -> bool {
        ["{z}", "{x}", "{y}"].iter().all(|p| self.url.contains(p)) && self.max_zoom <= 22
    }
}

/// Colour used for an industry whose manifest entry has none.
pub const FALLBACK_COLOR: &str = "#777777";

impl Manifest {
    pub fn parse(file: &str, text: &str) -> Result<Manifest, FileError> {
        let text = without_bom(text);
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| FileError::from_json(file, &e))?;
        match value.get("version") {
            Some(v) if v.as_u64() == Some(1) => {}
            Some(v) => {
                return Err(FileError::new(
                    file,
                    FileErrorKind::UnsupportedVersion(version_text(v)),
                ));
            }
            None => {
                return Err(FileError::new(
                    file,
                    FileErrorKind::InvalidManifest("missing field `version`".into()),
                ));
            }
        }
        // Parsed again from the text (not the value) so shape errors keep their line and column.
        let manifest: Manifest =
            serde_json::from_str(text).map_err(|e| FileError::from_json(file, &e))?;
        manifest
            .check()
            .map_err(|detail| FileError::new(file, FileErrorKind::InvalidManifest(detail)))?;
        Ok(manifest)
    }

    fn check(&self) -> Result<(), String> {
        for (what, list) in [
            ("industries", &self.industries),
            ("statuses", &self.statuses),
        ] {
            if list.is_empty() {
                return Err(format!("`{what}` is empty"));
            }
            let mut seen = std::collections::HashSet::new();
            for c in list {
                if c.id.trim().is_empty() {
                    return Err(format!("an entry of `{what}` has an empty id"));
                }
                if !is_valid_id(&c.id) {
                    return Err(format!(
                        "`{what}` has the id “{}”: ids are 1–{ID_MAX_CHARS} characters from A–Z a–z 0–9 _ - .",
                        c.id
                    ));
                }
                if !seen.insert(c.id.as_str()) {
                    return Err(format!("`{what}` lists the id “{}” twice", c.id));
                }
            }
        }
        for c in &self.industries {
            if let Some(color) = &c.color
                && !is_hex_color(color)
            {
                return Err(format!(
                    "industry “{}” has colour “{color}”, not a CSS hex colour",
                    c.id
                ));
            }
        }
        for (what, path) in [
            ("boundaries", &self.boundaries),
            ("projects", &self.projects),
        ] {
            if path.trim().is_empty() {
                return Err(format!("`{what}` is empty"));
            }
        }
        Ok(())
    }

    pub fn industry_index(&self, id: &str) -> Option<usize> {
        self.industries.iter().position(|c| c.id == id)
    }

    pub fn status_index(&self, id: &str) -> Option<usize> {
        self.statuses.iter().position(|c| c.id == id)
    }

    /// Where status `index` stands in the manifest's order of statuses
    /// (signed → under construction → in production): the map draws the
    /// stage as the pin's shape, readable without colour.
    pub fn status_stage(&self, index: usize) -> StatusStage {
        if index + 1 >= self.statuses.len() {
            StatusStage::Last
        } else if index == 0 {
            StatusStage::First
        } else {
            StatusStage::Middle
        }
    }

    pub fn industry_color(&self, index: usize) -> &str {
        self.industries
            .get(index)
            .and_then(|c| c.color.as_deref())
            .unwrap_or(FALLBACK_COLOR)
    }
}

fn is_hex_color(s: &str) -> bool {
    s.strip_prefix('#').is_some_and(|hex| {
        matches!(hex.len(), 3 | 4 | 6 | 8) && hex.chars().all(|c| c.is_ascii_hexdigit())
    })
}

/// The version as the editor wrote it, for the error message. Numbers are
/// printed with core's formatter: serialising the JSON value instead would
/// link serde_json's float printer and its tables into the app.
fn version_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Number(n) => match (n.as_u64(), n.as_f64()) {
            (Some(whole), _) => whole.to_string(),
            (None, Some(x)) => x.to_string(),
            (None, None) => "?".into(),
        },
        serde_json::Value::String(s) => format!("\"{s}\""),
        serde_json::Value::Bool(b) => b.to_string(),
        serde_json::Value::Null => "null".into(),
        serde_json::Value::Array(_) => "[…]".into(),
        serde_json::Value::Object(_) => "{…}".into(),
    }
}
