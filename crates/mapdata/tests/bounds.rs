//! Spreadsheets are read within stated bounds (`table::Bounds`), checked
//! before the memory is taken: a few kilobytes of hostile workbook are
//! refused with a message, never turned into gigabytes.

use std::io::Write;
use std::path::Path;

use imap_core::model::dataset::Dataset;
use imap_core::model::sheet_fault::SheetFault;
use imap_core::tool::finding::Level;
use mapdata::folder;
use mapdata::import::table::Bounds;
use mapdata::import::{Import, Options, import};

fn data() -> Dataset {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data/map.json");
    folder::open(&manifest).unwrap().1
}

fn read(bytes: &[u8], bounds: Bounds) -> Import {
    import(
        bytes,
        &data(),
        Options {
            bounds,
            ..Options::default()
        },
    )
}

/// The one error of an import that was refused.
fn refusal(result: &Import) -> SheetFault {
    assert_eq!(result.geojson, None);
    let errors: Vec<_> = result
        .findings
        .iter()
        .filter(|f| f.level == Level::Error)
        .collect();
    assert_eq!(errors.len(), 1, "{:?}", result.findings);
    errors[0]
        .sheet_fault()
        .cloned()
        .expect("a fault of the sheet")
}

const HEADERS: [&str; 6] = ["id", "name", "industry", "status", "lon", "lat"];
const ROW: [&str; 6] = ["p1", "园区", "new_materials", "signed", "113.1", "22.55"];

/// A workbook with the headers, one good row, and `extra` cells.
fn xlsx(extra: &[(u32, u16, &str)]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, (header, cell)) in HEADERS.iter().zip(ROW).enumerate() {
        sheet.write_string(0, c as u16, *header).unwrap();
        sheet.write_string(1, c as u16, cell).unwrap();
    }
    for (row, column, text) in extra {
        sheet.write_string(*row, *column, *text).unwrap();
    }
    book.save_to_buffer().unwrap()
}

#[test]
fn one_cell_in_the_last_column_of_the_last_row_is_refused_by_name() {
    let bytes = xlsx(&[(1_048_575, 16_383, "x")]);
    assert!(bytes.len() < 10_000);
    let result = read(&bytes, Bounds::STANDARD);
    assert_eq!(
        refusal(&result),
        SheetFault::TooManyColumns {
            row: 1_048_576,
            column: 16_383,
            columns: 256
        }
    );
    assert!(
        imap_i18n::Texts::sheet_fault(imap_core::lang::Lang::En, &refusal(&result))
            .starts_with("cell XFD1048576 is right of column IV")
    );
}

#[test]
fn a_stray_cell_far_down_is_a_row_like_any_other() {
    let result = read(&xlsx(&[(1_048_575, 26, "x")]), Bounds::STANDARD);
    assert_eq!((result.tally.rows, result.tally.written), (2, 1));
    assert!(
        result
            .findings
            .iter()
            .any(|f| f.line() == Some(1_048_576) && f.level == Level::Skipped),
        "{:?}",
        result.findings
    );
}

#[test]
fn rows_cells_and_file_size_past_their_bounds_are_refused() {
    let small = Bounds {
        rows: 3,
        cell_chars: 16,
        file_bytes: 2_000,
        ..Bounds::STANDARD
    };
    let csv = |rows: usize, name: &str| {
        let mut text = format!("{}\n", HEADERS.join(","));
        for i in 0..rows {
            text += &format!("p{i},{name},new_materials,signed,113.1,22.55\n");
        }
        text
    };
    let fits = read(csv(2, "园区").as_bytes(), small);
    assert_eq!(fits.tally.written, 2, "{:?}", fits.findings);
    assert_eq!(
        refusal(&read(csv(3, "园区").as_bytes(), small)),
        SheetFault::TooManyRows(3)
    );
    assert_eq!(
        refusal(&read(csv(1, &"名".repeat(17)).as_bytes(), small)),
        SheetFault::CellTooLong {
            row: 2,
            column: 1,
            chars: 16
        }
    );
    assert_eq!(
        refusal(&read(csv(2, &"x".repeat(3_000)).as_bytes(), small)),
        SheetFault::TooLarge(2_000)
    );
    let workbook = xlsx(&[(2, 0, "p2"), (3, 0, "p3"), (4, 0, "p4")]);
    assert_eq!(
        refusal(&read(
            &workbook,
            Bounds {
                rows: 3,
                ..Bounds::STANDARD
            }
        )),
        SheetFault::TooManyRows(3)
    );
}

#[test]
fn a_workbook_that_decompresses_past_the_bound_is_refused_before_it_is_read() {
    let limit = 1 << 20;
    let bounds = Bounds {
        unzipped_bytes: limit,
        ..Bounds::STANDARD
    };
    // 2 MiB of shared strings: a few KiB on the disk.
    let long: Vec<String> = (0..70)
        .map(|i| format!("{i}{}", "x".repeat(30_000)))
        .collect();
    let cells: Vec<(u32, u16, &str)> = (7..).zip(&long).map(|(c, s)| (2, c, s.as_str())).collect();
    let bytes = xlsx(&cells);
    assert!(bytes.len() < 20_000, "{}", bytes.len());
    assert_eq!(
        refusal(&read(&bytes, bounds)),
        SheetFault::TooLargeUnzipped(limit)
    );
    assert!(read(&xlsx(&[]), bounds).geojson.is_some());
}

/// An ods workbook of `content` (the spreadsheet's body).
fn ods(body: &str) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    zip.start_file("META-INF/manifest.xml", stored).unwrap();
    zip.write_all(br#"<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#).unwrap();
    zip.start_file("content.xml", stored).unwrap();
    let cell = |text: &str| {
        format!(
            r#"<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>"#
        )
    };
    let row = |cells: &[&str]| {
        format!(
            "<table:table-row>{}</table:table-row>",
            cells.iter().map(|c| cell(c)).collect::<String>()
        )
    };
    write!(
        zip,
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Projects">{}{}{body}</table:table></office:spreadsheet></office:body></office:document-content>"#,
        row(&HEADERS),
        row(&ROW)
    )
    .unwrap();
    zip.finish().unwrap().into_inner()
}

#[test]
fn an_ods_whose_repeats_stand_for_too_many_cells_is_refused() {
    assert_eq!(read(&ods(""), Bounds::STANDARD).tally.written, 1);
    // LibreOffice's own padding: empty rows and cells repeated to the end.
    let padding = r#"<table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>"#;
    assert_eq!(read(&ods(padding), Bounds::STANDARD).tally.written, 1);
    let bomb = r#"<table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="16000" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#;
    assert_eq!(
        refusal(&read(&ods(bomb), Bounds::STANDARD)),
        SheetFault::TooManyCells(Bounds::STANDARD.dense_cells)
    );
    let far = r#"<table:table-row table:number-rows-repeated="1048000"><table:table-cell/></table:table-row><table:table-row><table:table-cell table:number-columns-repeated="1000"/><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#;
    assert_eq!(
        refusal(&read(&ods(far), Bounds::STANDARD)),
        SheetFault::TooManyCells(Bounds::STANDARD.dense_cells)
    );
    // `<text:s text:c="N"/>` stands for N spaces.
    let spaces = r#"<table:table-row><table:table-cell office:value-type="string"><text:p>a<text:s text:c="4000000000"/></text:p></table:table-cell></table:table-row>"#;
    assert_eq!(
        refusal(&read(&ods(spaces), Bounds::STANDARD)),
        SheetFault::TooLargeUnzipped(Bounds::STANDARD.unzipped_bytes)
    );
}

/// An xls workbook (BIFF8 in an OLE compound file) whose cell records are
/// `cells` (row, column); only what the bound check reads.
fn xls(cells: &[(u16, u16)]) -> Vec<u8> {
    let record = |kind: u16, data: &[u8]| {
        let mut bytes = kind.to_le_bytes().to_vec();
        bytes.extend((data.len() as u16).to_le_bytes());
        bytes.extend(data);
        bytes
    };
    let mut stream = record(0x0809, &[0; 16]);
    stream.extend(record(0x000A, &[]));
    stream.extend(record(0x0809, &[0; 16]));
    for (row, column) in cells {
        let mut number = Vec::new();
        number.extend(row.to_le_bytes());
        number.extend(column.to_le_bytes());
        number.extend([0; 10]);
        stream.extend(record(0x0203, &number));
    }
    stream.extend(record(0x000A, &[]));
    let mut file = cfb::CompoundFile::create(std::io::Cursor::new(Vec::new())).unwrap();
    file.create_stream("/Workbook")
        .unwrap()
        .write_all(&stream)
        .unwrap();
    file.flush().unwrap();
    file.into_inner().into_inner()
}

#[test]
fn an_xls_whose_cells_span_too_large_a_rectangle_is_refused() {
    use mapdata::import::extent::xls_cells;
    assert_eq!(xls_cells(&xls(&[(0, 0), (1, 5)])), Some(12));
    let far = xls(&[(0, 0), (65_535, 255)]);
    assert_eq!(xls_cells(&far), Some(65_536 * 256));
    assert_eq!(
        refusal(&read(&far, Bounds::STANDARD)),
        SheetFault::TooManyCells(Bounds::STANDARD.dense_cells)
    );
}
