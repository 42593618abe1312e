//! `mapdata import-csv`: spreadsheets as editors save them, every mistake
//! reported where it is, and the way back through the app's own export.

use std::path::Path;

use imap_core::lang::Lang;
use imap_core::model::dataset::Dataset;
use imap_core::model::export;
use imap_core::model::sheet_fault::SheetFault;
use imap_core::tool::finding::Level;
use imap_core::tool::import_tally::SheetSource;
use imap_i18n::Texts;
use imap_i18n::ToolTexts;
use mapdata::folder;
use mapdata::import::{Import, Options, cells, import};
use proptest::prelude::*;

fn repo(path: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

fn data() -> Dataset {
    folder::open(&repo("public/data/map.json")).unwrap().1
}

fn run(bytes: &[u8]) -> Import {
    import(bytes, &data(), Options::default())
}

/// The projects file read back by the app, beside the default boundaries.
fn loaded(geojson: &str) -> Dataset {
    let d = data();
    let districts = std::fs::read_to_string(repo("public/data/districts.geojson")).unwrap();
    Dataset::assemble(d.manifest, Ok(districts), Ok(geojson.to_string()))
}

const SHEET: &str = "编号,名称,英文名称,行业,状态,投资额（亿元）,区域,日期,企业,简介,经度,纬度,位置精度,链接\n\
p1,智能装备产业园,Smart equipment park,高端机电装备制造,签约,5亿,,2021/3/9,甲公司,\"一期，\n二期\",113.12,22.57,大致,https://example.org/p1\n\
p2,新材料基地,,new_materials,Under construction,50000万元,江海区,2021年3月,,,113.1,22.55,,\n\
p3,电子信息园,,New materials,投产,,jianghai,2020,,,113.13,22.58,exact,\n";

#[test]
fn a_chinese_sheet_becomes_a_projects_file_the_app_loads_whole() {
    let result = run(SHEET.as_bytes());
    assert_eq!(result.findings, []);
    assert_eq!((result.tally.rows, result.tally.written), (3, 3));
    assert!(result.is_complete());
    let d = loaded(result.geojson.as_deref().unwrap());
    assert_eq!(
        (d.problems.len(), d.file_errors.len()),
        (0, 0),
        "{:?}",
        d.problems
    );
    let p1 = &d.projects[0];
    assert_eq!(p1.id, "p1");
    assert_eq!(p1.investment, Some(5.0));
    assert_eq!(p1.date.as_deref(), Some("2021-03-09"));
    assert_eq!(p1.description.as_deref(), Some("一期，\n二期"));
    assert!(p1.approximate);
    assert_eq!(p1.district.as_deref(), Some("jianghai"), "derived");
    assert_eq!(result.tally.districts_derived, 1);
    let p2 = &d.projects[1];
    assert_eq!(d.manifest.statuses[p2.status].id, "groundbreaking");
    assert_eq!(
        (p2.investment, p2.date.as_deref()),
        (Some(5.0), Some("2021-03"))
    );
    assert_eq!(
        d.manifest.industries[d.projects[2].industry].id,
        "new_materials"
    );
    assert!(!d.projects[2].approximate);
    assert_eq!(result.tally.source, SheetSource::Text { encoding: "UTF-8" });
}

#[test]
fn every_encoding_and_separator_excel_and_wps_write_gives_the_same_file() {
    let expected = run(SHEET.as_bytes()).geojson.unwrap();
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(SHEET);
    assert!(!unmappable);
    let (gb18030, _, _) = encoding_rs::GB18030.encode(SHEET);
    let bom = [b"\xEF\xBB\xBF".as_slice(), SHEET.as_bytes()].concat();
    let tabbed = SHEET.replace(',', "\t").replace("\"一期\t", "\"一期,");
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(tabbed.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let crlf = SHEET
        .replace('\n', "\r\n")
        .replace("\"一期，\r\n二期\"", "\"一期，\n二期\"");
    for (bytes, encoding) in [
        (gbk.to_vec(), "gb18030"),
        (gb18030.to_vec(), "gb18030"),
        (bom, "UTF-8"),
        (tabbed.into_bytes(), "UTF-8"),
        (utf16, "UTF-16LE"),
        (crlf.into_bytes(), "UTF-8"),
    ] {
        let result = run(&bytes);
        assert_eq!(result.findings, [], "{encoding}");
        assert_eq!(result.tally.source, SheetSource::Text { encoding });
        assert_eq!(
            result.geojson.as_deref(),
            Some(expected.as_str()),
            "{encoding}"
        );
    }
}

#[test]
fn bytes_that_are_no_text_are_refused_with_the_fix() {
    let result = run(&[0x81, 0x20, 0xFF, 0xFE, 0x00]);
    assert_eq!(result.geojson, None);
    assert_eq!(
        result.findings[0].sheet_fault(),
        Some(&SheetFault::Undecodable)
    );
    assert!(Lang::Zh.finding(&result.findings[0]).contains("CSV UTF-8"));
}

const MISTAKES: &str = "编号,名称,行业,状态,投资额(亿元),经度,纬度,日期,链接,备注\n\
ok1,好项目,新材料,签约,1.5,113.12,22.57,,,\n\
bad-amount,甲,新材料,签约,五亿,113.12,22.571,,,\n\
,乙,新材料,签约,,113.12,22.572,,,\n\
bad-industry,丙,旅游,签约,,113.12,22.573,,,\n\
ok1,丁,新材料,签约,,113.12,22.574,,,\n\
swapped,戊,新材料,签约,,22.57,113.12,,,\n\
bad-date,己,新材料,签约,,113.12,22.575,2021-13-01,,\n\
bad-url,庚,新材料,签约,,113.12,22.576,,javascript:alert(1),\n\
extra,辛,新材料,签约,,113.12,22.577,,,,多出的一格\n\
negative,壬,新材料,签约,-3,113.12,22.578,,,\n\
huge,癸,新材料,签约,200000,113.12,22.579,,,\n\
1.2E+11,子,新材料,签约,,113.12,22.58,,,\n\
no-place,丑,新材料,签约,,,22.58,,,\n\
\n\
ok2,好项目二,新材料,签约,,113.121,22.57,,,\n";

fn found(result: &Import) -> Vec<(Level, Option<u64>, Option<String>, String)> {
    result
        .findings
        .iter()
        .map(|f| {
            (
                f.level,
                f.line(),
                f.column().map(|(_, header)| header.clone()),
                format!("{:?}", f.sheet_fault().expect("a fault of the sheet"))
                    .split(['(', ' ', '{'])
                    .next()
                    .unwrap()
                    .to_string(),
            )
        })
        .collect()
}

#[test]
fn every_bad_row_is_named_by_line_and_column_and_the_good_rows_are_written() {
    let result = run(MISTAKES.as_bytes());
    let skip = |line, column: Option<&str>, fault: &str| {
        (
            Level::Skipped,
            Some(line),
            column.map(str::to_string),
            fault.to_string(),
        )
    };
    assert_eq!(
        found(&result),
        [
            (
                Level::Warning,
                Some(1),
                Some("备注".to_string()),
                "UnknownColumn".to_string()
            ),
            skip(3, Some("投资额(亿元)"), "BadAmount"),
            skip(4, Some("编号"), "Empty"),
            skip(5, Some("行业"), "Unknown"),
            skip(6, Some("编号"), "DuplicateId"),
            skip(7, Some("纬度"), "Swapped"),
            skip(8, Some("日期"), "BadDate"),
            skip(9, Some("链接"), "BadUrl"),
            skip(10, None, "ExtraCells"),
            skip(11, Some("投资额(亿元)"), "NegativeAmount"),
            skip(12, Some("投资额(亿元)"), "AmountTooLarge"),
            skip(13, Some("编号"), "BadId"),
            skip(14, Some("经度"), "Empty"),
        ]
    );
    assert_eq!((result.tally.rows, result.tally.written), (14, 2));
    assert!(!result.is_complete());
    let d = loaded(result.geojson.as_deref().unwrap());
    let ids: Vec<&str> = d.projects.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["ok1", "ok2"]);

    let text = |i: usize, lang: Lang| lang.finding(&result.findings[i]);
    assert_eq!(
        text(1, Lang::Zh),
        "第 3 行 E 列「投资额(亿元)」：「五亿」不是金额：请写 5、5.0、5亿、5千万 或 50000万元，未公开则留空"
    );
    assert_eq!(
        text(1, Lang::En),
        "line 3, column E (投资额(亿元)): “五亿” is not an amount: write 5, 5.0, 5亿, 5千万 or 50000万元, or leave it empty when not disclosed"
    );
    assert!(text(3, Lang::Zh).contains("「旅游」不在数据的列表中；可用：高端机电装备制造、新材料"));
    assert!(
        text(3, Lang::En)
            .contains("use one of: High-end electromechanical equipment, New materials")
    );
    assert!(text(4, Lang::Zh).contains("已在第 2 行用过"));
    assert!(text(11, Lang::En).contains("format the column as Text"));
}

#[test]
fn a_sheet_without_the_needed_columns_writes_nothing_and_names_them() {
    let result = run("编号,名称,行业,状态,经度\np1,甲,新材料,签约,113.1\n".as_bytes());
    assert_eq!(result.geojson, None);
    assert_eq!(result.findings.len(), 1);
    assert_eq!(result.findings[0].level, Level::Error);
    assert_eq!(
        Lang::En.finding(&result.findings[0]),
        "line 1: required columns are missing: lat (纬度); line 1 must hold the headers"
    );
    let repeated = run("编号,id,名称,行业,状态,经度,纬度\n".as_bytes());
    assert_eq!(
        repeated.findings[0].sheet_fault(),
        Some(&SheetFault::RepeatedColumn("id".into()))
    );
}

#[test]
fn english_headers_the_apps_own_and_a_bad_line_after_a_multi_line_cell() {
    let sheet = "ID,Name,Industry,Status,Investment (CNY 100 million),Longitude,Latitude,Description\n\
a,\"甲\n(two lines)\",new_materials,signed,1,113.12,22.57,\"x\n\ny\"\n\
b,乙,new_materials,signed,oops,113.12,22.57,\n";
    let result = run(sheet.as_bytes());
    assert_eq!(
        found(&result),
        [(
            Level::Skipped,
            Some(6),
            Some("Investment (CNY 100 million)".into()),
            "BadAmount".into()
        )]
    );
}

#[test]
fn amounts_are_read_as_editors_write_them_and_exactly() {
    let ok = |text: &str| cells::amount(text).unwrap();
    assert_eq!(ok("5"), Some(5.0));
    assert_eq!(ok("5.0"), Some(5.0));
    assert_eq!(ok("5亿"), Some(5.0));
    assert_eq!(ok(" 5 亿元 "), Some(5.0));
    assert_eq!(ok("50000万元"), Some(5.0));
    assert_eq!(ok("50000万"), Some(5.0));
    assert_eq!(ok("12345万"), Some(1.2345));
    assert_eq!(ok("1.5万元"), Some(0.00015));
    assert_eq!(ok("1,200"), Some(1200.0));
    assert_eq!(ok("5千万"), Some(0.5));
    assert_eq!(ok("3千万元"), Some(0.3));
    assert_eq!(ok("3百万"), Some(0.03));
    assert_eq!(ok("0.1"), Some(0.1));
    assert_eq!(ok(""), None);
    assert_eq!(ok("未公开"), None);
    assert_eq!(ok("Undisclosed"), None);
    for bad in [
        "五亿",
        "5e3",
        "0x10",
        "1.2.3",
        ".5",
        "5 亿 元 元",
        "亿",
        "5十万",
        "千万",
    ] {
        assert_eq!(
            cells::amount(bad),
            Err(SheetFault::BadAmount(bad.into())),
            "{bad}"
        );
    }
    assert!(matches!(
        cells::amount("-3"),
        Err(SheetFault::NegativeAmount(_))
    ));
    // Zero with a sign is zero, as the app reads `-0`.
    assert_eq!(ok("-0"), Some(0.0));
    assert_eq!(ok("-0.00亿"), Some(0.0));
    assert!(matches!(
        cells::amount("-0.01"),
        Err(SheetFault::NegativeAmount(_))
    ));
    assert!(matches!(
        cells::amount("100001"),
        Err(SheetFault::AmountTooLarge(_))
    ));
}

#[test]
fn dates_precision_and_links_as_editors_write_them() {
    let date = |text: &str| cells::date(text);
    assert_eq!(date("2021"), Ok(Some("2021".into())));
    assert_eq!(date("2021-3"), Ok(Some("2021-03".into())));
    assert_eq!(date("2021/3/9"), Ok(Some("2021-03-09".into())));
    assert_eq!(date("2021.03.09"), Ok(Some("2021-03-09".into())));
    assert_eq!(date("2021年3月9日"), Ok(Some("2021-03-09".into())));
    assert_eq!(date("2021年3月"), Ok(Some("2021-03".into())));
    assert_eq!(date("2021年"), Ok(Some("2021".into())));
    assert_eq!(date(""), Ok(None));
    assert_eq!(date("2024-02-29"), Ok(Some("2024-02-29".into())));
    for bad in [
        "2021-13",
        "21/3/9",
        "2021-3-",
        "三月",
        "2021-02-32",
        "2021-02-30",
        "2023-02-29",
        "2021-04-31",
    ] {
        assert_eq!(date(bad), Err(SheetFault::BadDate(bad.into())), "{bad}");
    }
    assert_eq!(cells::approximate("大致"), Ok(true));
    assert_eq!(cells::approximate("Approximate"), Ok(true));
    assert_eq!(cells::approximate(""), Ok(false));
    assert!(cells::approximate("roughly").is_err());
    assert_eq!(
        cells::link("HTTPS://a.cn/x"),
        Ok(Some("HTTPS://a.cn/x".into()))
    );
    assert!(cells::link("www.example.org").is_err());
}

#[test]
fn gcj02_coordinates_land_within_a_metre_of_their_wgs84_twins() {
    let points = |file: &str| -> Vec<(f64, f64)> {
        let text = std::fs::read_to_string(repo(&format!("../shared/geodata/{file}"))).unwrap();
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        json["features"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                let c = &f["geometry"]["coordinates"];
                (c[0].as_f64().unwrap(), c[1].as_f64().unwrap())
            })
            .collect()
    };
    let (gcj, wgs) = (
        points("jianghai_pins_candidates_gcj02.geojson"),
        points("jianghai_pins_candidates_wgs84.geojson"),
    );
    let mut sheet = String::from("id,name,industry,status,lon,lat\n");
    for (i, (lon, lat)) in gcj.iter().enumerate() {
        sheet += &format!("p{i},点{i},new_materials,signed,{lon},{lat}\n");
    }
    let result = import(
        sheet.as_bytes(),
        &data(),
        Options {
            from_gcj02: true,
            ..Options::default()
        },
    );
    let d = loaded(result.geojson.as_deref().unwrap());
    assert_eq!(d.projects.len(), wgs.len());
    for (p, (lon, lat)) in d.projects.iter().zip(&wgs) {
        let metres = geo::Distance::distance(
            &geo::Haversine,
            geo::Point::new(p.lon, p.lat),
            geo::Point::new(*lon, *lat),
        );
        assert!(metres < 1.0, "{} is {metres} m off", p.id);
    }
    let plain = run(sheet.as_bytes());
    let unconverted = loaded(plain.geojson.as_deref().unwrap());
    assert!((unconverted.projects[0].lon - d.projects[0].lon).abs() > 0.004);
}

/// Text as a spreadsheet may hold it: commas, quotes, line breaks, a leading
/// formula sign; trimmed, as cells are read.
fn cell_text() -> impl Strategy<Value = String> {
    "[=+@-]?[a-z甲乙丙 ,\"\n]{0,12}[a-z甲乙丙]".prop_map(|s| s.trim().to_string())
}

fn amount() -> impl Strategy<Value = Option<f64>> {
    prop_oneof![
        Just(None),
        (0.0..=100_000.0f64).prop_map(Some),
        (0u32..10_000_000).prop_map(|n| Some(f64::from(n) / 1000.0)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// import → the app's export (either language) → import gives the same
    /// file, amounts to the last bit.
    #[test]
    fn import_export_import_gives_the_same_file(
        rows in prop::collection::vec(
            (cell_text(), cell_text(), 0usize..5, 0usize..3, amount(), 0.0..0.1f64, 0.0..0.1f64, any::<bool>(), cell_text()),
            1..8,
        )
    ) {
        let d = data();
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.write_record(["编号", "名称", "英文名称", "行业", "状态", "投资额(亿元)", "经度", "纬度", "位置精度", "简介"]).unwrap();
        for (i, (name, name_en, industry, status, investment, dx, dy, approximate, description)) in rows.iter().enumerate() {
            writer.write_record([
                format!("p{i}"),
                name.clone(),
                name_en.clone(),
                d.manifest.industries[*industry].zh.clone(),
                d.manifest.statuses[*status].id.clone(),
                investment.map(export_number).unwrap_or_default(),
                format!("{}", 113.05 + dx),
                format!("{}", 22.5 + dy),
                if *approximate { "approximate".into() } else { String::new() },
                description.clone(),
            ]).unwrap();
        }
        let sheet = writer.into_inner().unwrap();
        let first = run(&sheet);
        prop_assert_eq!(&first.findings, &vec![]);
        let geojson = first.geojson.unwrap();
        let back = loaded(&geojson);
        for (p, row) in back.projects.iter().zip(&rows) {
            prop_assert_eq!(p.investment, row.4);
        }
        for lang in [Lang::Zh, Lang::En] {
            let exported = export::csv(&back, &back.projects, lang, &lang.t().csv_headers);
            let again = run(exported.as_bytes());
            prop_assert_eq!(&again.findings, &vec![]);
            prop_assert_eq!(again.geojson.as_deref(), Some(geojson.as_str()));
        }
    }
}

fn export_number(value: f64) -> String {
    imap_core::model::money::exact_number(value)
}

#[test]
fn what_a_sheet_cannot_hold_is_kept_from_the_file_it_replaces() {
    let previous = r#"{"type":"FeatureCollection","features":[
{"type":"Feature","geometry":{"type":"Point","coordinates":[113.12,22.57]},"properties":{"id":"p1","name":"旧名","industry":"new_materials","status":"signed","description":"旧简介","contact":{"phone":"0750-1234567"},"editor_note":"核实于 2026-10"}},
{"type":"Feature","geometry":{"type":"Point","coordinates":[113.12,22.57]},"properties":{"id":"gone","name":"已删除","industry":"new_materials","status":"signed","contact":{"phone":"1"}}}
]}"#;
    let result = import(
        SHEET.as_bytes(),
        &data(),
        Options {
            previous: Some(mapdata::import::Replaced {
                file: "projects.geojson",
                text: Ok(previous),
            }),
            ..Options::default()
        },
    );
    assert_eq!(result.findings, []);
    assert_eq!(
        result.tally.gone,
        ["gone"],
        "a project the sheet lacks is named, for the report"
    );
    assert_eq!(result.tally.carried_over, 1);
    let geojson = result.geojson.unwrap();
    let d = loaded(&geojson);
    assert_eq!(d.problems, []);
    let p1 = &d.projects[0];
    assert_eq!(
        p1.name, "智能装备产业园",
        "the sheet wins where it has a column"
    );
    assert_eq!(p1.description.as_deref(), Some("一期，\n二期"));
    assert_eq!(
        p1.contact.as_ref().unwrap().phone.as_deref(),
        Some("0750-1234567")
    );
    assert!(geojson.contains(r#""editor_note":"核实于 2026-10""#));
    assert!(
        !geojson.contains("已删除"),
        "a row deleted from the sheet stays deleted"
    );
    assert_eq!(
        run(SHEET.as_bytes())
            .geojson
            .unwrap()
            .matches("contact")
            .count(),
        0
    );
}

#[test]
fn the_apps_own_notes_come_at_their_rows_line_and_column() {
    let long = "长".repeat(301);
    let sheet = format!(
        "编号,名称,行业,状态,经度,纬度\nlong,{long},新材料,签约,113.12,22.57\nbad,坏,旅游,签约,113.12,22.57\n"
    );
    let result = run(sheet.as_bytes());
    assert_eq!(
        found(&result),
        [
            (Level::Warning, Some(2), Some("名称".into()), "App".into()),
            (
                Level::Skipped,
                Some(3),
                Some("行业".into()),
                "Unknown".into()
            ),
        ]
    );
    assert!(
        Lang::En
            .finding(&result.findings[0])
            .starts_with("line 2, column B (名称): ")
    );
    assert_eq!(result.tally.written, 1);
}

/// `SHEET` as Excel would hold it: numbers as numbers, a date as a date.
fn workbook(first_row: u32, first_column: u16) -> Vec<u8> {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("项目").unwrap();
    let date = Format::new().set_num_format("yyyy/m/d");
    let mut rows = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(SHEET.as_bytes());
    for (r, record) in rows.records().enumerate() {
        let row = first_row + r as u32;
        for (c, cell) in record.unwrap().iter().enumerate() {
            let column = first_column + c as u16;
            if cell == "2021/3/9" {
                let day = ExcelDateTime::from_ymd(2021, 3, 9).unwrap();
                sheet
                    .write_datetime_with_format(row, column, &day, &date)
                    .unwrap();
            } else if let Ok(number) = cell.parse::<f64>() {
                sheet.write_number(row, column, number).unwrap();
            } else if !cell.is_empty() {
                sheet.write_string(row, column, cell).unwrap();
            }
        }
    }
    book.add_worksheet().set_name("说明").unwrap();
    book.save_to_buffer().unwrap()
}

#[test]
fn an_excel_workbook_imports_as_its_csv_does() {
    let expected = run(SHEET.as_bytes()).geojson.unwrap();
    let result = run(&workbook(0, 0));
    assert_eq!(result.findings, []);
    assert_eq!(
        result.tally.source,
        SheetSource::Workbook {
            kind: "xlsx",
            sheet: "项目".into(),
            sheets: 2
        }
    );
    assert_eq!(result.geojson.as_deref(), Some(expected.as_str()));
}

#[test]
fn a_workbook_mistake_is_named_by_the_row_and_column_excel_shows() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let header = [
        "编号",
        "名称",
        "行业",
        "状态",
        "投资额(亿元)",
        "经度",
        "纬度",
    ];
    for (c, text) in header.iter().enumerate() {
        sheet.write_string(2, 2 + c as u16, *text).unwrap();
    }
    let row = |sheet: &mut rust_xlsxwriter::Worksheet, r: u32, id: &str, amount: &str| {
        for (c, text) in [id, "甲", "新材料", "签约", amount].iter().enumerate() {
            sheet.write_string(r, 2 + c as u16, *text).unwrap();
        }
        sheet.write_number(r, 7, 113.12).unwrap();
        sheet
            .write_number(r, 8, 22.57 + f64::from(r) / 1000.0)
            .unwrap();
    };
    row(sheet, 3, "a", "5亿");
    row(sheet, 4, "b", "五亿");
    let result = run(&book.save_to_buffer().unwrap());
    assert_eq!(result.tally.written, 1);
    assert_eq!(
        Lang::Zh.finding(&result.findings[0]),
        "第 5 行 G 列「投资额(亿元)」：「五亿」不是金额：请写 5、5.0、5亿、5千万 或 50000万元，未公开则留空"
    );
}

#[test]
fn a_damaged_workbook_is_refused_with_the_readers_words() {
    let mut bytes = workbook(0, 0);
    bytes.truncate(bytes.len() / 2);
    let result = run(&bytes);
    assert_eq!(result.geojson, None);
    assert!(matches!(
        result.findings[0].sheet_fault(),
        Some(SheetFault::Unreadable(_))
    ));
    assert!(
        Lang::En
            .finding(&result.findings[0])
            .starts_with("cannot read the spreadsheet: ")
    );
}
