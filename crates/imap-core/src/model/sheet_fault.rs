//! What can be wrong in an editor's spreadsheet (`mapdata import-csv`):
//! the file, a row, a cell. `imap-i18n` words each one with how to fix it.

use super::problems::{FileError, Reason};

#[derive(Clone, Debug, PartialEq)]
pub enum SheetFault {
    /// Neither UTF-8, UTF-16 with a byte-order mark, nor GB18030.
    Undecodable,
    /// The CSV or workbook itself cannot be read: the reader's own words,
    /// in English, which only an English sentence quotes.
    Unreadable(String),
    /// A quote opens a cell on this line and is never closed.
    UnclosedQuote,
    /// A workbook without a sheet.
    EmptyWorkbook,
    /// Past `table::Bounds`, each with its bound: the file's bytes.
    TooLarge(u64),
    /// A workbook's parts decompressed, in bytes.
    TooLargeUnzipped(u64),
    /// Rows holding anything.
    TooManyRows(usize),
    /// The used rectangles of an xls or ods workbook's sheets, in cells.
    TooManyCells(u64),
    /// A cell (row as shown, column from 0) right of the last column read.
    TooManyColumns {
        row: u64,
        column: usize,
        columns: usize,
    },
    /// A cell longer than the bound.
    CellTooLong {
        row: u64,
        column: usize,
        chars: usize,
    },
    /// Only a header row: nothing to write.
    NoRows,
    /// No row could be written: the file it would replace is kept.
    NothingUsable,
    /// The file being replaced is not a readable projects file, so nothing
    /// is carried over from it.
    PreviousUnusable(FileError),
    /// Columns no project can do without, by their documented headers.
    MissingColumns(Vec<(&'static str, &'static str)>),
    /// Two columns name the same property.
    RepeatedColumn(String),
    UnknownColumn(String),
    /// More cells than headers: usually a comma inside an unquoted cell.
    ExtraCells {
        found: usize,
        headers: usize,
    },
    Empty,
    BadId(String),
    DuplicateId {
        id: String,
        first_line: u64,
    },
    BadAmount(String),
    NegativeAmount(String),
    AmountTooLarge(String),
    BadArea(String),
    BadNumber(String),
    /// A longitude or latitude outside its range.
    OutOfRange {
        value: f64,
        latitude: bool,
    },
    /// Both coordinates fit when swapped: the columns were likely swapped.
    Swapped,
    /// Not an industry, status or district; `known` lists what is, by
    /// Chinese and English name.
    Unknown {
        given: String,
        known: Vec<(String, String)>,
    },
    BadDate(String),
    BadPrecision(String),
    BadUrl(String),
    /// The app's own rule, in the app's words.
    App(Reason),
}

/// A spreadsheet's column letter: 0 → A, 25 → Z, 26 → AA.
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}
