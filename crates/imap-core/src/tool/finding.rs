//! One line of the tool's report, for `validate` (a data folder) and
//! `import-csv` (a spreadsheet) alike: how bad it is (`Level`), where it is
//! (`At`) and what was found (`What`), worded in the reader's language only
//! when it is shown (`imap_i18n::ToolTexts::finding`).

use serde::Serialize;

use crate::model::problems::{FileError, Problem};
use crate::model::sheet_fault::SheetFault;
use crate::model::suspicion::Note;

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
}
