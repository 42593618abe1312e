//! The committed default data loads cleanly and says only what the source says.

use geo::{CoordsIter, Distance, Haversine, Point};
use imap_core::lang::Lang;
use imap_core::model::boundary::Role;
use imap_core::model::dataset::Dataset;
use imap_core::model::manifest::Manifest;
use imap_core::model::region;
use imap_i18n::ToolTexts;

/// A file of the repository, by its path from the workspace root (tests run
/// in the crate's own folder).
fn repo_file(path: &str) -> String {
    let full = format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

fn default_data() -> Dataset {
    let read = |f: &str| repo_file(&format!("public/data/{f}"));
    let manifest = Manifest::parse("map.json", &read("map.json")).unwrap();
    let b = read(&manifest.boundaries);
    let p = read(&manifest.projects);
    Dataset::assemble(manifest, Ok(b), Ok(p))
}

#[test]
fn default_data_loads_without_problems() {
    let d = default_data();
    assert!(d.file_errors.is_empty(), "{:?}", d.file_errors);
    assert!(d.problems.is_empty(), "{:?}", d.problems);
    assert_eq!(d.boundaries.len(), 7);
    assert_eq!(d.projects.len(), 10);
    let focus: Vec<_> = d
        .boundaries
        .iter()
        .filter(|b| b.role == Role::Focus)
        .map(|b| b.id.as_str())
        .collect();
    assert_eq!(focus, ["jianghai"]);
    assert!(d.boundaries.iter().all(|b| b.name_en.is_some()));
}

#[test]
fn every_default_project_is_an_approximate_pin_inside_jianghai() {
    for p in default_data().projects {
        assert_eq!(p.district.as_deref(), Some("jianghai"), "{}", p.id);
        assert!(p.district_derived);
        assert!(p.approximate, "{}", p.id);
        assert_eq!(p.date.as_deref(), Some("2021-03"));
        assert!(p.description.is_some() && p.description_en.is_some() && p.name_en.is_some());
    }
}

#[test]
fn only_the_two_stated_amounts_are_disclosed() {
    let d = default_data();
    let mut amounts: Vec<_> = d
        .projects
        .iter()
        .filter_map(|p| p.investment.map(|v| (p.id.as_str(), v)))
        .collect();
    amounts.sort_by(|a, b| a.0.cmp(b.0));
    assert_eq!(
        amounts,
        [("sowos-smart-terminal", 5.0), ("wangyi-tech-port", 20.0)]
    );
}

#[test]
fn manifest_has_five_colour_distinct_industries_and_the_life_cycle() {
    let d = default_data();
    let ids: Vec<_> = d
        .manifest
        .industries
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "electromechanical",
            "new_materials",
            "electronic_info",
            "infrastructure",
            "commerce_services"
        ]
    );
    let mut colors: Vec<_> = d
        .manifest
        .industries
        .iter()
        .map(|c| c.color.clone().unwrap())
        .collect();
    colors.sort();
    colors.dedup();
    assert_eq!(colors.len(), 5);
    let statuses: Vec<_> = d.manifest.statuses.iter().map(|c| c.zh.as_str()).collect();
    assert_eq!(statuses, ["签约", "动工", "投产"]);
    assert!(d.manifest.attribution.is_some() && d.manifest.updated.is_some());
}

#[test]
fn mapdata_reproduces_the_committed_boundaries() {
    // The reference files live beside the project (`../shared`, which every
    // developer and CI have), not in it: without them this test fails.
    let source = repo_file("../shared/geodata/jiangmen_districts_datav2021_wgs84.geojson");
    let keys = repo_file("data-src/jiangmen-district-keys.csv");
    let keys = mapdata::shapes::read_table::<mapdata::boundaries::Key>(&keys).unwrap();
    let out = mapdata::boundaries::convert(
        &source,
        &keys,
        mapdata::boundaries::DEFAULT_TOLERANCE,
        mapdata::boundaries::DEFAULT_ATTRIBUTION,
        false,
    )
    .unwrap();
    let committed = repo_file("public/data/districts.geojson");
    assert_eq!(out.geojson, committed);
    assert!(out.vertices_after < out.vertices_before);
    assert_eq!(out.bytes_before, source.len());
    assert!(Lang::En.written(&out.written("x")).ends_with(&format!(
        "vertices, {} → {} bytes",
        source.len(),
        committed.len()
    )));
    assert!(Lang::Zh.written(&out.written("x")).ends_with(&format!(
        "个顶点，{} → {} 字节",
        source.len(),
        committed.len()
    )));
}

#[test]
fn boundaries_drawn_in_gcj02_land_within_a_metre_of_the_wgs84_reference() {
    let keys = mapdata::shapes::read_table::<mapdata::boundaries::Key>(&repo_file(
        "data-src/jiangmen-district-keys.csv",
    ))
    .unwrap();
    let convert = |file: &str, from_gcj02| {
        let source = repo_file(&format!("../shared/geodata/{file}"));
        let out = mapdata::boundaries::convert(&source, &keys, 0.0, "", from_gcj02).unwrap();
        let mut problems = Vec::new();
        imap_core::model::boundary::parse("b", &out.geojson, &mut problems).unwrap()
    };
    let converted = convert("jiangmen_districts_datav2021_gcj02.geojson", true);
    let reference = convert("jiangmen_districts_datav2021_wgs84.geojson", false);
    let unconverted = convert("jiangmen_districts_datav2021_gcj02.geojson", false);
    let farthest = |a: &[imap_core::model::boundary::Boundary],
                    b: &[imap_core::model::boundary::Boundary]| {
        a.iter()
            .zip(b)
            .flat_map(|(x, y)| x.shape.coords_iter().zip(y.shape.coords_iter()))
            .map(|(p, q)| Haversine.distance(Point::from(p), Point::from(q)))
            .fold(0.0, f64::max)
    };
    assert!(farthest(&converted, &reference) < 1.0);
    assert!(farthest(&unconverted, &reference) > 100.0);
}

#[test]
fn mapdata_reproduces_the_committed_context_and_it_loads_whole() {
    let rows = mapdata::shapes::read_table::<mapdata::context::Row>(&repo_file(
        "data-src/context-keys.csv",
    ))
    .unwrap();
    let out = mapdata::context::convert(
        &rows,
        |path| Ok(repo_file(path)),
        mapdata::context::DEFAULT_TOLERANCE,
        mapdata::context::DEFAULT_ATTRIBUTION,
    )
    .unwrap();
    let committed = repo_file("public/data/context.geojson");
    assert_eq!(out.geojson, committed);

    let context = region::load("context.geojson", Ok(committed));
    assert_eq!((context.problems.len(), context.error), (0, None));
    let names: Vec<&str> = context
        .items
        .iter()
        .map(|r| r.name_en.as_deref().unwrap())
        .collect();
    for city in [
        "Jiangmen",
        "Guangzhou",
        "Foshan",
        "Zhongshan",
        "Zhuhai",
        "Shenzhen",
        "Hong Kong",
        "Macau",
    ] {
        assert!(names.contains(&city), "{city} missing from {names:?}");
    }
    // Converted to WGS84 like the districts: Zhongshan's outline lies in
    // the east, beside Jiangmen, and every region records its source.
    assert!(context.items.iter().all(|r| !r.source.is_empty()));
    let jiangmen = default_data().home_extent().unwrap();
    let zhongshan = context.items.iter().find(|r| r.id == "zhongshan").unwrap();
    let east = geo::BoundingRect::bounding_rect(&zhongshan.shape).unwrap();
    assert!(east.min().x > jiangmen.min().x && east.min().y < jiangmen.max().y);
}

#[test]
fn mapdata_reproduces_the_committed_places() {
    let rows =
        mapdata::shapes::read_table::<mapdata::places::Row>(&repo_file("data-src/places.csv"))
            .unwrap();
    let out = mapdata::places::convert(&rows, mapdata::places::DEFAULT_ATTRIBUTION).unwrap();
    assert_eq!(out, repo_file("public/data/places.geojson"));
    // The tool refuses what the app would skip: a place of no known kind.
    let mut odd = rows.clone();
    odd[0].kind = "temple".into();
    assert!(mapdata::places::convert(&odd, "").is_err());
}

#[test]
fn synthetic_data_is_labelled_inside_the_zone_and_varied() {
    use imap_core::model::boundary;
    use mapdata::synthetic;
    let read = |f: &str| repo_file(&format!("public/data/{f}"));
    let template = Manifest::parse("map.json", &read("map.json")).unwrap();
    let districts = read("districts.geojson");
    let boundaries = boundary::parse("d", &districts, &mut Vec::new()).unwrap();
    let (manifest, projects) = synthetic::generate(600, 3, &template, &boundaries).unwrap();
    let manifest = Manifest::parse("map.json", &manifest).unwrap();
    assert!(
        manifest.title.zh.contains("合成")
            && manifest
                .title
                .get(imap_core::lang::Lang::En)
                .contains("Synthetic")
    );
    let d = Dataset::assemble(manifest, Ok(districts), Ok(projects.clone()));
    assert!(
        d.problems.is_empty(),
        "{:?}",
        &d.problems[..d.problems.len().min(3)]
    );
    assert_eq!(d.projects.len(), 600);
    assert!(
        d.projects
            .iter()
            .all(|p| p.district.as_deref() == Some("jianghai") && p.approximate)
    );
    for i in 0..d.manifest.industries.len() {
        assert!(d.projects.iter().any(|p| p.industry == i), "industry {i}");
    }
    for s in 0..d.manifest.statuses.len() {
        assert!(d.projects.iter().any(|p| p.status == s), "status {s}");
    }
    let mut amounts: Vec<f64> = d.projects.iter().filter_map(|p| p.investment).collect();
    let undisclosed = 600 - amounts.len();
    assert!(
        (100..=260).contains(&undisclosed),
        "{undisclosed} undisclosed"
    );
    amounts.sort_by(f64::total_cmp);
    let median = amounts[amounts.len() / 2];
    let mean = amounts.iter().sum::<f64>() / amounts.len() as f64;
    assert!(amounts[0] >= 0.05 && *amounts.last().unwrap() <= 60.0);
    assert!(mean > median * 1.3, "skewed: mean {mean} median {median}");
    // The same seed gives the same data; another seed does not.
    let again = synthetic::generate(600, 3, &template, &boundaries)
        .unwrap()
        .1;
    assert_eq!(again, projects);
    assert_ne!(
        synthetic::generate(600, 4, &template, &boundaries)
            .unwrap()
            .1,
        projects
    );
}
