//! Parsing and every bad-input rule of data-format.md.

mod common;

use common::*;
use imap_core::model::boundary::{self, Role};
use imap_core::model::dataset::Dataset;
use imap_core::model::manifest::Manifest;
use imap_core::model::problems::{
    FileErrorKind, JsonFault, JsonKind, ManifestFault, Problem, Reason, Severity,
};
use imap_core::model::project::Project;

fn load(projects: &[String]) -> Dataset {
    Dataset::assemble(manifest(), Ok(two_squares()), Ok(collection(projects)))
}

fn good(id: &str) -> String {
    point(
        0.5,
        0.5,
        &format!(
            r#""id":"{id}","name":"项目 {id}","industry":"electronic_info","status":"production""#
        ),
    )
}

fn only_problem(d: &Dataset) -> &Problem {
    assert_eq!(d.problems.len(), 1, "problems: {:?}", d.problems);
    &d.problems[0]
}

fn skipped_with(props: &str, reason: Reason) {
    let bad = point(0.5, 0.5, props);
    let d = load(&[good("a"), bad, good("b")]);
    let ids: Vec<_> = d.projects.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["a", "b"], "the good features around the bad one load");
    let p = only_problem(&d);
    assert_eq!(p.severity, Severity::Skipped);
    assert_eq!(p.feature_index(), Some(1));
    assert_eq!(p.reason, reason);
}

#[test]
fn a_valid_project_loads_with_all_fields() {
    let f = point(
        0.25,
        0.75,
        r#""id":"x","name":"科技港","name_en":"Tech Port","industry":"new_materials","status":"groundbreaking",
           "investment":20,"date":"2021-03","company":"网驿","description":"<b>desc</b>","description_en":"d",
           "area_ha":3.5,"url":"https://example.org/a","location_precision":"approximate","extra":{"kept":true}"#,
    );
    let d = load(&[f]);
    assert!(d.problems.is_empty(), "{:?}", d.problems);
    let p = &d.projects[0];
    assert_eq!((p.lon, p.lat), (0.25, 0.75));
    assert_eq!(p.industry, 1);
    assert_eq!(p.status, 0);
    assert_eq!(p.investment, Some(20.0));
    assert_eq!(p.date.as_deref(), Some("2021-03"));
    assert_eq!(p.year(), Some(2021));
    assert_eq!(p.description.as_deref(), Some("<b>desc</b>"));
    assert_eq!(p.area_ha, Some(3.5));
    assert_eq!(p.url.as_deref(), Some("https://example.org/a"));
    assert!(p.approximate);
    assert_eq!(p.district.as_deref(), Some("west"));
    assert!(p.district_derived);
}

#[test]
fn null_or_absent_investment_is_undisclosed() {
    let a = point(
        0.5,
        0.5,
        r#""id":"a","name":"a","industry":"electronic_info","status":"production","investment":null"#,
    );
    let d = load(&[a, good("b")]);
    assert!(d.problems.is_empty());
    assert_eq!(d.projects[0].investment, None);
    assert_eq!(d.projects[1].investment, None);
}

#[test]
fn missing_id_is_skipped_and_reported_by_index() {
    let bad = point(
        0.5,
        0.5,
        r#""name":"n","industry":"electronic_info","status":"production""#,
    );
    let d = load(&[good("a"), bad]);
    let p = only_problem(&d);
    assert_eq!(
        (p.feature_index(), p.feature_id.as_deref()),
        (Some(1), None)
    );
    assert_eq!(p.reason, Reason::MissingProperty("id"));
    assert_eq!(d.projects.len(), 1);
}

#[test]
fn missing_name_is_skipped() {
    skipped_with(
        r#""id":"x","industry":"electronic_info","status":"production""#,
        Reason::MissingProperty("name"),
    );
}

#[test]
fn unknown_industry_is_skipped() {
    skipped_with(
        r#""id":"x","name":"n","industry":"tourism","status":"production""#,
        Reason::UnknownIndustry("tourism".into()),
    );
}

#[test]
fn unknown_status_is_skipped() {
    skipped_with(
        r#""id":"x","name":"n","industry":"electronic_info","status":"dreaming""#,
        Reason::UnknownStatus("dreaming".into()),
    );
}

#[test]
fn negative_investment_is_skipped() {
    skipped_with(
        r#""id":"x","name":"n","industry":"electronic_info","status":"production","investment":-1"#,
        Reason::Negative("investment"),
    );
}

#[test]
fn investment_as_text_is_skipped() {
    skipped_with(
        r#""id":"x","name":"n","industry":"electronic_info","status":"production","investment":"20亿""#,
        Reason::WrongType {
            property: "investment",
            expected: JsonKind::Number,
        },
    );
}

#[test]
fn negative_area_is_skipped() {
    skipped_with(
        r#""id":"x","name":"n","industry":"electronic_info","status":"production","area_ha":-3"#,
        Reason::Negative("area_ha"),
    );
}

#[test]
fn duplicate_id_keeps_the_first() {
    let d = load(&[good("a"), good("a")]);
    let p = only_problem(&d);
    assert_eq!(
        (p.feature_index(), p.feature_id.as_deref()),
        (Some(1), Some("a"))
    );
    assert_eq!(p.reason, Reason::DuplicateId);
    assert_eq!(d.projects.len(), 1);
}

#[test]
fn coordinate_out_of_range_is_skipped() {
    let bad = point(
        200.0,
        0.5,
        r#""id":"x","name":"n","industry":"electronic_info","status":"production""#,
    );
    let d = load(&[bad, good("a")]);
    assert_eq!(only_problem(&d).reason, Reason::CoordinateOutOfRange);
    let bad = point(
        0.5,
        -91.0,
        r#""id":"x","name":"n","industry":"electronic_info","status":"production""#,
    );
    let d = load(&[bad, good("a")]);
    assert_eq!(only_problem(&d).reason, Reason::CoordinateOutOfRange);
}

#[test]
fn wrong_geometry_type_is_skipped() {
    let bad = r#"{"type":"Feature","geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]},"properties":{"id":"x","name":"n","industry":"electronic_info","status":"production"}}"#;
    let d = load(&[bad.to_string(), good("a")]);
    let p = only_problem(&d);
    assert_eq!(
        p.reason,
        Reason::WrongGeometry {
            found: "LineString".into(),
            expected: &["Point"]
        }
    );
    assert_eq!(p.feature_id.as_deref(), Some("x"));
}

#[test]
fn missing_geometry_is_skipped() {
    let bad = r#"{"type":"Feature","geometry":null,"properties":{"id":"x","name":"n","industry":"electronic_info","status":"production"}}"#;
    let d = load(&[bad.to_string(), good("a")]);
    assert_eq!(only_problem(&d).reason, Reason::MissingGeometry);
}

#[test]
fn something_that_is_not_a_feature_is_skipped() {
    let d = load(&[
        "42".to_string(),
        r#"{"type":"Nope","properties":{"id":"n"}}"#.to_string(),
        good("a"),
    ]);
    assert_eq!(d.problems.len(), 2);
    assert!(matches!(d.problems[0].reason, Reason::NotAFeature(_)));
    assert_eq!(d.problems[1].feature_id.as_deref(), Some("n"));
    assert_eq!(d.projects.len(), 1);
}

#[test]
fn unsafe_url_is_dropped_with_a_warning_and_the_project_loads() {
    for url in [
        "javascript:alert(1)",
        "data:text/html,x",
        "ftp://x",
        "//evil.example",
        "https://",
        "http://a b",
    ] {
        let f = point(
            0.5,
            0.5,
            &format!(
                r#""id":"x","name":"n","industry":"electronic_info","status":"production","url":{}"#,
                serde_json::to_string(url).unwrap()
            ),
        );
        let d = load(&[f]);
        assert_eq!(d.projects.len(), 1, "{url}");
        assert_eq!(d.projects[0].url, None, "{url}");
        let p = only_problem(&d);
        assert_eq!(p.severity, Severity::Warning);
        assert_eq!(p.reason, Reason::UnsafeUrl(url.into()));
    }
    let f = point(
        0.5,
        0.5,
        r#""id":"x","name":"n","industry":"electronic_info","status":"production","url":"HTTP://Example.org/x?a=1""#,
    );
    assert_eq!(
        load(&[f]).projects[0].url.as_deref(),
        Some("HTTP://Example.org/x?a=1")
    );
}

#[test]
fn bad_date_and_precision_are_warnings() {
    let f = point(
        0.5,
        0.5,
        r#""id":"x","name":"n","industry":"electronic_info","status":"production","date":"2021-13","location_precision":"roughly""#,
    );
    let d = load(&[f]);
    assert_eq!(d.projects[0].date, None);
    assert_eq!(d.projects[0].year(), None, "no year from a date refused");
    assert!(
        d.projects[0].approximate,
        "an unknown precision is not claimed exact"
    );
    let reasons: Vec<_> = d.problems.iter().map(|p| (&p.reason, p.severity)).collect();
    assert_eq!(
        reasons,
        [
            (&Reason::InvalidDate("2021-13".into()), Severity::Warning),
            (
                &Reason::UnknownPrecision("roughly".into()),
                Severity::Warning
            )
        ]
    );
}

#[test]
fn dates_of_three_precisions_are_accepted() {
    use imap_core::model::project::is_partial_date;
    for ok in [
        "2021",
        "2021-03",
        "2021-03-09",
        "2024-02-29",
        "2000-02-29",
        "2021-04-30",
    ] {
        assert!(is_partial_date(ok), "{ok}");
    }
    for bad in [
        "2021-02-30",
        "2023-02-29",
        "1900-02-29",
        "2021-04-31",
        "21",
        "2021-3",
        "2021-00",
        "2021-03-32",
        "2021/03",
        "2021-03-09T00",
        "",
    ] {
        assert!(!is_partial_date(bad), "{bad}");
    }
}

#[test]
fn given_district_is_kept_and_unknown_district_is_derived() {
    let given = point(
        0.5,
        0.5,
        r#""id":"g","name":"n","industry":"electronic_info","status":"production","district":"east""#,
    );
    let unknown = point(
        1.5,
        0.5,
        r#""id":"u","name":"n","industry":"electronic_info","status":"production","district":"mars""#,
    );
    let outside = point(
        5.0,
        5.0,
        r#""id":"o","name":"n","industry":"electronic_info","status":"production""#,
    );
    let d = load(&[given, unknown, outside]);
    let g = d.project("g").unwrap();
    assert_eq!(
        (g.district.as_deref(), g.district_derived),
        (Some("east"), false)
    );
    let u = d.project("u").unwrap();
    assert_eq!(
        (u.district.as_deref(), u.district_derived),
        (Some("east"), true)
    );
    let o = d.project("o").unwrap();
    assert_eq!(o.district, None);
    // The filters find the district by its index among the boundaries.
    let boundary_of = |p: &Project| p.boundary.map(|i| d.boundaries[i].id.as_str());
    assert_eq!(
        (boundary_of(g), boundary_of(u), boundary_of(o)),
        (Some("east"), Some("east"), None)
    );
    assert_eq!(
        only_problem(&d).reason,
        Reason::UnknownDistrict("mars".into())
    );
}

#[test]
fn truncated_projects_file_is_a_file_error_with_line_and_column_and_boundaries_stay() {
    let text = collection(&[good("a"), good("b")]);
    let truncated = format!("{}\n{}", &text[..40], &text[40..text.len() / 2]);
    let d = Dataset::assemble(manifest(), Ok(two_squares()), Ok(truncated));
    assert_eq!(d.boundaries.len(), 2);
    assert!(d.projects.is_empty());
    let e = &d.file_errors[0];
    assert_eq!(e.file, "p.geojson");
    match &e.kind {
        FileErrorKind::Json { line, column, .. } => {
            assert_eq!(*line, 2);
            assert!(*column > 0);
        }
        other => panic!("expected a JSON error, got {other:?}"),
    }
}

#[test]
fn a_file_that_is_not_a_feature_collection_is_a_file_error() {
    let d = Dataset::assemble(
        manifest(),
        Ok(r#"{"type":"Feature"}"#.into()),
        Ok(collection(&[good("a")])),
    );
    assert_eq!(d.file_errors[0].kind, FileErrorKind::NotFeatureCollection);
    assert_eq!(d.file_errors[0].file, "b.geojson");
    assert_eq!(d.projects.len(), 1, "projects load without boundaries");
    assert_eq!(d.projects[0].district, None);
}

#[test]
fn boundaries_parse_roles_and_reject_bad_features() {
    let text = collection(&[
        r#"{"type":"Feature","geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]]]},"properties":{"id":"a","name":"甲","name_en":"A"}}"#.to_string(),
        r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[0,0]},"properties":{"id":"b","name":"乙"}}"#.to_string(),
        r#"{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]},"properties":{"id":"c","name":"丙","role":"neighbour"}}"#.to_string(),
        r#"{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]},"properties":{"id":"d","name":"丁"}}"#.to_string(),
    ]);
    let mut problems = Vec::new();
    let b = boundary::parse("b.geojson", &text, &mut problems).unwrap();
    assert_eq!(
        b.iter().map(|b| b.id.as_str()).collect::<Vec<_>>(),
        ["a", "c"]
    );
    assert_eq!(b[0].role, Role::Focus);
    assert_eq!(b[1].role, Role::Focus);
    let reasons: Vec<_> = problems
        .iter()
        .map(|p| (p.feature_id.as_deref(), &p.reason))
        .collect();
    assert_eq!(
        reasons,
        [
            (
                Some("b"),
                &Reason::WrongGeometry {
                    found: "Point".into(),
                    expected: &["Polygon", "MultiPolygon"]
                }
            ),
            (Some("c"), &Reason::UnknownRole("neighbour".into())),
            (Some("d"), &Reason::BadCoordinates),
        ]
    );
}

#[test]
fn manifest_errors_name_the_problem() {
    let e = Manifest::parse("map.json", r#"{"version": 2}"#).unwrap_err();
    assert_eq!(e.kind, FileErrorKind::UnsupportedVersion("2".into()));
    let e = Manifest::parse("map.json", "{\n  \"version\": 1,\n  \"title\": \n").unwrap_err();
    assert!(
        matches!(e.kind, FileErrorKind::Json { line: 4, .. }),
        "{e:?}"
    );
    let no_title = common::MANIFEST.replace(r#""title": {"zh": "测试", "en": "Test"},"#, "");
    let e = Manifest::parse("map.json", &no_title).unwrap_err();
    match e.kind {
        FileErrorKind::Json { fault, .. } => {
            assert_eq!(fault, JsonFault::MissingField("title".into()))
        }
        other => panic!("{other:?}"),
    }
    let dup = common::MANIFEST.replace("new_materials", "electronic_info");
    let e = Manifest::parse("map.json", &dup).unwrap_err();
    assert!(
        e.kind
            == FileErrorKind::InvalidManifest(ManifestFault::DuplicateId {
                list: "industries",
                id: "electronic_info".into()
            }),
        "{e:?}"
    );
    let bad_color = common::MANIFEST.replace("#E69F00", "orange");
    let e = Manifest::parse("map.json", &bad_color).unwrap_err();
    assert!(
        matches!(e.kind, FileErrorKind::InvalidManifest(ManifestFault::NotAColor { ref color, .. }) if color == "orange"),
        "{e:?}"
    );
}

#[test]
fn unknown_manifest_fields_are_ignored() {
    let extra = common::MANIFEST.replacen('{', r#"{"future_field": [1, 2], "basemap": null,"#, 1);
    assert!(Manifest::parse("map.json", &extra).is_ok());
}

#[test]
fn district_index_agrees_with_geo_on_the_real_boundaries() {
    use geo::{Contains, Point};
    use imap_core::model::district::DistrictIndex;
    let text = repo_file("public/data/districts.geojson");
    let b = boundary::parse("d", &text, &mut Vec::new()).unwrap();
    let index = DistrictIndex::new(&b);
    let mut checked = 0;
    for i in 0..80 {
        for j in 0..80 {
            let (lon, lat) = (112.2 + i as f64 * 0.012, 21.5 + j as f64 * 0.012);
            let expected = b
                .iter()
                .enumerate()
                .find(|(_, x)| x.shape.contains(&Point::new(lon, lat)))
                .map(|(position, x)| (position, x.id.as_str()));
            assert_eq!(index.locate(lon, lat), expected, "{lon},{lat}");
            checked += expected.is_some() as usize;
        }
    }
    assert!(checked > 1000, "the grid covers the districts: {checked}");
}

#[test]
fn unsupported_versions_are_quoted_as_written() {
    for (json, shown) in [
        (r#"{"version": 1.5}"#, "1.5"),
        (r#"{"version": "1"}"#, "\"1\""),
        (r#"{"version": [1]}"#, "[…]"),
        (r#"{"version": null}"#, "null"),
    ] {
        let e = Manifest::parse("map.json", json).unwrap_err();
        assert_eq!(
            e.kind,
            FileErrorKind::UnsupportedVersion(shown.into()),
            "{json}"
        );
    }
}

#[test]
fn statuses_have_a_stage_by_their_order() {
    use imap_core::model::manifest::StatusStage;
    let m = manifest();
    assert_eq!(m.status_stage(0), StatusStage::First);
    assert_eq!(m.status_stage(1), StatusStage::Last);
    let three = Manifest::parse(
        "map.json",
        &MANIFEST.replace(
            r#"{"id": "production""#,
            r#"{"id": "signed", "zh": "签约"}, {"id": "production""#,
        ),
    )
    .unwrap();
    let stages: Vec<_> = (0..3).map(|i| three.status_stage(i)).collect();
    assert_eq!(
        stages,
        [StatusStage::First, StatusStage::Middle, StatusStage::Last]
    );
}

#[test]
fn a_filtered_link_opens_on_the_zone_and_every_match() {
    let d = projects_at(&[("in", 0.5, 0.5), ("out", 1.8, 0.2)]);
    // The zone is the focus square "west", [0,1]×[0,1].
    let zone = d.home_extent().unwrap();
    assert_eq!((zone.max().x, zone.min().y), (1.0, 0.0));
    assert_eq!(d.extent_with(&[0]), Some(zone));
    let both = d.extent_with(&[0, 1]).unwrap();
    assert_eq!(
        (both.min().x, both.max().x, both.min().y, both.max().y),
        (0.0, 1.8, 0.0, 1.0)
    );
}

// Hardening (issue 13): files as Windows editors save them, ids that would
// break a link, amounts beyond the format's bounds.

#[test]
fn a_byte_order_mark_before_the_manifest_or_a_collection_is_allowed() {
    let manifest = Manifest::parse("map.json", &format!("\u{feff}{MANIFEST}")).unwrap();
    let projects = format!("\u{feff}{}", collection(&[good("a"), good("b")]));
    let d = Dataset::assemble(
        manifest,
        Ok(format!("\u{feff}{}", two_squares())),
        Ok(projects),
    );
    assert!(
        d.problems.is_empty() && d.file_errors.is_empty(),
        "{:?} {:?}",
        d.problems,
        d.file_errors
    );
    assert_eq!(d.projects.len(), 2);
    assert_eq!(d.boundaries.len(), 2);
}

#[test]
fn an_id_outside_the_format_is_skipped_and_named() {
    for id in ["a,b", "a b", "新材料", &"x".repeat(65)] {
        let props =
            format!(r#""id":"{id}","name":"n","industry":"electronic_info","status":"production""#);
        let bad = point(0.5, 0.5, &props);
        let d = load(&[good("a"), bad, good("b")]);
        assert_eq!(d.projects.len(), 2, "{id}");
        assert_eq!(only_problem(&d).reason, Reason::InvalidId(id.to_string()));
    }
}

#[test]
fn a_manifest_id_outside_the_format_is_an_error_naming_it() {
    let bad = MANIFEST.replace("\"new_materials\"", "\"new,materials\"");
    let e = Manifest::parse("map.json", &bad).unwrap_err();
    assert!(
        e.kind
            == FileErrorKind::InvalidManifest(ManifestFault::InvalidId {
                list: "industries",
                id: "new,materials".into()
            }),
        "{e:?}"
    );
}

#[test]
fn investments_beyond_the_format_are_skipped_with_the_bound() {
    let props = |amount: &str| {
        format!(
            r#""id":"x","name":"n","industry":"electronic_info","status":"production","investment":{amount}"#
        )
    };
    skipped_with(
        &props("1e308"),
        Reason::TooLarge {
            property: "investment",
            max: Some(100_000.0),
        },
    );
    skipped_with(
        &props("100000.5"),
        Reason::TooLarge {
            property: "investment",
            max: Some(100_000.0),
        },
    );
    skipped_with(
        &props("1e309"),
        Reason::TooLarge {
            property: "investment",
            max: None,
        },
    );
    let d = load(&[point(0.5, 0.5, &props("100000"))]);
    assert_eq!(d.projects[0].investment, Some(100_000.0));
}

#[test]
fn a_ten_megabyte_name_is_cut_with_a_warning_and_the_project_stays() {
    let long = "长".repeat(10 * 1024 * 1024 / 3);
    let props = format!(
        r#""id":"x","name":"{long}","industry":"electronic_info","status":"production","description":"{long}""#
    );
    let d = load(&[point(0.5, 0.5, &props)]);
    let p = &d.projects[0];
    assert_eq!(
        p.name.chars().count(),
        301,
        "300 characters and the ellipsis"
    );
    assert!(p.name.ends_with('…'));
    assert_eq!(p.description.as_ref().unwrap().chars().count(), 5_001);
    let reasons: Vec<_> = d.problems.iter().map(|p| (&p.reason, p.severity)).collect();
    assert_eq!(
        reasons,
        [
            (
                &Reason::TooLong {
                    property: "name",
                    max_chars: 300
                },
                Severity::Warning
            ),
            (
                &Reason::TooLong {
                    property: "description",
                    max_chars: 5_000
                },
                Severity::Warning
            ),
        ]
    );
}

#[test]
fn json_nested_past_any_reason_is_an_error_naming_the_file_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let projects = format!(r#"{{"type":"FeatureCollection","features":[{deep}]}}"#);
    let d = Dataset::assemble(manifest(), Ok(two_squares()), Ok(projects));
    assert_eq!(d.boundaries.len(), 2, "the boundaries still load");
    assert!(d.projects.is_empty());
    let p = only_problem(&d);
    assert_eq!(
        (p.feature_index(), p.severity),
        (Some(0), Severity::Skipped)
    );
    assert!(matches!(p.reason, Reason::NotAFeature(_)), "{:?}", p.reason);
    let e = Manifest::parse("map.json", &deep).unwrap_err();
    assert!(
        matches!(
            e.kind,
            FileErrorKind::Json {
                fault: JsonFault::TooDeep,
                ..
            }
        ),
        "{e:?}"
    );
}
