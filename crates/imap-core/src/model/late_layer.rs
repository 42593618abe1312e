//! A layer fetched after the map is drawn (the region, the places): its
//! features, those skipped with their reasons, or the error that left it
//! empty. The rest of the map never depends on it.

use super::feature_collection::{self as fc, Feature};
use super::problems::{FileError, Problem, Reason};

#[derive(Clone, Debug, PartialEq)]
pub struct LateLayer<T> {
    pub items: Vec<T>,
    pub problems: Vec<Problem>,
    pub error: Option<FileError>,
}

impl<T> LateLayer<T> {
    /// From the fetched text of `file` (or the error fetching it), each
    /// feature made by `build` as for the other files.
    pub fn load(
        file: &str,
        text: Result<String, FileError>,
        build: impl FnMut(&Feature, String, &mut Vec<Reason>) -> Result<T, Reason>,
    ) -> LateLayer<T> {
        let mut problems = Vec::new();
        match text.and_then(|text| fc::parse_features(file, &text, &mut problems, build)) {
            Ok(items) => LateLayer {
                items,
                problems,
                error: None,
            },
            Err(error) => LateLayer {
                items: Vec::new(),
                problems,
                error: Some(error),
            },
        }
    }
}
