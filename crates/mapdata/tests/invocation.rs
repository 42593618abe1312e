//! Every command line the tool accepts reads into its typed form, each
//! argument under its name: none is looked up by a string at its use.

use imap_core::lang::Lang;
use mapdata::cli::{self, Invocation};

fn read(args: &[&str]) -> Invocation {
    let matches = cli::command(Lang::En)
        .try_get_matches_from(std::iter::once("mapdata").chain(args.iter().copied()))
        .expect("a command line the tool accepts");
    Invocation::read(&matches).expect("its typed form")
}

#[test]
fn every_command_reads_into_its_typed_form() {
    assert_eq!(
        read(&["import-csv", "t.xlsx", "out/projects.geojson", "--strict"]),
        Invocation::ImportCsv {
            table: "t.xlsx".into(),
            out: "out/projects.geojson".into(),
            manifest: None,
            from_gcj02: false,
            strict: true,
        }
    );
    assert_eq!(
        read(&[
            "import",
            "t.csv",
            "o.geojson",
            "--manifest",
            "d/map.json",
            "--from-gcj02"
        ]),
        Invocation::ImportCsv {
            table: "t.csv".into(),
            out: "o.geojson".into(),
            manifest: Some("d/map.json".into()),
            from_gcj02: true,
            strict: false,
        }
    );
    assert_eq!(
        read(&["validate", "d/map.json", "--json"]),
        Invocation::Validate {
            manifest: "d/map.json".into(),
            json: true,
        }
    );
    assert_eq!(
        read(&["export-csv", "d/map.json", "o.csv"]),
        Invocation::ExportCsv {
            manifest: "d/map.json".into(),
            out: "o.csv".into(),
        }
    );
    assert_eq!(
        read(&[
            "boundaries",
            "s.geojson",
            "k.csv",
            "o.geojson",
            "--tolerance",
            "0.0002"
        ]),
        Invocation::Boundaries {
            source: "s.geojson".into(),
            keys: "k.csv".into(),
            out: "o.geojson".into(),
            tolerance: Some(0.0002),
            attribution: None,
            from_gcj02: false,
        }
    );
    assert_eq!(
        read(&["context", "k.csv", "o.geojson", "--attribution", "X"]),
        Invocation::Context {
            keys: "k.csv".into(),
            out: "o.geojson".into(),
            tolerance: None,
            attribution: Some("X".into()),
        }
    );
    assert_eq!(
        read(&["topojson", "t.json", "countries", "HKG,MAC", "o.geojson"]),
        Invocation::Topojson {
            topology: "t.json".into(),
            object: "countries".into(),
            ids: vec!["HKG".into(), "MAC".into()],
            out: "o.geojson".into(),
        }
    );
    assert_eq!(
        read(&["places", "p.csv", "o.geojson"]),
        Invocation::Places {
            table: "p.csv".into(),
            out: "o.geojson".into(),
        }
    );
    assert_eq!(
        read(&["synthetic", "200", "out"]),
        Invocation::Synthetic {
            n: 200,
            outdir: "out".into(),
            seed: 1,
            from: "public/data".into(),
        }
    );
}

#[test]
fn a_matches_without_a_command_is_an_error_not_a_panic() {
    let matches = clap::Command::new("mapdata").get_matches_from(["mapdata"]);
    assert!(Invocation::read(&matches).is_err());
}
