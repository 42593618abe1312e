//! The manifest (`map.json`): titles, categories and the paths of the other files.

use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::contact::{About, Contact};
use super::feature_collection::is_web_link;
use crate::geo::datum::Datum;
use crate::json::{self, Raw};
use crate::url_state::data_path::is_relative_path;

use super::problems::{
    FileError, FileErrorKind, JsonKind, ManifestFault, Place, Problem, Reason, Severity,
};
use crate::lang::Lang;
use crate::model::rules::{is_valid_id, within_chars, without_bom};

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

#[derive(Clone, Debug, PartialEq)]
pub struct Manifest {
    pub title: Localized,
    pub updated: Option<String>,
    pub crs: Datum,
    pub boundaries: String,
    pub projects: String,
    pub sites: Option<String>,
    /// The wider region drawn around the districts (`region::Context`).
    pub context: Option<String>,
    /// Airports, ports, stations, city centres (`place`).
    pub places: Option<String>,
    /// An optional raster basemap under the vector map; only a usable one
    /// (`Basemap::check`).
    pub basemap: Option<Basemap>,
    pub about: Option<About>,
    /// Whom investors contact, for every project without its own.
    pub contact: Option<Contact>,
    pub industries: Vec<Category>,
    pub statuses: Vec<Category>,
    pub attribution: Option<Localized>,
    /// The optional parts that could not be used (left out) or were cut,
    /// each naming its field; `Dataset::assemble` lists them with the
    /// features' problems.
    pub problems: Vec<Problem>,
}

/// The manifest as read: what the map cannot draw without, strictly (an
/// error names the field, its line and column); the optional parts as raw
/// JSON, read leniently afterwards (`Parts`).
#[derive(Deserialize)]
struct ManifestFile<'a> {
    title: Localized,
    #[serde(default)]
    crs: Datum,
    boundaries: String,
    projects: String,
    industries: Vec<Category>,
    statuses: Vec<Category>,
    #[serde(default, borrow)]
    updated: Option<Raw<'a>>,
    #[serde(default, borrow)]
    sites: Option<Raw<'a>>,
    #[serde(default, borrow)]
    context: Option<Raw<'a>>,
    #[serde(default, borrow)]
    places: Option<Raw<'a>>,
    #[serde(default, borrow)]
    basemap: Option<Raw<'a>>,
    #[serde(default, borrow)]
    about: Option<Raw<'a>>,
    #[serde(default, borrow)]
    contact: Option<Raw<'a>>,
    #[serde(default, borrow)]
    attribution: Option<Raw<'a>>,
}

/// A contact's or a basemap's members, each read on its own.
#[derive(Deserialize)]
struct Members<'a> {
    #[serde(default, borrow)]
    name: Option<Raw<'a>>,
    #[serde(default, borrow)]
    phone: Option<Raw<'a>>,
    #[serde(default, borrow)]
    email: Option<Raw<'a>>,
    #[serde(default, borrow)]
    address: Option<Raw<'a>>,
    #[serde(default, borrow)]
    url: Option<Raw<'a>>,
    #[serde(default, borrow)]
    crs: Option<Raw<'a>>,
    #[serde(default, borrow)]
    attribution: Option<Raw<'a>>,
    #[serde(default, borrow)]
    max_zoom: Option<Raw<'a>>,
    #[serde(default, borrow)]
    zh: Option<Raw<'a>>,
    #[serde(default, borrow)]
    source: Option<Raw<'a>>,
}

/// The most characters the title shows: a header card, a page title.
pub const TITLE_MAX_CHARS: usize = 100;
/// The most characters of a credit line (the manifest's or the basemap's):
/// it sits over the map, and a longer one would cover it.
pub const ATTRIBUTION_MAX_CHARS: usize = 300;

/// Reads the optional parts of one manifest, noting each one left out or cut.
struct Parts<'a> {
    file: &'a str,
    problems: Vec<Problem>,
}

/// A part given as `null` is a part not given.
fn given(raw: Option<Raw>) -> Option<Raw> {
    raw.filter(|r| !r.is_null())
}

impl Parts<'_> {
    fn note(&mut self, field: &'static str, severity: Severity, reason: Reason) {
        self.problems.push(Problem {
            file: self.file.to_string(),
            place: Place::Field(field),
            feature_id: None,
            severity,
            reason,
        });
    }

    fn wrong_type(&mut self, field: &'static str, expected: JsonKind) {
        let reason = Reason::WrongType {
            property: field,
            expected,
        };
        self.note(field, Severity::Skipped, reason);
    }

    /// `raw` read as `T`, else left out with a note that `field` should be
    /// `expected`.
    fn read<T: DeserializeOwned>(
        &mut self,
        raw: Option<Raw>,
        field: &'static str,
        expected: JsonKind,
    ) -> Option<T> {
        let raw = given(raw)?;
        json::from_str(raw.get())
            .map_err(|_| self.wrong_type(field, expected))
            .ok()
    }

    /// The members of an object part, else left out with a note.
    fn members<'r>(&mut self, raw: Option<Raw<'r>>, field: &'static str) -> Option<Members<'r>> {
        let raw = given(raw)?;
        let members = json::from_str(raw.get())
            .ok()
            .filter(|_| raw.get().trim_start().starts_with('{'));
        if members.is_none() {
            self.wrong_type(field, JsonKind::Object);
        }
        members
    }

    /// `text` cut to `max` characters, noted when it was.
    fn cut(&mut self, text: String, field: &'static str, max: usize) -> String {
        let (text, cut) = within_chars(text, max);
        if cut {
            let reason = Reason::TooLong {
                property: field,
                max_chars: max,
            };
            self.note(field, Severity::Warning, reason);
        }
        text
    }

    fn localized_cut(&mut self, text: Localized, field: &'static str, max: usize) -> Localized {
        Localized {
            zh: self.cut(text.zh, field, max),
            en: text.en.map(|en| self.cut(en, field, max)),
        }
    }

    /// A contact read member by member: a phone written as a number leaves
    /// out only the phone.
    fn contact(&mut self, raw: Option<Raw>) -> Option<Contact> {
        let members = self.members(raw, "contact")?;
        let contact = Contact {
            name: self.read(members.name, "contact.name", JsonKind::Object),
            phone: self.read(members.phone, "contact.phone", JsonKind::Text),
            email: self.read(members.email, "contact.email", JsonKind::Text),
            address: self.read(members.address, "contact.address", JsonKind::Object),
            url: self.read(members.url, "contact.url", JsonKind::Text),
        };
        (!contact.is_empty()).then_some(contact)
    }

    fn about(&mut self, raw: Option<Raw>) -> Option<About> {
        let members = self.members(raw, "about")?;
        for (member, field) in [(members.zh, "about.zh"), (members.source, "about.source")] {
            if given(member).is_none() {
                self.note(field, Severity::Skipped, Reason::MissingProperty(field));
                return None;
            }
        }
        self.read(raw, "about", JsonKind::Object)
    }

    /// A basemap only when it can be drawn; else left out with the reason.
    fn basemap(&mut self, raw: Option<Raw>) -> Option<Basemap> {
        let members = self.members(raw, "basemap")?;
        let crs = match given(members.crs) {
            None => Datum::default(),
            Some(crs) => {
                let text: Option<String> = json::from_str(crs.get()).ok();
                let Some(datum) = text.as_deref().and_then(Datum::parse) else {
                    let reason = Reason::InvalidChoice {
                        property: "basemap.crs",
                        value: text.unwrap_or_else(|| crs.get().to_string()),
                    };
                    self.note("basemap.crs", Severity::Skipped, reason);
                    return None;
                };
                datum
            }
        };
        let max_zoom = match given(members.max_zoom) {
            None => default_max_zoom(),
            Some(zoom) => self.read(Some(zoom), "basemap.max_zoom", JsonKind::Integer)?,
        };
        let Some(url) = given(members.url) else {
            let reason = Reason::MissingProperty("basemap.url");
            self.note("basemap.url", Severity::Skipped, reason);
            return None;
        };
        let url: String = self.read(Some(url), "basemap.url", JsonKind::Text)?;
        let attribution: Option<String> =
            self.read(members.attribution, "basemap.attribution", JsonKind::Text);
        let basemap = Basemap {
            url,
            crs,
            attribution: attribution
                .map(|a| self.cut(a, "basemap.attribution", ATTRIBUTION_MAX_CHARS)),
            max_zoom,
        };
        match basemap.check() {
            Ok(()) => Some(basemap),
            Err((field, reason)) => {
                self.note(field, Severity::Skipped, reason);
                None
            }
        }
    }
}

/// A raster tile layer (data-format.md `basemap`): its URL template with
/// `{z}`, `{x}` and `{y}`, the datum of its tiles, its credit, its zoom limit.
#[derive(Clone, Debug, PartialEq)]
pub struct Basemap {
    pub url: String,
    pub crs: Datum,
    pub attribution: Option<String>,
    pub max_zoom: u32,
}

fn default_max_zoom() -> u32 {
    18
}

/// The deepest zoom a tile service has.
pub const BASEMAP_MAX_ZOOM: u32 = 22;

impl Basemap {
    /// Drawn only with all three placeholders, from an http(s) address or a
    /// path on the manifest's own site (never `javascript:`, `data:` or
    /// `//host`), at a zoom limit that exists; else the field and why not.
    fn check(&self) -> Result<(), (&'static str, Reason)> {
        let plain = self.url.replace(['{', '}'], "");
        if !is_web_link(&plain) && !is_relative_path(&plain) {
            return Err(("basemap.url", Reason::UnsafeUrl(self.url.clone())));
        }
        if !["{z}", "{x}", "{y}"].iter().all(|p| self.url.contains(p)) {
            return Err(("basemap.url", Reason::TileTemplate(self.url.clone())));
        }
        if self.max_zoom > BASEMAP_MAX_ZOOM {
            let reason = Reason::TooLarge {
                property: "basemap.max_zoom",
                max: Some(f64::from(BASEMAP_MAX_ZOOM)),
            };
            return Err(("basemap.max_zoom", reason));
        }
        Ok(())
    }
}

/// Colour used for an industry whose manifest entry has none.
pub const FALLBACK_COLOR: &str = "#777777";

impl Manifest {
    pub fn parse(file: &str, text: &str) -> Result<Manifest, FileError> {
        let text = without_bom(text);
        let Version(version) =
            json::from_str(text).map_err(|e| FileError::from_json(file, text, &e))?;
        match version {
            Some(v) if v.get() == "1" => {}
            Some(v) => {
                return Err(FileError::new(
                    file,
                    FileErrorKind::UnsupportedVersion(version_text(v)),
                ));
            }
            None => {
                return Err(FileError::new(
                    file,
                    FileErrorKind::InvalidManifest(ManifestFault::NoVersion),
                ));
            }
        }
        // Parsed again from the text (not the value) so shape errors keep their line and column.
        let read: ManifestFile =
            json::from_str(text).map_err(|e| FileError::from_json(file, text, &e))?;
        let mut parts = Parts {
            file,
            problems: Vec::new(),
        };
        let manifest = Manifest {
            title: parts.localized_cut(read.title, "title", TITLE_MAX_CHARS),
            updated: parts.read(read.updated, "updated", JsonKind::Text),
            sites: parts.read(read.sites, "sites", JsonKind::Text),
            context: parts.read(read.context, "context", JsonKind::Text),
            places: parts.read(read.places, "places", JsonKind::Text),
            basemap: parts.basemap(read.basemap),
            about: parts.about(read.about),
            contact: parts.contact(read.contact),
            attribution: parts
                .read(read.attribution, "attribution", JsonKind::Object)
                .map(|a| parts.localized_cut(a, "attribution", ATTRIBUTION_MAX_CHARS)),
            crs: read.crs,
            boundaries: read.boundaries,
            projects: read.projects,
            industries: read.industries,
            statuses: read.statuses,
            problems: parts.problems,
        };
        manifest
            .check()
            .map_err(|fault| FileError::new(file, FileErrorKind::InvalidManifest(fault)))?;
        Ok(manifest)
    }

    fn check(&self) -> Result<(), ManifestFault> {
        for (list, entries) in [
            ("industries", &self.industries),
            ("statuses", &self.statuses),
        ] {
            if entries.is_empty() {
                return Err(ManifestFault::Empty(list));
            }
            let mut seen = std::collections::HashSet::new();
            for c in entries {
                if c.id.trim().is_empty() {
                    return Err(ManifestFault::EmptyId(list));
                }
                if !is_valid_id(&c.id) {
                    return Err(ManifestFault::InvalidId {
                        list,
                        id: c.id.clone(),
                    });
                }
                if !seen.insert(c.id.as_str()) {
                    return Err(ManifestFault::DuplicateId {
                        list,
                        id: c.id.clone(),
                    });
                }
            }
        }
        for c in &self.industries {
            if let Some(color) = &c.color
                && !is_hex_color(color)
            {
                return Err(ManifestFault::NotAColor {
                    industry: c.id.clone(),
                    color: color.clone(),
                });
            }
        }
        for (what, path) in [
            ("boundaries", &self.boundaries),
            ("projects", &self.projects),
        ] {
            if path.trim().is_empty() {
                return Err(ManifestFault::Empty(what));
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

/// The version as the editor wrote it, for the error message: a string
/// quoted, a number as its text (no float printer is needed for it), a
/// list or an object elided.
fn version_text(v: Raw) -> String {
    let text = v.get();
    match text.as_bytes().first() {
        Some(b'"') => {
            json::from_str::<String>(text).map_or_else(|_| text.to_string(), |s| format!("\"{s}\""))
        }
        Some(b'[') => "[…]".into(),
        Some(b'{') => "{…}".into(),
        // true, false, null and numbers
        _ => text.to_string(),
    }
}

/// A manifest's `version` (the last, if several), read before the rest: a
/// file of another version may differ in everything else. `None` when the
/// file is no object or has none.
struct Version<'a>(Option<Raw<'a>>);

impl<'de: 'a, 'a> Deserialize<'de> for Version<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::{IgnoredAny, MapAccess, SeqAccess, Visitor};
        struct Visit<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for Visit<'a> {
            type Value = Version<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Version<'a>, M::Error> {
                let mut version = None;
                while let Some(key) = map.next_key::<std::borrow::Cow<'a, str>>()? {
                    if key == "version" {
                        version = Some(map.next_value::<Raw<'a>>()?);
                    } else {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
                Ok(Version(version))
            }
            fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Version<'a>, S::Error> {
                // Each element read as a value again (not skipped), so JSON
                // nested past the reader's limit is still the error it was.
                while seq.next_element::<Version<'a>>()?.is_some() {}
                Ok(Version(None))
            }
            fn visit_str<E>(self, _: &str) -> Result<Version<'a>, E> {
                Ok(Version(None))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Version<'a>, E> {
                Ok(Version(None))
            }
            fn visit_u64<E>(self, _: u64) -> Result<Version<'a>, E> {
                Ok(Version(None))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Version<'a>, E> {
                Ok(Version(None))
            }
            fn visit_f64<E>(self, _: f64) -> Result<Version<'a>, E> {
                Ok(Version(None))
            }
            fn visit_unit<E>(self) -> Result<Version<'a>, E> {
                Ok(Version(None))
            }
        }
        deserializer.deserialize_any(Visit(std::marker::PhantomData))
    }
}
