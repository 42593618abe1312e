//! How many cells calamine would allocate for an xls or ods workbook, read
//! from the file without calamine. Both formats are built into dense ranges
//! (every cell of each sheet's used rectangle) for every sheet as soon as the
//! workbook opens, so one stray cell far away, or a cell repeated a million
//! times, makes gigabytes out of a few bytes. Xlsx and xlsb are read cell by
//! cell instead (`table`) and need no such check.

use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};

/// The used rectangle of one sheet, in cells, rows and columns from 0.
#[derive(Clone, Copy, Default)]
struct Rectangle {
    rows: Option<(u64, u64)>,
    columns: Option<(u64, u64)>,
}

impl Rectangle {
    /// Adds the cells of rows `row..row + rows` and columns
    /// `column..column + columns`.
    fn add(&mut self, row: u64, rows: u64, column: u64, columns: u64) {
        let widen = |span: &mut Option<(u64, u64)>, first: u64, count: u64| {
            let last = first.saturating_add(count.max(1) - 1);
            *span = Some(match *span {
                None => (first, last),
                Some((low, high)) => (low.min(first), high.max(last)),
            });
        };
        widen(&mut self.rows, row, rows);
        widen(&mut self.columns, column, columns);
    }

    fn cells(&self) -> u64 {
        match (self.rows, self.columns) {
            (Some((top, bottom)), Some((left, right))) => {
                (bottom - top + 1).saturating_mul(right - left + 1)
            }
            _ => 0,
        }
    }
}

/// The cells of every sheet's used rectangle of an xls workbook (BIFF8 in
/// an OLE compound file), from its cell records; `None` when it cannot be
/// read this way (calamine then says why).
pub fn xls_cells(bytes: &[u8]) -> Option<u64> {
    let mut file = cfb::CompoundFile::open(Cursor::new(bytes)).ok()?;
    let name = ["/Workbook", "/Book"]
        .into_iter()
        .find(|name| file.is_stream(name))?;
    let mut stream = Vec::new();
    file.open_stream(name).ok()?.read_to_end(&mut stream).ok()?;
    let mut total = 0u64;
    let mut sheet = Rectangle::default();
    let mut records = stream.as_slice();
    while records.len() >= 4 {
        let kind = u16::from_le_bytes([records[0], records[1]]);
        let length = usize::from(u16::from_le_bytes([records[2], records[3]]));
        let data = records.get(4..4 + length)?;
        records = &records[4 + length..];
        let word = |at: usize| {
            data.get(at..at + 2)
                .map(|b| u64::from(b[0]) | u64::from(b[1]) << 8)
        };
        match kind {
            // BOF: a new sheet (or the workbook globals) begins.
            0x0809 => {
                total = total.saturating_add(sheet.cells());
                sheet = Rectangle::default();
            }
            // FORMULA, RSTRING, LABELSST, BLANK, NUMBER, LABEL, BOOLERR, RK:
            // row, column.
            0x0006 | 0x00D6 | 0x00FD | 0x0201 | 0x0203 | 0x0204 | 0x0205 | 0x027E => {
                if let (Some(row), Some(column)) = (word(0), word(2)) {
                    sheet.add(row, 1, column, 1);
                }
            }
            // MULRK, MULBLANK: row, first column, …, last column.
            0x00BD | 0x00BE => {
                if let (Some(row), Some(first), Some(last)) =
                    (word(0), word(2), word(length.saturating_sub(2)))
                {
                    sheet.add(row, 1, first, last.saturating_sub(first) + 1);
                }
            }
            _ => {}
        }
    }
    Some(total.saturating_add(sheet.cells()))
}

/// What an ods workbook's `content.xml` stands for once expanded: the cells
/// of every sheet's used rectangle, with the rows and cells its repeat counts
/// stand for, and the spaces its `<text:s text:c="…">` stand for.
pub struct OdsExtent {
    pub cells: u64,
    pub spaces: u64,
}

/// `None` when the file cannot be read this way (calamine then says why).
pub fn ods_extent(bytes: &[u8]) -> Option<OdsExtent> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let content = archive.by_name("content.xml").ok()?;
    let mut reader = quick_xml::Reader::from_reader(std::io::BufReader::new(content));
    let mut buffer = Vec::new();
    let (mut total, mut sheet) = (0u64, Rectangle::default());
    let (mut row, mut rows_repeated, mut column) = (0u64, 1u64, 0u64);
    let mut spaces = 0u64;
    loop {
        let event = reader.read_event_into(&mut buffer).ok()?;
        match &event {
            Event::Start(element) | Event::Empty(element) => match element.local_name().as_ref() {
                "table" => {
                    total = total.saturating_add(sheet.cells());
                    (sheet, row) = (Rectangle::default(), 0);
                }
                "table-row" => {
                    rows_repeated = repeats(element, "table:number-rows-repeated");
                    column = 0;
                    if matches!(event, Event::Empty(_)) {
                        row = row.saturating_add(rows_repeated);
                    }
                }
                "table-cell" | "covered-table-cell" => {
                    let columns = repeats(element, "table:number-columns-repeated");
                    // An empty cell (no value, no text) is not kept.
                    let holds_value = element
                        .try_get_attribute("office:value-type")
                        .ok()
                        .flatten()
                        .is_some()
                        || matches!(event, Event::Start(_));
                    if holds_value {
                        sheet.add(row, rows_repeated, column, columns);
                    }
                    column = column.saturating_add(columns);
                }
                "s" => spaces = spaces.saturating_add(repeats(element, "text:c")),
                _ => {}
            },
            Event::End(element) if element.local_name().as_ref() == "table-row" => {
                row = row.saturating_add(rows_repeated);
            }
            Event::Eof => break,
            _ => {}
        }
        buffer.clear();
    }
    Some(OdsExtent {
        cells: total.saturating_add(sheet.cells()),
        spaces,
    })
}

fn repeats(element: &BytesStart, name: &str) -> u64 {
    element
        .try_get_attribute(name)
        .ok()
        .flatten()
        .and_then(|a| a.value.parse().ok())
        .unwrap_or(1)
}
