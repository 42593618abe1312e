//! The data tool's words: whole in each language, whatever failed.

use std::io;

use imap_core::model::problems::{FileError, FileErrorKind, Reason, SystemError, Unreadable};
use imap_core::tool::failure::Failure;
use imap_core::tool::file_trouble::{FileTrouble, InputRole, ReadTrouble};
use imap_core::tool::import_tally::{ImportTally, SheetSource};
use imap_core::tool::reference::ReferenceFault;
use imap_i18n::{Lang, ToolTexts};

/// Three or more English words in a row: a sentence left untranslated.
fn has_english_sentence(text: &str) -> bool {
    text.split(|c: char| !(c.is_ascii_alphabetic() || c == ' '))
        .any(|run| run.split(' ').filter(|w| w.len() > 1).count() >= 3)
}

fn system() -> SystemError {
    SystemError::of(&io::Error::from_raw_os_error(13))
}

fn every_failure() -> Vec<Failure> {
    let path = || "data/projects.geojson".to_string();
    let mut failures: Vec<Failure> = [InputRole::Sheet, InputRole::Manifest, InputRole::NamedData]
        .into_iter()
        .map(|role| Failure::File(FileTrouble::IsInput { path: path(), role }))
        .collect();
    failures.extend([
        Failure::File(FileTrouble::Read(ReadTrouble::Unreadable {
            path: path(),
            why: system(),
            kind: io::ErrorKind::PermissionDenied,
        })),
        Failure::File(FileTrouble::Read(ReadTrouble::NotAFile { path: path() })),
        Failure::File(FileTrouble::Read(ReadTrouble::TooLarge {
            path: path(),
            limit: 1 << 30,
        })),
        Failure::File(FileTrouble::NotWritten {
            path: path(),
            why: system(),
        }),
        Failure::Data(FileError::new(
            "data/map.json",
            FileErrorKind::Unreadable(Unreadable::System(system())),
        )),
        Failure::NoManifest(FileError::new(
            "data/map.json",
            FileErrorKind::Unreadable(Unreadable::NotFound),
        )),
        Failure::Argument {
            command: "validate".into(),
            argument: "manifest".into(),
        },
    ]);
    let detail = || "expected value at line 1 column 1".to_string();
    let file = || "data/source.geojson".to_string();
    failures.extend(
        [
            ReferenceFault::NotGeoJson {
                file: file(),
                detail: detail(),
            },
            ReferenceFault::NotText { file: file() },
            ReferenceFault::BadTable { detail: detail() },
            ReferenceFault::NoAdcode,
            ReferenceFault::NoKeyFor {
                adcode: "440704".into(),
            },
            ReferenceFault::NoFeatureFor {
                adcode: "440704".into(),
            },
            ReferenceFault::NoGeometry {
                what: "data/source.geojson: adcode 440704".into(),
            },
            ReferenceFault::NotPolygon {
                what: "data/source.geojson: adcode 440704".into(),
            },
            ReferenceFault::UnknownDatum {
                id: "data/macau".into(),
                datum: "BD-09".into(),
            },
            ReferenceFault::BadPick {
                id: "data/macau".into(),
                pick: "name".into(),
            },
            ReferenceFault::NoMatch {
                file: file(),
                property: "name".into(),
                value: "Macao".into(),
            },
            ReferenceFault::IdsMissing {
                object: "data/countries".into(),
                found: 1,
                wanted: 2,
            },
            ReferenceFault::PlaceRefused {
                id: Some("data/zhuhai-airport".into()),
                reason: Reason::BadCoordinates,
            },
            ReferenceFault::NoFocusArea,
            ReferenceFault::NoFolder {
                path: "data/synthetic".into(),
                why: system(),
            },
        ]
        .map(Failure::Reference),
    );
    failures
}

#[test]
fn why_a_command_stopped_is_told_whole_in_each_language() {
    for failure in every_failure() {
        let (zh, en) = (Lang::Zh.failure(&failure), Lang::En.failure(&failure));
        assert!(!has_english_sentence(&zh), "English inside Chinese: {zh}");
        assert!(zh.chars().any(|c| c > '\u{2e80}'), "{zh}");
        assert!(!en.chars().any(|c| c > '\u{2e80}'), "{en}");
    }
    assert!(
        Lang::En
            .failure(&every_failure()[3])
            .ends_with(&system().words),
        "English quotes the system's own words"
    );
}

#[test]
fn an_import_ends_with_what_was_written_and_what_to_do_next() {
    let tally = ImportTally {
        source: SheetSource::Workbook {
            kind: "xlsx",
            sheet: "项目".into(),
            sheets: 2,
        },
        rows: 5,
        written: 4,
        districts_derived: 1,
        carried_over: 2,
        gone: (0..25).map(|i| format!("p{i}")).collect(),
    };
    let zh = Lang::Zh.imported(&tally, "out.geojson", true);
    assert_eq!(zh.lines().count(), 4, "{zh}");
    assert!(
        zh.starts_with(
            "已写入 out.geojson：4/5 行（xlsx 工作簿，读取了 2 个工作表中的第一个「项目」；"
        ),
        "{zh}"
    );
    assert!(zh.contains("p19 等 25 个"), "{zh}");
    assert!(!has_english_sentence(&zh), "{zh}");
    let en = Lang::En.imported(&tally, "out.geojson", true);
    assert!(en.contains("p19 and 5 more"), "{en}");
    assert!(
        en.ends_with(
            "1 row was left out: fix it in the spreadsheet as described above and import again"
        ),
        "{en}"
    );
    assert!(
        Lang::Zh
            .imported(&tally, "out.geojson", false)
            .starts_with("未写入 out.geojson，原文件保持不变")
    );
    assert!(
        has_english_sentence("拒绝写入 x：it is the manifest"),
        "the check finds what it looks for"
    );
}
