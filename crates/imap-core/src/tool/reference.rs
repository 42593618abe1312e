//! Why a conversion of reference files (`boundaries`, `context`,
//! `topojson`, `places`, `synthetic`) failed. A `detail` is the words of
//! the library that reads the reference format (GeoJSON, TopoJSON, CSV),
//! in English, which only an English sentence quotes.

use crate::model::problems::{Reason, SystemError};

#[derive(Clone, Debug, PartialEq)]
pub enum ReferenceFault {
    /// A file that is not the GeoJSON or TopoJSON it should be.
    NotGeoJson {
        file: String,
        detail: String,
    },
    /// A file that is not UTF-8 text.
    NotText {
        file: String,
    },
    /// A keys or places table that CSV cannot read into its columns.
    BadTable {
        detail: String,
    },
    /// A feature of the district source without an `adcode`.
    NoAdcode,
    /// A feature of the district source that the keys table does not list.
    NoKeyFor {
        adcode: String,
    },
    /// A row of the keys table without its feature in the source.
    NoFeatureFor {
        adcode: String,
    },
    /// A feature (named by its file and how it was picked) without a
    /// geometry, or with one that is not a polygon.
    NoGeometry {
        what: String,
    },
    NotPolygon {
        what: String,
    },
    /// A region table's row naming a datum other than WGS84 or GCJ-02.
    UnknownDatum {
        id: String,
        datum: String,
    },
    /// A region table's `pick` that is not `property=value`.
    BadPick {
        id: String,
        pick: String,
    },
    /// No feature of `file` has `property` equal to `value`.
    NoMatch {
        file: String,
        property: String,
        value: String,
    },
    /// Fewer of the ids asked for were found in a TopoJSON object.
    IdsMissing {
        object: String,
        found: usize,
        wanted: usize,
    },
    /// A place the app would not show, and why.
    PlaceRefused {
        id: Option<String>,
        reason: Reason,
    },
    /// The boundaries hold no focus district to put made-up projects in.
    NoFocusArea,
    /// A folder that could not be made.
    NoFolder {
        path: String,
        why: SystemError,
    },
}

/// What a conversion wrote, for its last line.
#[derive(Clone, Debug, PartialEq)]
pub struct Written {
    pub path: String,
    pub items: Items,
    pub bytes: usize,
    /// Polygons simplified together: vertices and bytes before, and
    /// vertices after.
    pub simplified: Option<Simplified>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Items {
    Features(usize),
    Places(usize),
    SyntheticProjects(usize),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Simplified {
    pub vertices_before: usize,
    pub vertices_after: usize,
    pub bytes_before: usize,
}
