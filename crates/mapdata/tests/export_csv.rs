//! `mapdata export-csv`: what is deployed, as the app's own CSV export.

use std::path::Path;
use std::process::Command;

fn repo(path: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

fn export(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_mapdata"))
        .arg("export-csv")
        .args(args)
        .current_dir(repo(""))
        .output()
        .unwrap()
}

#[test]
fn the_deployed_projects_come_out_as_the_app_exports_them() {
    let out = std::env::temp_dir().join(format!("mapdata-export-{}.csv", std::process::id()));
    let out_path = out.to_str().unwrap();
    let run = export(&["public/data/map.json", out_path, "--lang", "en"]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let text = std::fs::read_to_string(&out).unwrap();
    let _ = std::fs::remove_file(&out);
    let mut rows = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers = rows.headers().unwrap();
    assert_eq!((&headers[0], &headers[1]), ("id", "name (Chinese)"));
    let ids: Vec<String> = rows.records().map(|r| r.unwrap()[0].to_string()).collect();
    let source: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo("public/data/projects.geojson")).unwrap(),
    )
    .unwrap();
    let expected: Vec<String> = source["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["properties"]["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, expected);
}

#[test]
fn a_manifest_that_cannot_be_read_fails_with_its_name() {
    let run = export(&["tests/fixtures/nowhere/map.json", "/tmp/never.csv"]);
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("tests/fixtures/nowhere/map.json"));
    assert!(!Path::new("/tmp/never.csv").exists());
}

/// Export then import gives back every field a CSV carries: an editor who
/// starts from the deployed data loses nothing by it.
#[test]
fn the_deployed_projects_survive_export_and_import() {
    use imap_core::lang::Lang;
    use imap_core::model::dataset::Dataset;
    use imap_core::model::export;
    use imap_i18n::Texts;
    use mapdata::import::{Options, import};

    let (_, deployed) = mapdata::folder::open(&repo("public/data/map.json")).unwrap();
    for lang in [Lang::Zh, Lang::En] {
        let sheet = export::csv(&deployed, &deployed.projects, lang, &lang.t().csv_headers);
        let imported = import(sheet.as_bytes(), &deployed, Options::default());
        assert_eq!(imported.findings, []);
        let districts = std::fs::read_to_string(repo("public/data/districts.geojson")).unwrap();
        let back = Dataset::assemble(
            deployed.manifest.clone(),
            Ok(districts),
            Ok(imported.geojson.unwrap()),
        );
        assert_eq!(back.problems, []);
        let without_contact = |d: &Dataset| {
            d.projects
                .iter()
                .map(|p| {
                    let mut p = p.clone();
                    p.contact = None;
                    p.district_derived = false;
                    p
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(without_contact(&back), without_contact(&deployed));
    }
}
