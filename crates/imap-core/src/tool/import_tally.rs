//! What `import-csv` did with a spreadsheet, counted for its last lines.

/// Where the rows came from.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum SheetSource {
    #[default]
    Unread,
    /// CSV or tab-separated text, in this encoding (`UTF-8`, `gb18030`, …).
    Text { encoding: &'static str },
    /// A workbook's first sheet, by name, and how many sheets it has.
    Workbook {
        kind: &'static str,
        sheet: String,
        sheets: usize,
    },
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportTally {
    pub source: SheetSource,
    /// Rows holding anything, and of those the ones written.
    pub rows: usize,
    pub written: usize,
    /// Projects without a district whose district the boundaries gave.
    pub districts_derived: usize,
    /// Projects that kept properties from the file they replace.
    pub carried_over: usize,
    /// Ids of the projects of the file being replaced that the sheet lacks
    /// (rows deleted, or features an export could not write): they are gone
    /// once the file is written.
    pub gone: Vec<String>,
}
