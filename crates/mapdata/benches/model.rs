//! Native benchmarks of the model on synthetic data: parse + validate,
//! filter, facet counts, cluster, and reading numbers' text.
//! `cargo bench --bench model`.

use std::sync::OnceLock;

use imap_core::geo::projection::project;
use imap_core::geometry::cluster::{Item, cluster};
use imap_core::model::boundary;
use imap_core::model::dataset::Dataset;
use imap_core::model::filter::{FacetCounts, Filters, Matcher};
use imap_core::model::manifest::Manifest;
use mapdata::synthetic;

const SIZES: [usize; 4] = [1_000, 10_000, 100_000, 1_000_000];

struct Set {
    manifest: Manifest,
    districts: String,
    projects: String,
}

fn set(n: usize) -> &'static Set {
    static SETS: OnceLock<Vec<(usize, Set)>> = OnceLock::new();
    let sets = SETS.get_or_init(|| {
        let manifest = Manifest::parse("map.json", &repo_file("public/data/map.json")).unwrap();
        let districts = repo_file("public/data/districts.geojson");
        let boundaries = boundary::parse("d", &districts, &mut Vec::new()).unwrap();
        SIZES
            .iter()
            .map(|&n| {
                let (_, projects) = synthetic::generate(n, 7, &manifest, &boundaries).unwrap();
                (
                    n,
                    Set {
                        manifest: manifest.clone(),
                        districts: districts.clone(),
                        projects,
                    },
                )
            })
            .collect()
    });
    &sets.iter().find(|(k, _)| *k == n).unwrap().1
}

fn dataset(n: usize) -> &'static Dataset {
    static DATA: OnceLock<Vec<(usize, Dataset)>> = OnceLock::new();
    let all = DATA.get_or_init(|| {
        SIZES
            .iter()
            .map(|&n| {
                let s = set(n);
                (
                    n,
                    Dataset::assemble(
                        s.manifest.clone(),
                        Ok(s.districts.clone()),
                        Ok(s.projects.clone()),
                    ),
                )
            })
            .collect()
    });
    &all.iter().find(|(k, _)| *k == n).unwrap().1
}

fn filters() -> Filters {
    Filters {
        industries: Some(vec![
            "electronic_info".into(),
            "new_materials".into(),
            "infrastructure".into(),
        ]),
        min: Some(1.0),
        query: "项目 00".into(),
        ..Filters::default()
    }
}

/// Parse and validate the files into a data set (district derived per point).
#[divan::bench(args = SIZES, sample_count = 5)]
fn parse_and_validate(bencher: divan::Bencher, n: usize) {
    let s = set(n);
    bencher.bench(|| {
        Dataset::assemble(
            s.manifest.clone(),
            Ok(s.districts.clone()),
            Ok(s.projects.clone()),
        )
    });
}

/// One filter change: run the matcher over every project.
#[divan::bench(args = SIZES)]
fn filter(bencher: divan::Bencher, n: usize) {
    let d = dataset(n);
    let f = filters();
    bencher.bench(|| {
        let m = Matcher::new(&f, d);
        d.projects
            .iter()
            .enumerate()
            .filter(|(_, p)| m.matches(p))
            .map(|(i, _)| i)
            .collect::<Vec<_>>()
    });
}

/// The live counts beside every choice.
#[divan::bench(args = SIZES)]
fn facet_counts(bencher: divan::Bencher, n: usize) {
    let d = dataset(n);
    let f = filters();
    bencher.bench(|| FacetCounts::of(d, &f));
}

/// For comparison: the supercluster crate, as the app would have to use it
/// on a filter change (load the matching points, then query one level).
#[divan::bench(args = [1_000, 10_000, 100_000], sample_count = 10)]
fn supercluster_load_and_query(bencher: divan::Bencher, n: usize) {
    use supercluster::{CoordinateSystem, Supercluster};
    let d = dataset(n);
    let points: Vec<Vec<f64>> = d.projects.iter().map(|p| vec![p.lon, p.lat]).collect();
    let options = Supercluster::builder()
        .radius(60.0)
        .extent(256.0)
        .max_zoom(17)
        .coordinate_system(CoordinateSystem::LatLng)
        .build();
    bencher.bench(|| {
        let features = Supercluster::feature_builder()
            .add_points(points.clone())
            .build();
        let mut index = Supercluster::new(options.clone());
        index.load(features).unwrap();
        index
            .get_clusters([-180.0, -85.0, 180.0, 85.0], 12)
            .unwrap()
    });
}

/// Clustering every project at the zone's zoom (12) and one step in (14).
#[divan::bench(args = SIZES, consts = [12, 14])]
fn cluster_all<const ZOOM: u32>(bencher: divan::Bencher, n: usize) {
    let d = dataset(n);
    let points: Vec<Item> = d
        .projects
        .iter()
        .enumerate()
        .map(|(index, p)| Item {
            index,
            at: project(p.lon, p.lat),
            amount: p.investment,
        })
        .collect();
    bencher.bench(|| cluster(points.iter().copied(), ZOOM as f64, 60.0, 17.0));
}
/// A file of the repository, by its path from the workspace root (benches run
/// in the crate's own folder).
/// Numbers' text as the data and links hold them: amounts, coordinates, a
/// spreadsheet's float leftovers (17 digits), zoom levels.
fn number_texts() -> Vec<String> {
    (0..10_000u32)
        .map(|i| match i % 4 {
            0 => format!("{}.{:02}", i % 150, i % 100),
            1 => format!("113.{:07}", i * 7919 % 10_000_000),
            2 => format!("{}", 12.3 + f64::from(i) * 1e-15),
            _ => format!("{}.5", i % 19),
        })
        .collect()
}

/// The core's reader (`imap_core::decimal::parse`, which keeps std's tables
/// out of the wasm) against std's, on the same 10,000 texts.
#[divan::bench(args = ["decimal", "std"])]
fn read_numbers(bencher: divan::Bencher, reader: &str) {
    let texts = number_texts();
    bencher.bench(|| match reader {
        "decimal" => texts
            .iter()
            .filter_map(|t| imap_core::decimal::parse(t))
            .sum::<f64>(),
        _ => texts.iter().filter_map(|t| t.parse::<f64>().ok()).sum(),
    });
}

fn repo_file(path: &str) -> String {
    let full = format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

fn main() {
    divan::main();
}
