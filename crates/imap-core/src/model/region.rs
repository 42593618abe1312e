//! The wider region around the districts (the manifest's `context`):
//! neighbouring cities drawn as muted land with their names, never
//! filterable. Loaded after the map is drawn, so it has its own problems.

use geo::MultiPolygon;

use crate::lang::Lang;

use super::feature_collection::{self as fc, Feature};
use super::problems::{FileError, Problem, Reason};

#[derive(Clone, Debug, PartialEq)]
pub struct Region {
    pub id: String,
    pub name: String,
    pub name_en: Option<String>,
    /// Where the outline comes from.
    pub source: String,
    pub shape: MultiPolygon<f64>,
}

impl Region {
    pub fn label(&self, lang: Lang) -> &str {
        lang.pick(&self.name, self.name_en.as_deref())
    }
}

/// The context layer as loaded: its regions, the features skipped, or the
/// error that left it empty (the rest of the map is unaffected).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Context {
    pub regions: Vec<Region>,
    pub problems: Vec<Problem>,
    pub error: Option<FileError>,
}

impl Context {
    /// From the fetched text of `file`, or the error fetching it.
    pub fn load(file: &str, text: Result<String, FileError>) -> Context {
        let mut problems = Vec::new();
        match text.and_then(|text| fc::parse_features(file, &text, &mut problems, build)) {
            Ok(regions) => Context {
                regions,
                problems,
                error: None,
            },
            Err(error) => Context {
                error: Some(error),
                ..Context::default()
            },
        }
    }
}

fn build(feature: &Feature, id: String, _warnings: &mut Vec<Reason>) -> Result<Region, Reason> {
    let props = &feature.props;
    Ok(Region {
        shape: feature.multi_polygon()?,
        name: props.required_text("name")?.into_owned(),
        name_en: props.owned_text("name_en")?,
        source: props.required_text("source")?.into_owned(),
        id,
    })
}
