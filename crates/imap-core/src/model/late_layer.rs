//! A layer fetched after the map is drawn (the region, the places): its
//! features, those skipped with their reasons, or the error that left it
//! empty. The rest of the map never depends on it, so it is read in steps
//! (a page stays responsive while a 50 MB file is read) and only as much as
//! its `Budget` allows is kept (a page never draws a quarter of a million
//! symbols); the rest are one problem.

use std::future::Future;

use super::feature_collection::{Feature, FeatureReader};
use super::feature_scan::FeatureScan;
use super::problems::{FileError, Place, Problem, Reason, Severity};

/// Features read between two pauses.
const STEP: usize = 2_000;
/// Features counted between two pauses, once past the budget.
const COUNT_STEP: usize = 20_000;

/// How much of a layer is drawn: features kept while the sum of their
/// `weight` (1 each for places, vertices for regions) stays within `total`.
#[derive(Clone, Copy)]
pub struct Budget<T> {
    pub weight: fn(&T) -> usize,
    pub total: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LateLayer<T> {
    pub items: Vec<T>,
    pub problems: Vec<Problem>,
    pub error: Option<FileError>,
}

impl<T> LateLayer<T> {
    /// From the fetched text of `file` (or the error fetching it), each
    /// feature made by `build` as for the other files, within `budget`.
    pub fn load(
        file: &str,
        text: Result<String, FileError>,
        budget: Budget<T>,
        build: impl FnMut(&Feature, String, &mut Vec<Reason>) -> Result<T, Reason>,
    ) -> LateLayer<T> {
        futures::executor::block_on(Self::load_in_steps(file, text, budget, build, || {
            std::future::ready(())
        }))
    }

    /// `load`, awaiting `pause` after every `STEP` features.
    pub async fn load_in_steps<F: Future<Output = ()>>(
        file: &str,
        text: Result<String, FileError>,
        budget: Budget<T>,
        mut build: impl FnMut(&Feature, String, &mut Vec<Reason>) -> Result<T, Reason>,
        mut pause: impl FnMut() -> F,
    ) -> LateLayer<T> {
        let mut layer = LateLayer {
            items: Vec::new(),
            problems: Vec::new(),
            error: None,
        };
        let text = match text {
            Ok(text) => text,
            Err(error) => {
                layer.error = Some(error);
                return layer;
            }
        };
        let (mut spent, mut left_out) = (0, 0);
        let mut first_left_out = None;
        let result = async {
            let mut scan = FeatureScan::new(file, &text)?;
            let mut reader = FeatureReader::streaming(file);
            loop {
                // Past the budget, the rest is only counted, in larger steps.
                let step = if left_out > 0 { COUNT_STEP } else { STEP };
                let mut found = Vec::new();
                while found.len() < step {
                    match scan.next_feature()? {
                        Some(raw) => found.push(raw),
                        None => break,
                    }
                }
                if found.is_empty() {
                    break;
                }
                if left_out > 0 {
                    left_out += found.len();
                } else {
                    reader.extend(found);
                    let first = reader.position();
                    let items = reader.read(STEP, &mut layer.problems, &mut build);
                    for item in items {
                        spent += (budget.weight)(&item);
                        if left_out > 0 || spent > budget.total {
                            first_left_out.get_or_insert(first);
                            left_out += 1;
                        } else {
                            layer.items.push(item);
                        }
                    }
                }
                pause().await;
            }
            scan.finish()
        }
        .await;
        if let Err(error) = result {
            // As for the other files: a file that is not JSON draws nothing.
            layer.items.clear();
            layer.error = Some(error);
            return layer;
        }
        if left_out > 0 {
            layer.problems.push(Problem {
                file: file.to_string(),
                place: Place::Feature(first_left_out.unwrap_or_default()),
                feature_id: None,
                severity: Severity::Skipped,
                reason: Reason::TooMany {
                    limit: layer.items.len(),
                    left_out,
                },
            });
        }
        layer
    }
}
