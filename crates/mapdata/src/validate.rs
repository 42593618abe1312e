//! `mapdata validate`: every rule the app applies to a data set, checked
//! before a visitor meets the result. The rules are the app's own
//! (`imap-core`), and so are the words (`imap-i18n`), in Chinese or English.

use std::path::Path;

use imap_core::lang::Lang;
use imap_core::model::dataset::Dataset;
use imap_core::model::late_layer::LateLayer;
use imap_core::model::problems::{FileError, Problem, Severity};
use imap_core::model::{place, region};
use imap_i18n::Texts;
use serde::Serialize;

use crate::folder;
use crate::suspicious::{self, Suspicion};

/// How bad a finding is. Errors and skipped features make the exit status
/// non-zero: the map would show less than the files hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Skipped,
    Warning,
}

#[derive(Debug, Serialize)]
pub struct Finding {
    pub level: Level,
    pub file: String,
    /// The feature's position in its file, for a feature's finding.
    pub index: Option<usize>,
    pub id: Option<String>,
    pub message: String,
}

#[derive(Debug, Default, Serialize)]
pub struct Report {
    pub findings: Vec<Finding>,
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
            .map(|f| format!("{}: {}", level_word(f.level, lang), f.message))
            .collect();
        let count = |level| self.findings.iter().filter(|f| f.level == level).count();
        let (errors, skipped, warnings) = (
            count(Level::Error),
            count(Level::Skipped),
            count(Level::Warning),
        );
        lines.push(match lang {
            Lang::Zh => format!("{errors} 个错误，{skipped} 个要素已跳过，{warnings} 条提示"),
            Lang::En => format!(
                "{}, {} skipped, {}",
                counted(errors, "error"),
                counted(skipped, "feature"),
                counted(warnings, "note")
            ),
        });
        lines.join("\n")
    }

    pub fn json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    fn file_error(&mut self, error: &FileError, lang: Lang) {
        self.findings.push(Finding {
            level: Level::Error,
            file: error.file.clone(),
            index: None,
            id: None,
            message: lang.file_error(error),
        });
    }

    fn problems(&mut self, problems: &[Problem], lang: Lang) {
        for p in problems {
            self.findings.push(Finding {
                // A part of the manifest the map cannot use is an error of
                // the manifest; a feature left out is counted as skipped.
                level: match (p.severity, p.feature_index()) {
                    (Severity::Skipped, Some(_)) => Level::Skipped,
                    (Severity::Skipped, None) => Level::Error,
                    (Severity::Warning, _) => Level::Warning,
                },
                file: p.file.clone(),
                index: p.feature_index(),
                id: p.feature_id.clone(),
                message: for_terminal(&format!(
                    "{} — {}",
                    lang.problem_subject(p),
                    lang.problem_reason(&p.reason)
                )),
            });
        }
    }

    fn suspicions(&mut self, data: &Dataset, manifest: &Path, lang: Lang, today: &str) {
        for note in suspicious::check(data, today) {
            let colour = matches!(note.suspicion, Suspicion::LightColour { .. });
            let file = if colour {
                manifest.to_string_lossy().to_string()
            } else {
                data.manifest.projects.clone()
            };
            let subject = match (colour, lang) {
                (true, Lang::Zh) => format!("{file}：产业 {}", note.id),
                (true, Lang::En) => format!("{file}: industry {}", note.id),
                (false, Lang::Zh) => format!("{file}：项目 {}", note.id),
                (false, Lang::En) => format!("{file}: project {}", note.id),
            };
            self.findings.push(Finding {
                level: Level::Warning,
                file,
                index: None,
                message: format!("{subject} — {}", note.suspicion.text(lang)),
                id: Some(note.id),
            });
        }
    }

    fn late_layer<T>(&mut self, layer: &LateLayer<T>, lang: Lang) {
        if let Some(error) = &layer.error {
            self.file_error(error, lang);
        }
        self.problems(&layer.problems, lang);
    }
}

/// The app's words without the bidi isolates it puts around values from
/// the data (`imap_i18n::isolated`): a terminal lays out no bidi text and
/// would show them as boxes.
pub(crate) fn for_terminal(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

fn counted(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

fn level_word(level: Level, lang: Lang) -> &'static str {
    match (level, lang) {
        (Level::Error, Lang::Zh) => "错误",
        (Level::Error, Lang::En) => "error",
        (Level::Skipped, _) => lang.t().skipped,
        (Level::Warning, _) => lang.t().warning,
    }
}

/// Checks the manifest at `manifest` and every file it names, as the app
/// would read them from the same folder; `today` (`YYYY-MM-DD`) dates the
/// future.
pub fn validate(manifest: &Path, lang: Lang, today: &str) -> Report {
    let mut report = Report::default();
    let (folder, data) = match folder::open(manifest) {
        Ok(opened) => opened,
        Err(error) => {
            report.file_error(&error, lang);
            return report;
        }
    };
    for error in &data.file_errors {
        report.file_error(error, lang);
    }
    report.problems(&data.problems, lang);
    let projects = &data.manifest.projects;
    if data.projects.is_empty() && data.file_errors.iter().all(|e| &e.file != projects) {
        report.findings.push(Finding {
            level: Level::Warning,
            file: projects.clone(),
            index: None,
            id: None,
            message: match lang {
                Lang::Zh => format!("{projects}：没有可显示的项目，地图上将没有项目"),
                Lang::En => format!("{projects}: no project can be shown; the map will show none"),
            },
        });
    }
    if let Some(path) = &data.manifest.context {
        report.late_layer(&region::load(path, folder.read(path)), lang);
    }
    if let Some(path) = &data.manifest.places {
        report.late_layer(&place::load(path, folder.read(path)), lang);
    }
    report.suspicions(&data, manifest, lang, today);
    report
}
