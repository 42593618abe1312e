//! `mapdata validate`: every rule the app applies to a data set, checked
//! before a visitor meets the result. The rules are the app's own
//! (`imap-core`), and so are the words (`imap-i18n`), in Chinese or English.

use std::path::Path;

use imap_core::lang::Lang;
use imap_core::model::dataset::Dataset;
use imap_core::model::late_layer::LateLayer;
use imap_core::model::problems::{FileError, Problem, Severity};
use imap_core::model::{place, region};
use imap_i18n::ToolTexts;
use serde::Serialize;

use crate::folder;
use imap_core::model::suspicion::{self, Suspicion};
use imap_core::tool::finding::{At, Finding, Level, What};

#[derive(Debug, Default)]
pub struct Report {
    pub findings: Vec<Finding>,
}

/// The report as `--json` writes it.
#[derive(Serialize)]
struct JsonReport<'a> {
    findings: Vec<JsonFinding<'a>>,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    level: Level,
    file: &'a str,
    /// The feature's position in its file, for a feature's finding.
    index: Option<usize>,
    id: Option<&'a str>,
    message: String,
}

impl Report {
    pub fn is_clean(&self) -> bool {
        self.findings.iter().all(|f| f.level == Level::Warning)
    }

    /// One line per finding, then a count.
    pub fn text(&self, lang: Lang) -> String {
        let mut lines: Vec<String> = self
            .findings
            .iter()
            .map(|f| format!("{}: {}", lang.level(f.level), lang.finding(f)))
            .collect();
        let count = |level| self.findings.iter().filter(|f| f.level == level).count();
        let (errors, skipped, warnings) = (
            count(Level::Error),
            count(Level::Skipped),
            count(Level::Warning),
        );
        lines.push(lang.findings_counted(errors, skipped, warnings));
        lines.join("\n")
    }

    /// Every finding as JSON: level, file, feature position and id, message.
    pub fn json(&self, lang: Lang) -> String {
        let findings: Vec<JsonFinding> = self
            .findings
            .iter()
            .map(|f| {
                let (index, id) = match &f.at {
                    At::Data { index, id, .. } => (*index, id.as_deref()),
                    At::Sheet { .. } => (None, None),
                };
                JsonFinding {
                    level: f.level,
                    file: f.file(),
                    index,
                    id,
                    message: lang.finding(f),
                }
            })
            .collect();
        serde_json::to_string_pretty(&JsonReport { findings }).unwrap_or_default()
    }

    fn push(
        &mut self,
        level: Level,
        file: &str,
        index: Option<usize>,
        id: Option<String>,
        what: What,
    ) {
        self.findings.push(Finding {
            level,
            at: At::Data {
                file: file.to_string(),
                index,
                id,
            },
            what,
        });
    }

    fn file_error(&mut self, error: &FileError) {
        self.push(
            Level::Error,
            &error.file,
            None,
            None,
            What::File(error.clone()),
        );
    }

    fn problems(&mut self, problems: &[Problem]) {
        for p in problems {
            // A part of the manifest the map cannot use is an error of the
            // manifest; a feature left out is counted as skipped.
            let level = match (p.severity, p.feature_index()) {
                (Severity::Skipped, Some(_)) => Level::Skipped,
                (Severity::Skipped, None) => Level::Error,
                (Severity::Warning, _) => Level::Warning,
            };
            let (index, id) = (p.feature_index(), p.feature_id.clone());
            self.push(level, &p.file, index, id, What::Problem(p.clone()));
        }
    }

    fn suspicions(&mut self, data: &Dataset, manifest: &Path, today: &str) {
        for note in suspicion::check(data, today) {
            let file = if matches!(note.suspicion, Suspicion::LightColour { .. }) {
                manifest.to_string_lossy().to_string()
            } else {
                data.manifest.projects.clone()
            };
            let id = Some(note.id.clone());
            self.push(Level::Warning, &file, None, id, What::Suspicion(note));
        }
    }

    fn late_layer<T>(&mut self, layer: &LateLayer<T>) {
        if let Some(error) = &layer.error {
            self.file_error(error);
        }
        self.problems(&layer.problems);
    }
}

/// Checks the manifest at `manifest` and every file it names, as the app
/// would read them from the same folder; `today` (`YYYY-MM-DD`) dates the
/// future. The report is worded when it is shown (`Report::text`).
pub fn validate(manifest: &Path, today: &str) -> Report {
    let mut report = Report::default();
    let (folder, data) = match folder::open(manifest) {
        Ok(opened) => opened,
        Err(error) => {
            report.file_error(&error);
            return report;
        }
    };
    for error in &data.file_errors {
        report.file_error(error);
    }
    report.problems(&data.problems);
    let projects = &data.manifest.projects;
    if data.projects.is_empty() && data.file_errors.iter().all(|e| &e.file != projects) {
        report.push(Level::Warning, projects, None, None, What::NoProjects);
    }
    if let Some(path) = &data.manifest.context {
        report.late_layer(&region::load(path, folder.read(path)));
    }
    if let Some(path) = &data.manifest.places {
        report.late_layer(&place::load(path, folder.read(path)));
    }
    report.suspicions(&data, manifest, today);
    report
}
