//! What can be wrong with the data: file-level errors (the file is unusable)
//! and feature-level problems (one feature skipped or corrected). Both carry
//! structured reasons; the `imap-i18n` crate turns them into sentences.

/// A file that could not be used at all.
#[derive(Clone, Debug, PartialEq)]
pub struct FileError {
    /// The path as written in the manifest or the URL, shown to the visitor.
    pub file: String,
    pub kind: FileErrorKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum FileErrorKind {
    /// The request failed (`status` is the HTTP status when there was a response).
    Fetch {
        status: Option<u16>,
    },
    /// The text is not valid JSON, or not of the expected shape.
    Json {
        line: usize,
        column: usize,
        detail: String,
    },
    NotFeatureCollection,
    UnsupportedVersion(String),
    InvalidManifest(ManifestFault),
    /// The path points outside the site (absolute URL, `//host`, a scheme),
    /// or the server redirected it to another origin.
    RefusedPath,
    /// No data arrived for this many seconds; the transfer was given up.
    Stalled {
        seconds: u32,
    },
    /// A local file the data tool could not read (the system's reason).
    Unreadable(String),
}

/// What makes a manifest unusable beside its JSON: a list or a path the
/// map cannot do without. Named by its field (`industries`, `statuses`,
/// `boundaries`, `projects`); `imap-i18n` words it.
#[derive(Clone, Debug, PartialEq)]
pub enum ManifestFault {
    /// No `version` field.
    NoVersion,
    /// A list or a path that is empty.
    Empty(&'static str),
    /// An entry of the list whose id is empty.
    EmptyId(&'static str),
    /// An id outside the id format (`rules::is_valid_id`), as found.
    InvalidId { list: &'static str, id: String },
    /// An id the list holds twice.
    DuplicateId { list: &'static str, id: String },
    /// An industry's colour that is no CSS hex colour, as found.
    NotAColor { industry: String, color: String },
}

impl FileError {
    pub fn new(file: &str, kind: FileErrorKind) -> Self {
        FileError {
            file: file.to_string(),
            kind,
        }
    }

    pub fn from_json(file: &str, error: &serde_json::Error) -> Self {
        let detail = error.to_string();
        // serde_json appends " at line L column C"; the position is shown separately.
        let detail = match detail.find(" at line ") {
            Some(i) => detail[..i].to_string(),
            None => detail,
        };
        FileError::new(
            file,
            FileErrorKind::Json {
                line: error.line(),
                column: error.column(),
                detail,
            },
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The feature was left out.
    Skipped,
    /// The feature loaded, with the named field dropped or defaulted.
    Warning,
}

/// Where in a file a problem is.
#[derive(Clone, Debug, PartialEq)]
pub enum Place {
    /// The feature at this position of the file's `features` array.
    Feature(usize),
    /// A field of the manifest (`basemap`, `contact.phone`, …).
    Field(&'static str),
}

/// One bad feature, or one unusable part of the manifest: where it is and
/// what is wrong with it. A manifest part that cannot be used is left out
/// (`Skipped`) or cut (`Warning`); the rest of the map still draws.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub file: String,
    pub place: Place,
    /// The feature's `id`, when it has a usable one.
    pub feature_id: Option<String>,
    pub severity: Severity,
    pub reason: Reason,
}

impl Problem {
    /// The feature's position in its file, for a feature's problem.
    pub fn feature_index(&self) -> Option<usize> {
        match self.place {
            Place::Feature(index) => Some(index),
            Place::Field(_) => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Reason {
    NotAFeature(String),
    MissingGeometry,
    WrongGeometry {
        found: String,
        expected: &'static str,
    },
    BadCoordinates,
    CoordinateOutOfRange,
    MissingProperty(&'static str),
    WrongType {
        property: &'static str,
        expected: &'static str,
    },
    DuplicateId,
    /// A text longer than shown; it was cut to `max_chars`.
    TooLong {
        property: &'static str,
        max_chars: usize,
    },
    /// An id outside 1–64 characters of `A–Z a–z 0–9 _ - .` (as found).
    InvalidId(String),
    /// A number above what the property allows (`max`), or too large to
    /// be a number at all (`None`: 1e309 reads as infinity).
    TooLarge {
        property: &'static str,
        max: Option<f64>,
    },
    UnknownIndustry(String),
    UnknownStatus(String),
    Negative(&'static str),
    UnknownDistrict(String),
    InvalidDate(String),
    UnsafeUrl(String),
    /// A basemap address without `{z}`, `{x}` and `{y}` (as found).
    TileTemplate(String),
    /// More than a layer draws: the first `limit` features are kept, and
    /// `left_out` from about here on are not.
    TooMany {
        limit: usize,
        left_out: usize,
    },
    UnknownPrecision(String),
    UnknownRole(String),
    /// A property that must be one of a fixed set of values.
    InvalidChoice {
        property: &'static str,
        value: String,
    },
}
