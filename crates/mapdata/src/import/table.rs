//! A spreadsheet as rows of text cells, each with the number an editor sees
//! beside it (the CSV's line, the workbook's row): a CSV or tab-separated
//! text in any encoding Excel and WPS write, or the workbook itself (xlsx,
//! xls, xlsb, ods), its first sheet.

use std::io::Cursor;

use calamine::{Data, Reader, Sheets, open_workbook_auto_from_rs};

use super::decode;
use super::trouble::Trouble;

/// Where the rows came from, for the report.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Source {
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

pub struct Table {
    pub source: Source,
    /// Number and cells of every row, the header row first.
    pub rows: Vec<(u64, Vec<String>)>,
    /// Stretches the CSV reader could not read, with their line.
    pub unreadable: Vec<(Option<u64>, String)>,
}

pub fn read(bytes: &[u8]) -> Result<Table, Trouble> {
    // Zip (xlsx, xlsb, ods) and OLE (xls) files start so; text never does.
    let zip = bytes.starts_with(b"PK\x03\x04");
    let ole = bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    if zip || ole {
        workbook(bytes)
    } else {
        text(bytes)
    }
}

fn text(bytes: &[u8]) -> Result<Table, Trouble> {
    let decoded = decode::decode(bytes)?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(decoded.delimiter)
        .flexible(true)
        .has_headers(false)
        .from_reader(decoded.text.as_bytes());
    let mut table = Table {
        source: Source::Text {
            encoding: decoded.encoding,
        },
        rows: Vec::new(),
        unreadable: Vec::new(),
    };
    for record in reader.records() {
        match record {
            Ok(record) => table.rows.push((
                record.position().map_or(0, |p| p.line()),
                record.iter().map(str::to_string).collect(),
            )),
            Err(error) => table
                .unreadable
                .push((error.position().map(|p| p.line()), error.to_string())),
        }
    }
    Ok(table)
}

fn workbook(bytes: &[u8]) -> Result<Table, Trouble> {
    let unreadable = |error: calamine::Error| Trouble::Unreadable(error.to_string());
    let mut sheets = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(unreadable)?;
    let kind = match &sheets {
        Sheets::Xls(_) => "xls",
        Sheets::Xlsx(_) => "xlsx",
        Sheets::Xlsb(_) => "xlsb",
        Sheets::Ods(_) => "ods",
    };
    let names = sheets.sheet_names();
    let range = sheets
        .worksheet_range_at(0)
        .ok_or(Trouble::EmptyWorkbook)?
        .map_err(unreadable)?;
    // A sheet's used range may start below row 1 or right of column A;
    // numbers and letters stay the ones the editor sees.
    let (top, left) = range.start().unwrap_or((0, 0));
    let rows = range
        .rows()
        .zip(u64::from(top) + 1..)
        .map(|(cells, number)| {
            let padding = std::iter::repeat_n(String::new(), left as usize);
            (number, padding.chain(cells.iter().map(cell_text)).collect())
        })
        .collect();
    Ok(Table {
        source: Source::Workbook {
            kind,
            sheet: names.first().cloned().unwrap_or_default(),
            sheets: names.len(),
        },
        rows,
        unreadable: Vec::new(),
    })
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
