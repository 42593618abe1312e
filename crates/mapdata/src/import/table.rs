//! A spreadsheet as rows of text cells, each with the number an editor sees
//! beside it (the CSV's line, the workbook's row): a CSV or tab-separated
//! text in any encoding Excel and WPS write, or the workbook itself (xlsx,
//! xls, xlsb, ods), its first sheet.

use std::collections::BTreeMap;
use std::io::{self, Cursor, Read};

use calamine::{Data, DataRef, Reader, Sheets, open_workbook_auto_from_rs};

use super::{decode, extent};
use imap_core::model::sheet_fault::SheetFault;
use imap_core::tool::import_tally::SheetSource;

/// The bounds a sheet is read within, checked before the memory is taken,
/// so that a small hostile file cannot make the tool allocate gigabytes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    /// The spreadsheet file itself.
    pub file_bytes: u64,
    /// A workbook's parts (sheets, shared strings, styles) decompressed,
    /// together.
    pub unzipped_bytes: u64,
    /// Rows that hold anything.
    pub rows: usize,
    /// Columns from A.
    pub columns: usize,
    /// Characters in one cell.
    pub cell_chars: usize,
    /// Cells of the used rectangles of all sheets together, for the
    /// formats that calamine builds densely (xls, ods; `extent`).
    pub dense_cells: u64,
}

impl Bounds {
    /// What the tool reads: a real projects sheet (a few thousand rows of
    /// about twenty columns) is far inside every bound.
    pub const STANDARD: Bounds = Bounds {
        file_bytes: 64 << 20,
        unzipped_bytes: 256 << 20,
        rows: 100_000,
        // A to IV.
        columns: 256,
        // Excel's own limit.
        cell_chars: 32_767,
        // About 130 MB of calamine's cells.
        dense_cells: 4_000_000,
    };
}

impl Default for Bounds {
    fn default() -> Bounds {
        Bounds::STANDARD
    }
}

pub struct Table {
    pub source: SheetSource,
    /// Number and cells of every row that holds anything, the header row
    /// first.
    pub rows: Vec<(u64, Vec<String>)>,
    /// Stretches of text that could not be read, with their line.
    pub unreadable: Vec<(Option<u64>, SheetFault)>,
}

/// A cell that holds anything, refused past the bounds: `row` as shown,
/// `column` from 0.
fn check_cell(bounds: Bounds, row: u64, column: usize, text: &str) -> Result<(), SheetFault> {
    if column >= bounds.columns {
        return Err(SheetFault::TooManyColumns {
            row,
            column,
            columns: bounds.columns,
        });
    }
    if text.chars().count() > bounds.cell_chars {
        return Err(SheetFault::CellTooLong {
            row,
            column,
            chars: bounds.cell_chars,
        });
    }
    Ok(())
}

/// A workbook's cells as they are read (not always in order), by row.
struct Rows {
    bounds: Bounds,
    by_number: BTreeMap<u64, Vec<String>>,
}

impl Rows {
    fn new(bounds: Bounds) -> Rows {
        Rows {
            bounds,
            by_number: BTreeMap::new(),
        }
    }

    fn put(&mut self, row: u64, column: usize, text: String) -> Result<(), SheetFault> {
        if text.trim().is_empty() {
            return Ok(());
        }
        check_cell(self.bounds, row, column, &text)?;
        if !self.by_number.contains_key(&row) && self.by_number.len() == self.bounds.rows {
            return Err(SheetFault::TooManyRows(self.bounds.rows));
        }
        let cells = self.by_number.entry(row).or_default();
        if cells.len() <= column {
            cells.resize(column + 1, String::new());
        }
        cells[column] = text;
        Ok(())
    }

    fn into_rows(self) -> Vec<(u64, Vec<String>)> {
        self.by_number.into_iter().collect()
    }
}

pub fn read(bytes: &[u8], bounds: Bounds) -> Result<Table, SheetFault> {
    if bytes.len() as u64 > bounds.file_bytes {
        return Err(SheetFault::TooLarge(bounds.file_bytes));
    }
    // Zip (xlsx, xlsb, ods) and OLE (xls) files start so; text never does.
    let zip = bytes.starts_with(b"PK\x03\x04");
    let ole = bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    if zip || ole {
        workbook(bytes, zip, bounds)
    } else {
        text(bytes, bounds)
    }
}

fn text(bytes: &[u8], bounds: Bounds) -> Result<Table, SheetFault> {
    let decoded = decode::decode(bytes)?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(decoded.delimiter)
        .flexible(true)
        .has_headers(false)
        .from_reader(decoded.text.as_bytes());
    let mut rows = Vec::new();
    let mut unreadable = Vec::new();
    for record in reader.records() {
        match record {
            // Every cell is kept, empty ones too: a row with more cells than
            // headers is told apart from one with cells shifted.
            Ok(record) => {
                let line = record.position().map_or(0, |p| p.line());
                let mut holds_anything = false;
                for (column, cell) in record.iter().enumerate() {
                    if !cell.trim().is_empty() {
                        check_cell(bounds, line, column, cell)?;
                        holds_anything = true;
                    }
                }
                if holds_anything && rows.len() == bounds.rows {
                    return Err(SheetFault::TooManyRows(bounds.rows));
                }
                if holds_anything || rows.is_empty() {
                    rows.push((line, record.iter().map(str::to_string).collect()));
                }
            }
            Err(error) => unreadable.push((
                error.position().map(|p| p.line()),
                SheetFault::Unreadable(error.to_string()),
            )),
        }
    }
    // The CSV reader ends an unclosed quote at the end of the file without
    // a word; everything after it was read as one cell, so the rows from
    // there on are not what the editor wrote.
    if let Some(line) = unclosed_quote(&decoded.text, decoded.delimiter) {
        unreadable.push((Some(line), SheetFault::UnclosedQuote));
        rows.retain(|(number, _)| *number < line);
    }
    Ok(Table {
        source: SheetSource::Text {
            encoding: decoded.encoding,
        },
        rows,
        unreadable,
    })
}

/// The line of a quote that opens a cell and is never closed, read as the
/// CSV reader reads (RFC 4180: a quote opens only at a cell's start, `""`
/// inside is one quote).
fn unclosed_quote(text: &str, delimiter: u8) -> Option<u64> {
    let (mut line, mut opened_on) = (1, None);
    let mut at_cell_start = true;
    let mut bytes = text.bytes().peekable();
    while let Some(byte) = bytes.next() {
        if byte == b'\n' {
            line += 1;
        }
        if opened_on.is_some() {
            if byte == b'"' && bytes.next_if_eq(&b'"').is_none() {
                opened_on = None;
                at_cell_start = false;
            }
        } else if byte == b'"' && at_cell_start {
            opened_on = Some(line);
        } else {
            at_cell_start = byte == delimiter || byte == b'\n' || byte == b'\r';
        }
    }
    opened_on
}

fn workbook(bytes: &[u8], zip: bool, bounds: Bounds) -> Result<Table, SheetFault> {
    let unreadable = |error: calamine::Error| SheetFault::Unreadable(error.to_string());
    if zip {
        check_unzipped_size(bytes, bounds.unzipped_bytes)?;
    }
    let (dense, spaces) = match zip {
        true => extent::ods_extent(bytes).map_or((None, 0), |e| (Some(e.cells), e.spaces)),
        false => (extent::xls_cells(bytes), 0),
    };
    if dense.is_some_and(|cells| cells > bounds.dense_cells) {
        return Err(SheetFault::TooManyCells(bounds.dense_cells));
    }
    if spaces > bounds.unzipped_bytes {
        return Err(SheetFault::TooLargeUnzipped(bounds.unzipped_bytes));
    }
    let mut sheets = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(unreadable)?;
    let names = sheets.sheet_names();
    let first = names.first().cloned().ok_or(SheetFault::EmptyWorkbook)?;
    let mut rows = Rows::new(bounds);
    let mut put = |row: u32, column: u32, cell: Data| {
        rows.put(u64::from(row) + 1, column as usize, cell_text(&cell))
    };
    // Xlsx and xlsb are read cell by cell: their sheets may declare a used
    // range of a million rows that the cells never fill.
    let kind = match &mut sheets {
        Sheets::Xlsx(book) => {
            let mut cells = book
                .worksheet_cells_reader(&first)
                .map_err(|e| unreadable(e.into()))?;
            each_cell(|| cells.next_cell().map_err(Into::into), &mut put)?;
            "xlsx"
        }
        Sheets::Xlsb(book) => {
            let mut cells = book
                .worksheet_cells_reader(&first)
                .map_err(|e| unreadable(e.into()))?;
            each_cell(|| cells.next_cell().map_err(Into::into), &mut put)?;
            "xlsb"
        }
        Sheets::Xls(_) | Sheets::Ods(_) => {
            let kind = if matches!(sheets, Sheets::Xls(_)) {
                "xls"
            } else {
                "ods"
            };
            let range = sheets.worksheet_range(&first).map_err(unreadable)?;
            for (row, column, cell) in range.used_cells() {
                let (top, left) = range.start().unwrap_or((0, 0));
                put(top + row as u32, left + column as u32, cell.clone())?;
            }
            kind
        }
    };
    Ok(Table {
        source: SheetSource::Workbook {
            kind,
            sheet: first,
            sheets: names.len(),
        },
        rows: rows.into_rows(),
        unreadable: Vec::new(),
    })
}

/// Every cell a sheet's cell reader (`next`) gives, to `put`.
fn each_cell<'a>(
    mut next: impl FnMut() -> Result<Option<calamine::Cell<DataRef<'a>>>, calamine::Error>,
    put: &mut impl FnMut(u32, u32, Data) -> Result<(), SheetFault>,
) -> Result<(), SheetFault> {
    while let Some(cell) = next().map_err(|e| SheetFault::Unreadable(e.to_string()))? {
        let (row, column) = cell.get_position();
        put(row, column, Data::from(cell.get_value().clone()))?;
    }
    Ok(())
}

/// Refuses a workbook whose parts decompress past `limit` bytes, measured
/// by decompressing (a zip's declared sizes may lie) into nothing.
fn check_unzipped_size(bytes: &[u8], limit: u64) -> Result<(), SheetFault> {
    let unreadable = |error: zip::result::ZipError| SheetFault::Unreadable(error.to_string());
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(unreadable)?;
    let mut total = 0;
    for i in 0..archive.len() {
        let part = archive.by_index(i).map_err(unreadable)?;
        total += io::copy(&mut part.take(limit - total + 1), &mut io::sink())
            .map_err(|e| SheetFault::Unreadable(e.to_string()))?;
        if total > limit {
            return Err(SheetFault::TooLargeUnzipped(limit));
        }
    }
    Ok(())
}

/// A cell as the text it would be in a CSV: numbers in their shortest
/// exact form (`1001`, `113.1201`), dates as `YYYY-MM-DD`, errors as Excel
/// shows them (`#N/A`), so the same rules read both.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
        Data::Int(n) => n.to_string(),
        Data::Float(x) => x.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(date) if date.is_datetime() => {
            let (year, month, day, ..) = date.to_ymd_hms_milli();
            format!("{year:04}-{month:02}-{day:02}")
        }
        Data::DateTime(duration) => duration.as_f64().to_string(),
        Data::Error(error) => error.to_string(),
    }
}
