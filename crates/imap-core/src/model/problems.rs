//! What can be wrong with the data: file-level errors (the file is unusable)
//! and feature-level problems (one feature skipped or corrected). Both carry
//! structured reasons; the `imap-i18n` crate turns them into sentences.

use crate::json;
pub use crate::json::{JsonFault, JsonKind};

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
        fault: JsonFault,
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
    /// A local file the data tool could not read.
    Unreadable(Unreadable),
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

    /// A file that is not UTF-8 from the byte after `valid`, its first
    /// bytes that are: placed at that line and column.
    pub fn not_utf8(file: &str, valid: &[u8]) -> Self {
        let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        FileError::new(
            file,
            FileErrorKind::Json {
                line: valid.iter().filter(|&&b| b == b'\n').count() + 1,
                column: valid.len() - line_start + 1,
                fault: JsonFault::NotUtf8,
            },
        )
    }

    /// `error`, from reading `text`, placed in it.
    pub fn from_json(file: &str, text: &str, error: &json::Error) -> Self {
        let (line, column) = error.line_column(text);
        FileError::new(
            file,
            FileErrorKind::Json {
                line,
                column,
                fault: error.fault.clone(),
            },
        )
    }
}

/// Why the data tool could not read a local file.
#[derive(Clone, Debug, PartialEq)]
pub enum Unreadable {
    NotFound,
    Denied,
    /// A folder, a device or a pipe.
    NotAFile,
    /// Larger than the tool reads.
    TooLarge {
        megabytes: u64,
    },
    /// Another reason the system gave.
    System(SystemError),
}

/// A failure the operating system reported: its error number and its own
/// words (English), which only an English sentence quotes whole.
#[derive(Clone, Debug, PartialEq)]
pub struct SystemError {
    pub code: Option<i32>,
    pub words: String,
}

impl SystemError {
    pub fn of(error: &std::io::Error) -> SystemError {
        SystemError {
            code: error.raw_os_error(),
            words: error.to_string(),
        }
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
    NotAFeature(JsonFault),
    /// A member of `features` whose `type` is not `Feature`, as found.
    NotFeatureType(String),
    MissingGeometry,
    /// A geometry of a type the layer does not draw: the types it does.
    WrongGeometry {
        found: String,
        expected: &'static [&'static str],
    },
    BadCoordinates,
    CoordinateOutOfRange,
    MissingProperty(&'static str),
    WrongType {
        property: &'static str,
        expected: JsonKind,
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
