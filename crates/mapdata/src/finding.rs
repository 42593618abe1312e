//! One line of the tool's report, for `validate` (a data folder) and
//! `import-csv` (a spreadsheet) alike: how bad it is (`Level`), where it is
//! (`At`) and what was found (`What`), worded in the reader's language only
//! when it is shown.

use imap_core::lang::Lang;
use imap_core::model::problems::{FileError, Problem};
use imap_core::model::sheet_fault::{SheetFault, column_letter};
use imap_i18n::Texts;
use serde::Serialize;

use imap_core::model::suspicion::{Note, Suspicion};

/// How bad a finding is. Errors and skipped features make the exit status
/// non-zero: the map would show less than the files hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Skipped,
    Warning,
}

/// Where a finding is.
#[derive(Clone, Debug, PartialEq)]
pub enum At {
    /// A data file, or one of its features (its position and id).
    Data {
        file: String,
        index: Option<usize>,
        id: Option<String>,
    },
    /// A spreadsheet's line, as the sheet numbers it, and column (its
    /// position and its header as the sheet writes it).
    Sheet {
        line: Option<u64>,
        column: Option<(usize, String)>,
    },
}

/// What was found.
#[derive(Clone, Debug, PartialEq)]
pub enum What {
    /// A file the map cannot use.
    File(FileError),
    /// A feature, or a part of the manifest, skipped or corrected.
    Problem(Problem),
    /// Legal, but likely a mistake: about a project or (a colour) an industry.
    Suspicion(Note),
    /// The projects file gives the map nothing to show.
    NoProjects,
    /// Something in a spreadsheet: a cell, a row, the file.
    Sheet(SheetFault),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub level: Level,
    pub at: At,
    pub what: What,
}

impl Finding {
    /// A finding in a spreadsheet.
    pub fn in_sheet(
        level: Level,
        line: Option<u64>,
        column: Option<(usize, String)>,
        fault: SheetFault,
    ) -> Finding {
        Finding {
            level,
            at: At::Sheet { line, column },
            what: What::Sheet(fault),
        }
    }

    /// The spreadsheet's line it is on.
    pub fn line(&self) -> Option<u64> {
        match &self.at {
            At::Sheet { line, .. } => *line,
            At::Data { .. } => None,
        }
    }

    /// The spreadsheet's column it is in: its position and header.
    pub fn column(&self) -> Option<&(usize, String)> {
        match &self.at {
            At::Sheet { column, .. } => column.as_ref(),
            At::Data { .. } => None,
        }
    }

    /// What is wrong in the spreadsheet, for a finding in one.
    pub fn sheet_fault(&self) -> Option<&SheetFault> {
        match &self.what {
            What::Sheet(fault) => Some(fault),
            _ => None,
        }
    }

    /// The data file it is about (empty for a spreadsheet's).
    pub fn file(&self) -> &str {
        match &self.at {
            At::Data { file, .. } => file,
            At::Sheet { .. } => "",
        }
    }

    /// The finding in words, with where it is.
    pub fn message(&self, lang: Lang) -> String {
        let file = self.file();
        match &self.what {
            What::File(error) => lang.file_error(error),
            What::Problem(p) => for_terminal(&format!(
                "{} — {}",
                lang.problem_subject(p),
                lang.problem_reason(&p.reason)
            )),
            What::Suspicion(note) => {
                let colour = matches!(note.suspicion, Suspicion::LightColour { .. });
                let subject = match (colour, lang) {
                    (true, Lang::Zh) => format!("{file}：产业 {}", note.id),
                    (true, Lang::En) => format!("{file}: industry {}", note.id),
                    (false, Lang::Zh) => format!("{file}：项目 {}", note.id),
                    (false, Lang::En) => format!("{file}: project {}", note.id),
                };
                format!("{subject} — {}", lang.suspicion(&note.suspicion))
            }
            What::NoProjects => match lang {
                Lang::Zh => format!("{file}：没有可显示的项目，地图上将没有项目"),
                Lang::En => format!("{file}: no project can be shown; the map will show none"),
            },
            What::Sheet(fault) => {
                let message = for_terminal(&lang.sheet_fault(fault));
                let (line, column) = match &self.at {
                    At::Sheet { line, column } => (*line, column.as_ref()),
                    At::Data { .. } => (None, None),
                };
                match (line, column, lang) {
                    (Some(line), Some((i, header)), Lang::Zh) => {
                        format!(
                            "第 {line} 行 {} 列「{header}」：{message}",
                            column_letter(*i)
                        )
                    }
                    (Some(line), Some((i, header)), Lang::En) => {
                        format!(
                            "line {line}, column {} ({header}): {message}",
                            column_letter(*i)
                        )
                    }
                    (Some(line), None, Lang::Zh) => format!("第 {line} 行：{message}"),
                    (Some(line), None, Lang::En) => format!("line {line}: {message}"),
                    (None, _, _) => message,
                }
            }
        }
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
