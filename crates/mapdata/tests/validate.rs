//! `mapdata validate`: the app's rules on a folder of files, its words in
//! either language, and an exit status scripts can trust.

use std::path::Path;
use std::process::Command;

use imap_core::lang::Lang;
use mapdata::validate::{Level, validate};

/// A fixed day, so that no date turns into the future as time passes.
const TODAY: &str = "2026-11-26";

fn repo(path: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

#[test]
fn the_default_data_is_clean() {
    let report = validate(&repo("public/data/map.json"), Lang::Zh, TODAY);
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    assert!(report.is_clean());
}

#[test]
fn every_broken_feature_is_named_with_its_reason() {
    let report = validate(&repo("tests/fixtures/broken/map.json"), Lang::En, TODAY);
    assert!(!report.is_clean());
    let skipped: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.level == Level::Skipped)
        .map(|f| (f.index, f.id.as_deref()))
        .collect();
    assert_eq!(skipped.len(), 6, "{:?}", report.findings);
    assert!(
        skipped.contains(&(Some(1), None)),
        "the feature without an id, by index"
    );
    let text = report.text(Lang::En);
    assert!(
        text.contains("feature “bad-industry” — unknown industry “tourism”"),
        "{text}"
    );
    assert!(
        text.ends_with("0 errors, 6 features skipped, 1 note"),
        "{text}"
    );
    let zh = validate(&repo("tests/fixtures/broken/map.json"), Lang::Zh, TODAY).text(Lang::Zh);
    assert!(zh.contains("未知产业 “tourism”"), "{zh}");
    let json: serde_json::Value = serde_json::from_str(&report.json()).unwrap();
    assert_eq!(json["findings"].as_array().unwrap().len(), 7);
    assert_eq!(json["findings"][0]["level"], "skipped");
}

#[test]
fn a_file_that_cannot_be_read_is_an_error_naming_it() {
    let report = validate(&repo("tests/fixtures/nowhere/map.json"), Lang::En, TODAY);
    assert_eq!(report.findings.len(), 1);
    assert_eq!(report.findings[0].level, Level::Error);
    assert!(
        report.findings[0].message.starts_with("Cannot read "),
        "{:?}",
        report.findings
    );
    let truncated = validate(&repo("tests/fixtures/truncated/map.json"), Lang::En, TODAY);
    assert!(
        truncated
            .findings
            .iter()
            .any(|f| f.level == Level::Error && f.message.contains("line 28")),
        "{:?}",
        truncated.findings
    );
}

#[test]
fn the_exit_status_says_whether_the_map_shows_everything() {
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_mapdata"))
            .args(args)
            .current_dir(repo(""))
            .output()
            .unwrap()
    };
    let clean = run(&["validate", "public/data/map.json", "--lang", "en"]);
    assert_eq!(clean.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&clean.stdout).trim(),
        "0 errors, 0 features skipped, 0 notes"
    );
    assert_eq!(
        run(&["validate", "tests/fixtures/broken/map.json"])
            .status
            .code(),
        Some(1)
    );
    assert_eq!(
        run(&["validate", "public/data/map.json", "--lang", "fr"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(run(&["validate"]).status.code(), Some(2));
}
