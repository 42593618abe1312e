//! Fuzzing the spreadsheet importer like the app's parsers (the harness is
//! `imap-core`'s): sheets with the known headers in any order, cells as
//! editors and accidents write them, then damaged and re-encoded. The
//! importer must never panic, and what it writes must load whole.

#[path = "../../imap-core/tests/harness/mod.rs"]
mod harness;

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use harness::fuzz;
use imap_core::model::dataset::Dataset;
use imap_core::model::problems::Severity;
use imap_core::tool::finding::Level;
use mapdata::folder;
use mapdata::import::{Options, import};
use proptest::prelude::*;

fn repo(path: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

const HEADERS: &[&str] = &[
    "编号",
    "id",
    "名称",
    "name",
    "英文名称",
    "行业",
    "industry",
    "产业",
    "状态",
    "status",
    "投资额(亿元)",
    "投资额（亿元）",
    "investment",
    "区域",
    "district",
    "日期",
    "date",
    "企业",
    "简介",
    "description_en",
    "面积(公顷)",
    "经度",
    "lon",
    "纬度",
    "lat",
    "位置精度",
    "链接",
    "url",
    "备注",
    "",
];

/// What a cell may hold: good values, editors' spellings and accidents.
fn cell() -> impl Strategy<Value = String> {
    const CELLS: &[&str] = &[
        "新材料",
        "new_materials",
        "Signed",
        "签约",
        "投产",
        "江海区",
        "jianghai",
        "5亿",
        "50000万元",
        "3千万",
        "未公开",
        "-0",
        "1e309",
        "NaN",
        "100000.0000001",
        "2021/3/9",
        "2021年3月",
        "2021-02-30",
        "大致",
        "approximate",
        "https://a.cn",
        "javascript:x",
        "113.12",
        "22.57",
        "-181",
        "90.0000001",
        "'=1+1",
        "1.2E+11",
        "\"",
        "\r",
        "\t",
        ",",
    ];
    prop_oneof![
        prop::sample::select(CELLS).prop_map(str::to_string),
        "[a-z0-9_.-]{1,8}",
        "\\PC{0,10}",
        (113.0..113.3f64).prop_map(|v| v.to_string()),
        (22.4..22.7f64).prop_map(|v| v.to_string()),
    ]
}

/// A cell for a column: mostly what that header wants, sometimes anything.
fn cell_for(header: &str) -> BoxedStrategy<String> {
    let valid: &[&str] = match header {
        "编号" | "id" => return prop_oneof![3 => "[a-z0-9_.-]{1,8}", 1 => cell()].boxed(),
        "行业" | "industry" | "产业" => {
            &["新材料", "new_materials", "New materials", "基础设施"]
        }
        "状态" | "status" => &["签约", "Signed", "production", "动工"],
        "经度" | "lon" => {
            return prop_oneof![3 => (113.0..113.3f64).prop_map(|v| v.to_string()), 1 => cell()]
                .boxed();
        }
        "纬度" | "lat" => {
            return prop_oneof![3 => (22.4..22.7f64).prop_map(|v| v.to_string()), 1 => cell()]
                .boxed();
        }
        _ => return prop_oneof![1 => Just(String::new()), 2 => cell()].boxed(),
    };
    prop_oneof![3 => prop::sample::select(valid).prop_map(str::to_string), 1 => cell()].boxed()
}

/// The six columns a sheet needs (by either name) and some others, in any
/// order; rows of cells for them, now and then one cell too many or few.
fn table() -> impl Strategy<Value = Vec<Vec<String>>> {
    let required = [
        ["编号", "id"],
        ["名称", "name"],
        ["行业", "industry"],
        ["状态", "status"],
        ["经度", "lon"],
        ["纬度", "lat"],
    ]
    .map(|names| prop::sample::select(names.to_vec()));
    let others = prop::collection::vec(prop::sample::select(HEADERS), 0..5);
    (required, others, any::<bool>())
        .prop_flat_map(|(required, others, dropped)| {
            let mut headers: Vec<&str> = required.to_vec();
            headers.extend(others);
            if dropped {
                headers.pop();
            }
            Just(headers).prop_shuffle()
        })
        .prop_flat_map(|headers| {
            let row: Vec<BoxedStrategy<String>> = headers.iter().map(|h| cell_for(h)).collect();
            let rows = prop::collection::vec((row, 0u8..8, cell()), 0..8);
            (Just(headers), rows)
        })
        .prop_map(|(headers, rows)| {
            let mut table = vec![headers.iter().map(|h| h.to_string()).collect()];
            for (mut row, odd, extra) in rows {
                match odd {
                    0 => row.push(extra),
                    1 => {
                        row.pop();
                    }
                    _ => {}
                }
                table.push(row);
            }
            table
        })
}

/// A sheet's bytes: the table written as CSV, then maybe encoded as Excel
/// or WPS might, or with a byte changed and cut short.
fn sheet() -> impl Strategy<Value = Vec<u8>> {
    (
        table(),
        any::<bool>(),
        0u8..4,
        any::<prop::sample::Index>(),
        any::<u8>(),
    )
        .prop_map(|(table, tabs, damage, at, byte)| {
            let mut writer = csv::WriterBuilder::new()
                .flexible(true)
                .delimiter(if tabs { b'\t' } else { b',' })
                .from_writer(Vec::new());
            for row in &table {
                let _ = writer.write_record(row);
            }
            let text =
                String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default();
            let mut bytes = match damage {
                1 => encoding_rs::GB18030.encode(&text).0.into_owned(),
                2 => [0xFF, 0xFE]
                    .into_iter()
                    .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
                    .collect(),
                _ => text.into_bytes(),
            };
            if damage == 3 && !bytes.is_empty() {
                let i = at.index(bytes.len());
                bytes[i] = byte;
                bytes.truncate(at.index(bytes.len()) + 1);
            }
            bytes
        })
}

#[test]
fn sheets_never_panic_and_what_is_written_loads_whole() {
    let data = folder::open(&repo("public/data/map.json")).unwrap().1;
    let districts = std::fs::read_to_string(repo("public/data/districts.geojson")).unwrap();
    let written = AtomicUsize::new(0);
    fuzz(sheet(), |bytes| {
        let result = import(bytes, &data, Options::default());
        written.fetch_add(result.tally.written, Ordering::Relaxed);
        assert!(result.tally.written <= result.tally.rows);
        assert!(result.findings.iter().all(|f| f.line() != Some(0)));
        let Some(geojson) = result.geojson else {
            assert!(result.findings.iter().any(|f| f.level == Level::Error));
            return;
        };
        let loaded = Dataset::assemble(data.manifest.clone(), Ok(districts.clone()), Ok(geojson));
        assert_eq!(loaded.file_errors, []);
        assert_eq!(loaded.projects.len(), result.tally.written);
        assert!(
            loaded
                .problems
                .iter()
                .all(|p| p.severity != Severity::Skipped),
            "{:?}",
            loaded.problems
        );
    });
    // The sheets must reach the writing, not only the header check.
    let written = written.into_inner();
    eprintln!("{written} projects written");
    assert!(written > 0);
}

/// A workbook of the example sheet, then damaged: bytes changed, cut short.
/// The reader (calamine) must refuse it with a reason, never panic.
#[test]
fn damaged_workbooks_never_panic() {
    let data = folder::open(&repo("public/data/map.json")).unwrap().1;
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let text = std::fs::read_to_string(repo("data-src/examples/projects.csv")).unwrap();
    let mut rows = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes());
    for (r, record) in rows.records().enumerate() {
        for (c, cell) in record.unwrap().iter().enumerate() {
            sheet.write_string(r as u32, c as u16, cell).unwrap();
        }
    }
    let original = book.save_to_buffer().unwrap();
    assert_eq!(
        import(&original, &data, Options::default()).tally.written,
        4
    );
    let damage = prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8);
    fuzz(
        (damage, any::<prop::sample::Index>(), any::<bool>()),
        |(changes, cut, truncate)| {
            let mut bytes = original.clone();
            for (at, byte) in changes {
                let i = at.index(bytes.len());
                bytes[i] = *byte;
            }
            if *truncate {
                bytes.truncate(cut.index(bytes.len()));
            }
            let result = import(&bytes, &data, Options::default());
            assert!(result.tally.written <= 4);
        },
    );
}

/// Workbooks with cells anywhere a sheet allows and of any length, read
/// within small bounds: every one is read within them or refused with the
/// bound it passes, never with anything else.
#[test]
fn workbooks_are_read_within_their_bounds() {
    use imap_core::model::sheet_fault::SheetFault;
    use mapdata::import::table::Bounds;
    let data = folder::open(&repo("public/data/map.json")).unwrap().1;
    let bounds = Bounds {
        unzipped_bytes: 64 << 10,
        rows: 20,
        columns: 30,
        cell_chars: 200,
        ..Bounds::STANDARD
    };
    let cell = (0u32..1_048_576, 0u16..16_384, 0usize..400);
    fuzz(prop::collection::vec(cell, 0..40), |cells| {
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        for (c, header) in ["id", "name", "industry", "status", "lon", "lat"]
            .iter()
            .enumerate()
        {
            sheet.write_string(0, c as u16, *header).unwrap();
        }
        for (row, column, length) in cells {
            sheet
                .write_string(*row, *column, "x".repeat(*length))
                .unwrap();
        }
        let bytes = book.save_to_buffer().unwrap();
        let result = import(
            &bytes,
            &data,
            Options {
                bounds,
                ..Options::default()
            },
        );
        let errors: Vec<&SheetFault> = result
            .findings
            .iter()
            .filter(|f| f.level == Level::Error)
            .filter_map(|f| f.sheet_fault())
            .collect();
        let past_a_bound = |t: &&SheetFault| {
            matches!(
                t,
                SheetFault::TooLargeUnzipped(_)
                    | SheetFault::TooManyRows(20)
                    | SheetFault::TooManyColumns { columns: 30, .. }
                    | SheetFault::CellTooLong { chars: 200, .. }
                    | SheetFault::NoRows
                    | SheetFault::NothingUsable
            )
        };
        assert!(errors.iter().all(past_a_bound), "{errors:?}");
        assert!(result.tally.rows < 20);
    });
}
