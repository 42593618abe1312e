//! `mapdata validate`: the app's rules on a folder of files, its words in
//! either language, and an exit status scripts can trust.

use std::path::{Path, PathBuf};
use std::process::Command;

use imap_core::lang::Lang;
use imap_core::model::suspicion::check;
use imap_core::tool::finding::{At, Level};
use imap_i18n::ToolTexts;
use mapdata::validate::validate;

/// A fixed day, so that no date turns into the future as time passes.
const TODAY: &str = "2026-11-26";

fn repo(path: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

#[test]
fn the_default_data_is_clean() {
    let report = validate(&repo("public/data/map.json"), TODAY);
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    assert!(report.is_clean());
}

#[test]
fn every_broken_feature_is_named_with_its_reason() {
    let report = validate(&repo("tests/fixtures/broken/map.json"), TODAY);
    assert!(!report.is_clean());
    let skipped: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.level == Level::Skipped)
        .map(|f| match &f.at {
            At::Data { index, id, .. } => (*index, id.as_deref()),
            At::Sheet { .. } => (None, None),
        })
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
    let zh = validate(&repo("tests/fixtures/broken/map.json"), TODAY).text(Lang::Zh);
    assert!(zh.contains("未知产业 “tourism”"), "{zh}");
    let json: serde_json::Value = serde_json::from_str(&report.json(Lang::En)).unwrap();
    assert_eq!(json["findings"].as_array().unwrap().len(), 7);
    assert_eq!(json["findings"][0]["level"], "skipped");
}

#[test]
fn a_file_that_cannot_be_read_is_an_error_naming_it() {
    let report = validate(&repo("tests/fixtures/nowhere/map.json"), TODAY);
    assert_eq!(report.findings.len(), 1);
    assert_eq!(report.findings[0].level, Level::Error);
    assert!(
        Lang::En
            .finding(&report.findings[0])
            .starts_with("Cannot read "),
        "{:?}",
        report.findings
    );
    let truncated = validate(&repo("tests/fixtures/truncated/map.json"), TODAY);
    assert!(
        truncated
            .findings
            .iter()
            .any(|f| f.level == Level::Error && Lang::En.finding(f).contains("line 28")),
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

/// A folder beside the default data, its manifest changed by `edit`.
fn folder_with(name: &str, projects: &str, edit: impl Fn(&mut serde_json::Value)) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&dir).unwrap();
    let mut manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(repo("public/data/map.json")).unwrap())
            .unwrap();
    for key in ["context", "places"] {
        manifest.as_object_mut().unwrap().remove(key);
    }
    edit(&mut manifest);
    std::fs::write(dir.join("map.json"), manifest.to_string()).unwrap();
    std::fs::copy(
        repo("public/data/districts.geojson"),
        dir.join("districts.geojson"),
    )
    .unwrap();
    std::fs::write(dir.join("projects.geojson"), projects).unwrap();
    dir.join("map.json")
}

fn project(id: &str, name: &str, lon: f64, lat: f64, extra: &str) -> String {
    format!(
        r#"{{"type":"Feature","geometry":{{"type":"Point","coordinates":[{lon},{lat}]}},"properties":{{"id":"{id}","name":"{name}","industry":"new_materials","status":"signed"{extra}}}}}"#
    )
}

#[test]
fn what_is_legal_but_looks_wrong_is_noted_and_stays_clean() {
    let projects = [
        project(
            "fine",
            "正常",
            113.12,
            22.57,
            r#","investment":5,"date":"2026-11""#,
        ),
        project("far", "新会", 113.03, 22.46, ""),
        project("outside", "海上", 112.0, 21.0, ""),
        project("twin", "同位", 113.12, 22.57, ""),
        project("huge", "大", 113.121, 22.571, r#","investment":2000"#),
        project("tiny", "小", 113.122, 22.572, r#","investment":0.005"#),
        project("future", "未来", 113.123, 22.573, r#","date":"2026-12-01""#),
        project("next-year", "明年", 113.124, 22.574, r#","date":"2027""#),
        project("again", "正常", 113.125, 22.575, ""),
    ];
    let manifest = folder_with(
        "suspicious",
        &format!(
            r#"{{"type":"FeatureCollection","features":[{}]}}"#,
            projects.join(",")
        ),
        |m| {
            m["industries"][1]["color"] = "#ffe9a8".into();
            m["industries"][2]["color"] = "#fd0".into();
        },
    );
    let (_, data) = mapdata::folder::open(&manifest).unwrap();
    assert_eq!(data.projects.len(), projects.len());
    let notes: Vec<(String, String)> = check(&data, TODAY)
        .into_iter()
        .map(|n| {
            let kind = format!("{:?}", n.suspicion);
            let kind = kind.split([' ', '(', '{']).next().unwrap().to_string();
            (n.id, kind)
        })
        .collect();
    let expected: Vec<(String, String)> = [
        ("far", "FarFromFocus"),
        ("outside", "OutsideEveryBoundary"),
        ("outside", "FarFromFocus"),
        ("twin", "SameCoordinates"),
        ("huge", "LargeAmount"),
        ("tiny", "SmallAmount"),
        ("future", "FutureDate"),
        ("next-year", "FutureDate"),
        ("again", "SameName"),
        ("new_materials", "LightColour"),
        ("electronic_info", "LightColour"),
    ]
    .into_iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    assert_eq!(notes, expected);

    let report = validate(&manifest, TODAY);
    assert!(report.is_clean());
    assert!(report.findings.iter().all(|f| f.level == Level::Warning));
    let text = report.text(Lang::Zh);
    assert!(
        text.contains("项目 twin — 与项目 fine 坐标完全相同：两个图钉会重叠"),
        "{text}"
    );
    assert!(
        text.contains("产业 new_materials — 产业颜色 #ffe9a8 太浅"),
        "{text}"
    );
    assert!(
        text.ends_with("0 个错误，0 个要素已跳过，11 条提示"),
        "{text}"
    );
    let en = validate(&manifest, TODAY).text(Lang::En);
    assert!(
        en.contains("project huge — an investment of 2000 亿元 is over 1,000 亿元"),
        "{en}"
    );
    assert!(en.contains("project far — the location is "), "{en}");
}

#[test]
fn the_default_colours_and_the_default_projects_raise_no_note() {
    let (_, data) = mapdata::folder::open(&repo("public/data/map.json")).unwrap();
    assert_eq!(check(&data, TODAY), []);
}

#[test]
fn a_manifest_part_the_map_cannot_use_is_an_error_naming_its_field() {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(repo("public/data")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    let manifest = dir.path().join("map.json");
    let mut json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&manifest).unwrap()).unwrap();
    json["basemap"] = serde_json::json!({"url": "https://t.example.cn/tile.png", "max_zoom": 23});
    json["contact"] = serde_json::json!("call us");
    std::fs::write(&manifest, json.to_string()).unwrap();
    let report = validate(&manifest, TODAY);
    let errors: Vec<String> = report
        .findings
        .iter()
        .filter(|f| f.level == Level::Error)
        .map(|f| Lang::En.finding(f))
        .collect();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(
        errors[0].contains("field basemap.url") && errors[0].contains("lacks {z}"),
        "{errors:?}"
    );
    assert!(errors[1].contains("field contact"), "{errors:?}");
    assert!(!report.is_clean());
}

/// Three or more English words in a row: a sentence left untranslated.
fn has_english_sentence(text: &str) -> bool {
    text.split(|c: char| !(c.is_ascii_alphabetic() || c == ' '))
        .any(|run| run.split(' ').filter(|w| w.len() > 1).count() >= 3)
}

#[test]
fn every_broken_fixture_is_told_in_chinese_without_english_sentences() {
    let mut manifests: Vec<PathBuf> = std::fs::read_dir(repo("tests/fixtures"))
        .expect("tests/fixtures")
        .flat_map(|dir| {
            std::fs::read_dir(dir.expect("a fixture").path())
                .into_iter()
                .flatten()
        })
        .map(|file| file.expect("a fixture's file").path())
        .filter(|path| {
            path.extension().is_some_and(|e| e == "json")
                && path
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("map"))
        })
        .collect();
    manifests.sort();
    assert!(manifests.len() >= 8, "{manifests:?}");
    let mut told = 0;
    for manifest in &manifests {
        for finding in validate(manifest, TODAY).findings {
            told += 1;
            let zh = Lang::Zh.finding(&finding);
            assert!(
                !has_english_sentence(&zh),
                "{manifest:?}: English inside the Chinese message: {zh}"
            );
            assert!(!Lang::En.finding(&finding).is_empty());
        }
    }
    assert!(told >= 10, "the fixtures' faults were all read: {told}");
    assert!(
        has_english_sentence("格式有误：EOF while parsing a list"),
        "the check finds what it looks for"
    );
}

#[test]
fn the_land_a_pin_colour_is_checked_against_is_the_stylesheets() {
    let css = std::fs::read_to_string(repo("style/01-base.css")).expect("style/01-base.css");
    let token = css
        .lines()
        .find_map(|line| line.trim().strip_prefix("--imap-focus-fill:"))
        .map(|value| value.trim().trim_end_matches(';').trim())
        .expect("--imap-focus-fill in style/01-base.css");
    assert_eq!(imap_core::model::suspicion::MAP_LAND, token);
}
