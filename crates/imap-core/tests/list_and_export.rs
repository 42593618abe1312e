//! List order, CSV export, the amount scale and the sites layer.

mod common;

use common::*;
use imap_core::lang::Lang;
use imap_core::model::amount_scale::{LogScale, nice};
use imap_core::model::dataset::Dataset;
use imap_core::model::export;
use imap_core::model::filter::Filters;
use imap_core::model::problems::Reason;
use imap_core::model::site::{Availability, LandUse, SiteFilters, SiteShape};
use imap_core::model::sort::{Sort, SortKey, name_ranks};

fn data() -> Dataset {
    let p = |id: &str, name: &str, en: &str, status: &str, inv: &str, date: &str| {
        point(
            0.5,
            0.5,
            &format!(
                r#""id":"{id}","name":"{name}","name_en":"{en}","industry":"electronic_info","status":"{status}","investment":{inv}{date}"#
            ),
        )
    };
    Dataset::assemble(
        manifest(),
        Ok(two_squares()),
        Ok(collection(&[
            p("a", "乙", "beta", "production", "5", r#","date":"2021-03""#),
            p(
                "b",
                "甲",
                "Alpha",
                "groundbreaking",
                "null",
                r#","date":"2022""#,
            ),
            p("c", "丙", "gamma", "production", "20", ""),
            p(
                "d",
                "丁",
                "delta",
                "groundbreaking",
                "0.5",
                r#","date":"2021-03-09""#,
            ),
        ])),
    )
}

/// The list's order, names collated without regard to case.
fn order(d: &Dataset, sort: Sort, lang: Lang) -> Vec<String> {
    let ranks = name_ranks(&d.projects, lang, |mut names| {
        names.sort_by_key(|n| n.to_lowercase());
        names
    });
    let mut idx: Vec<usize> = (0..d.projects.len()).collect();
    sort.apply(&mut idx, &d.projects, &ranks);
    idx.iter().map(|&i| d.projects[i].id.clone()).collect()
}

#[test]
fn names_sort_as_the_collation_orders_them() {
    let d = data();
    // As a Chinese reader orders them (by pinyin: bǐng, dīng, jiǎ, yǐ), not
    // by code point (丁 丙 乙 甲).
    let pinyin = |names: Vec<String>| {
        let by_reading = ["丙", "丁", "甲", "乙"];
        let mut ordered = names;
        ordered.sort_by_key(|n| by_reading.iter().position(|r| r == n));
        ordered
    };
    let ranks = name_ranks(&d.projects, Lang::Zh, pinyin);
    let mut idx: Vec<usize> = (0..d.projects.len()).collect();
    let by_name = Sort::default();
    by_name.apply(&mut idx, &d.projects, &ranks);
    let ids: Vec<&str> = idx.iter().map(|&i| d.projects[i].id.as_str()).collect();
    assert_eq!(ids, ["c", "d", "b", "a"]);
    let descending = Sort {
        descending: true,
        ..by_name
    };
    descending.apply(&mut idx, &d.projects, &ranks);
    let ids: Vec<&str> = idx.iter().map(|&i| d.projects[i].id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "d", "c"]);
}

#[test]
fn sorts_by_each_column_with_missing_values_last() {
    let d = data();
    let s = |key, descending| Sort { key, descending };
    assert_eq!(
        order(&d, s(SortKey::Name, false), Lang::En),
        ["b", "a", "d", "c"]
    );
    assert_eq!(
        order(&d, s(SortKey::Investment, false), Lang::Zh),
        ["d", "a", "c", "b"]
    );
    assert_eq!(
        order(&d, s(SortKey::Investment, true), Lang::Zh),
        ["c", "a", "d", "b"]
    );
    assert_eq!(
        order(&d, s(SortKey::Date, true), Lang::Zh),
        ["b", "d", "a", "c"]
    );
    assert_eq!(
        order(&d, s(SortKey::Date, false), Lang::Zh),
        ["a", "d", "b", "c"]
    );
    assert_eq!(
        order(&d, s(SortKey::Status, false), Lang::Zh),
        ["b", "d", "a", "c"]
    );
}

#[test]
fn sort_codes_round_trip_and_toggle() {
    for code in [
        "name",
        "name-desc",
        "investment-desc",
        "date",
        "status-desc",
    ] {
        assert_eq!(Sort::parse(code).unwrap().code(), code);
    }
    assert_eq!(Sort::parse("price"), None);
    let name = Sort::default();
    assert_eq!(
        name.toggled(SortKey::Name),
        Sort {
            key: SortKey::Name,
            descending: true
        }
    );
    assert_eq!(
        name.toggled(SortKey::Investment),
        Sort {
            key: SortKey::Investment,
            descending: true
        }
    );
}

#[test]
fn csv_is_utf8_with_bom_and_exact() {
    let d = Dataset::assemble(
        manifest(),
        Ok(two_squares()),
        Ok(collection(&[
            point(
                0.25,
                0.5,
                r#""id":"x1","name":"科技港, 一期","name_en":"Tech \"Port\"","industry":"new_materials","status":"production","investment":20,"date":"2021-03","company":"=cmd|' /C calc'!A0","description":"一期\n二期","description_en":"-1 floor","area_ha":12.5,"url":"https://example.org/a","location_precision":"approximate""#,
            ),
            point(
                1.5,
                0.5,
                r#""id":"x2","name":"乙","industry":"electronic_info","status":"groundbreaking""#,
            ),
        ])),
    );
    // Header texts come from the zh/en table (imap-i18n tests them); here any.
    let names: Vec<String> = (1..=export::COLUMNS).map(|i| format!("h{i}")).collect();
    let headers: [&str; export::COLUMNS] = std::array::from_fn(|i| names[i].as_str());
    let csv = export::csv(&d, &d.projects, Lang::Zh, &headers);
    let expected = "\u{feff}h1,h2,h3,h4,h5,h6,h7,h8,h9,h10,h11,h12,h13,h14,h15,h16\n\
x1,\"科技港, 一期\",\"Tech \"\"Port\"\"\",新材料,投产,20,西区,2021-03,'=cmd|' /C calc'!A0,\"一期\n二期\",'-1 floor,12.5,0.250000,0.500000,approximate,https://example.org/a\n\
x2,乙,,电子信息,动工,,东区,,,,,,1.500000,0.500000,exact,\n";
    assert_eq!(csv, expected);
    assert!(csv.as_bytes().starts_with(&[0xEF, 0xBB, 0xBF]));
    let en = export::csv(&d, &d.projects[1..], Lang::En, &headers);
    assert!(
        en.ends_with(
            "x2,乙,,Electronic information,Under construction,,东区,,,,,,1.500000,0.500000,exact,\n"
        ),
        "{en}"
    );
}

#[test]
fn csv_file_name_carries_the_filters() {
    assert_eq!(
        export::file_name(&Filters::default(), "csv"),
        "projects.csv"
    );
    let f = Filters {
        industries: Some(vec!["new_materials".into(), "electronic_info".into()]),
        statuses: Some(vec![]),
        districts: None,
        min: Some(1.0),
        max: Some(20.5),
        years: Some((2019, 2021)),
        query: " 科技/港 ".into(),
    };
    assert_eq!(
        export::file_name(&f, "png"),
        "projects_industry-new-materials+electronic-info_status-none_min-1_max-20.5_years-2019-2021_q-科技-港.png"
    );
}

#[test]
fn log_scale_spans_the_amounts_in_decades() {
    let s = LogScale::for_amounts([0.05, 5.0, 20.0, 60.0]);
    assert_eq!((s.lo, s.hi), (0.01, 100.0));
    assert_eq!(s.position(0.01), 0.0);
    assert_eq!(s.position(100.0), 1.0);
    assert!((s.position(1.0) - 0.5).abs() < 1e-12);
    assert_eq!(s.value(0.5), 1.0);
    assert_eq!(s.value(0.0), 0.01);
    assert_eq!(s.value(1.0), 100.0);
    assert_eq!(
        LogScale::for_amounts([]),
        LogScale {
            lo: 0.01,
            hi: 100.0
        }
    );
    assert_eq!(LogScale::for_amounts([5.0]), LogScale { lo: 1.0, hi: 10.0 });
    assert_eq!(
        s.histogram([0.0, 0.05, 1.0, 5.0, 20.0, 60.0, 100.0], 4),
        vec![2, 0, 2, 3]
    );
}

#[test]
fn histogram_bars_scale_to_the_tallest_and_shade_outside_the_range() {
    use imap_core::model::amount_scale::bar_heights;
    assert_eq!(bar_heights(&[1, 4, 2, 0], 10.0), [2.5, 10.0, 5.0, 0.0]);
    assert_eq!(
        bar_heights(&[0, 0], 10.0),
        [0.0, 0.0],
        "no data: flat, not NaN"
    );
    let s = LogScale {
        lo: 0.01,
        hi: 100.0,
    };
    // Four bins, one per decade: 0.01–0.1, 0.1–1, 1–10, 10–100.
    let outside = |min, max| {
        (0..4)
            .filter(|&i| s.bin_outside(i, 4, min, max))
            .collect::<Vec<_>>()
    };
    assert_eq!(outside(None, None), Vec::<usize>::new());
    assert_eq!(outside(Some(1.0), None), [0, 1]);
    assert_eq!(outside(Some(0.5), Some(5.0)), [0, 3]);
}

#[test]
fn a_slider_handle_stays_where_it_was_put_while_its_value_is_unchanged() {
    use imap_core::model::amount_scale::{SLIDER_STEPS, SliderHandle};
    let s = LogScale {
        lo: 0.01,
        hi: 100.0,
    };
    let mut lower = SliderHandle::lower();
    assert_eq!(lower.position(&s, None), 0.0, "no bound: at its end");
    // Position 501 snaps to the nice value 1: the handle stays at 501,
    // where the visitor put it, not at 500 where 1 itself sits.
    let bound = lower.put(&s, 501.0);
    assert_eq!(bound, Some(1.0));
    assert_eq!(lower.position(&s, bound), 501.0);
    // A bound set elsewhere (a field, a preset) moves it to that value.
    assert_eq!(lower.position(&s, Some(10.0)), 750.0);
    assert_eq!(lower.put(&s, 0.0), None, "back at its end: no bound");
    let mut upper = SliderHandle::upper();
    assert_eq!(upper.position(&s, None), SLIDER_STEPS);
    assert_eq!(upper.put(&s, SLIDER_STEPS), None);
    assert_eq!(upper.put(&s, 0.0), Some(0.01));
}

#[test]
fn slider_keys_step_a_fiftieth_and_stop_at_the_other_handle() {
    use imap_core::model::amount_scale::{KEY_STEP, SLIDER_STEPS, keyed, position_at};
    assert_eq!(KEY_STEP, SLIDER_STEPS / 50.0);
    assert_eq!(keyed(500.0, "ArrowRight", 0.0, 1000.0), Some(520.0));
    assert_eq!(keyed(500.0, "ArrowDown", 0.0, 1000.0), Some(480.0));
    assert_eq!(keyed(500.0, "PageUp", 0.0, 1000.0), Some(700.0));
    assert_eq!(keyed(500.0, "PageDown", 0.0, 1000.0), Some(300.0));
    assert_eq!(keyed(500.0, "Home", 0.0, 1000.0), Some(0.0));
    // The lower handle's End is the upper handle, never past it.
    assert_eq!(keyed(500.0, "End", 0.0, 640.0), Some(640.0));
    assert_eq!(keyed(630.0, "PageUp", 0.0, 640.0), Some(640.0));
    assert_eq!(keyed(500.0, "Tab", 0.0, 1000.0), None, "left to the page");
    // A pointer along the track, outside it at either end.
    assert_eq!(position_at(72.0, 144.0), 500.0);
    assert_eq!(position_at(-20.0, 144.0), 0.0);
    assert_eq!(position_at(200.0, 144.0), SLIDER_STEPS);
    assert_eq!(position_at(10.0, 0.0), 0.0, "no width yet");
}

#[test]
fn nice_numbers_snap_to_a_readable_step() {
    assert_eq!(nice(0.047), 0.05);
    assert_eq!(nice(1.04), 1.0);
    assert_eq!(nice(2.3), 2.5);
    assert_eq!(nice(17.0), 15.0);
    assert_eq!(nice(9.4), 10.0);
    assert_eq!(nice(0.3), 0.3);
}

fn sites_text() -> String {
    collection(&[
        r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[0.5,0.5]},"properties":{"id":"s1","name":"一号地块","area_ha":3.2,"land_use":"industrial","plot_ratio_max":3.5,"contact":"<b>招商局</b>","url":"javascript:x"}}"#.to_string(),
        r#"{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[1.1,0.1],[1.4,0.1],[1.4,0.4],[1.1,0.1]]]},"properties":{"id":"s2","name":"二号楼","area_ha":0.8,"land_use":"office","availability":"reserved"}}"#.to_string(),
        r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[0.5,0.5]},"properties":{"id":"s3","name":"无面积","land_use":"office"}}"#.to_string(),
        r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[0.5,0.5]},"properties":{"id":"s4","name":"怪用途","area_ha":1,"land_use":"farm"}}"#.to_string(),
        r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[0.5,0.5]},"properties":{"id":"s5","name":"怪状态","area_ha":1,"land_use":"mixed","availability":"maybe"}}"#.to_string(),
    ])
}

#[test]
fn sites_parse_with_their_rules() {
    let mut d = data();
    d.add_sites(Ok(sites_text()));
    assert_eq!(
        d.sites.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
        ["s1", "s2"]
    );
    let s1 = d.site("s1").unwrap();
    assert_eq!(
        (s1.land_use, s1.availability, s1.plot_ratio_max),
        (LandUse::Industrial, Availability::Available, Some(3.5))
    );
    assert_eq!(s1.url, None);
    assert_eq!(s1.contact.as_deref(), Some("<b>招商局</b>"));
    assert!(matches!(d.site("s2").unwrap().shape, SiteShape::Area(_)));
    assert!(d.site("s2").unwrap().anchor().is_some());
    let reasons: Vec<_> = d
        .problems
        .iter()
        .map(|p| (p.feature_id.as_deref(), p.reason.clone()))
        .collect();
    assert_eq!(
        reasons,
        [
            (Some("s1"), Reason::UnsafeUrl("javascript:x".into())),
            (Some("s3"), Reason::MissingProperty("area_ha")),
            (
                Some("s4"),
                Reason::InvalidChoice {
                    property: "land_use",
                    value: "farm".into()
                }
            ),
            (
                Some("s5"),
                Reason::InvalidChoice {
                    property: "availability",
                    value: "maybe".into()
                }
            ),
        ]
    );
}

#[test]
fn a_broken_sites_file_leaves_the_projects() {
    let mut d = data();
    d.add_sites(Ok("{\"type\":".into()));
    assert_eq!(d.projects.len(), 4);
    assert!(d.sites.is_empty());
    assert_eq!(d.file_errors.len(), 1);
}

#[test]
fn site_filters_by_use_availability_and_area() {
    let mut d = data();
    d.add_sites(Ok(sites_text()));
    let ids = |f: &SiteFilters| {
        d.sites
            .iter()
            .filter(|s| f.matches(s))
            .map(|s| s.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&SiteFilters::default()), ["s1", "s2"]);
    assert_eq!(
        ids(&SiteFilters {
            shown: false,
            ..Default::default()
        }),
        Vec::<String>::new()
    );
    assert_eq!(
        ids(&SiteFilters {
            land_uses: Some(vec![LandUse::Office]),
            ..Default::default()
        }),
        ["s2"]
    );
    assert_eq!(
        ids(&SiteFilters {
            availabilities: Some(vec![Availability::Available]),
            ..Default::default()
        }),
        ["s1"]
    );
    assert_eq!(
        ids(&SiteFilters {
            min_ha: Some(1.0),
            ..Default::default()
        }),
        ["s1"]
    );
    assert_eq!(
        ids(&SiteFilters {
            max_ha: Some(0.8),
            ..Default::default()
        }),
        ["s2"]
    );
}

#[test]
fn a_defused_cell_is_given_back_whole_by_undefuse() {
    for cell in [
        "=1+2", "+86", "-5", "@a", "\tx", "\rx", "\nx", "'=x", "'abc", "''", "'", "abc", "",
    ] {
        let defused = export::defuse(cell);
        assert!(
            !defused.starts_with(['=', '+', '-', '@', '\t', '\r', '\n']),
            "{cell:?} → {defused:?} still starts like a formula"
        );
        assert_eq!(export::undefuse(&defused), cell, "{cell:?}");
    }
    // An apostrophe an editor typed before plain text is the text's own.
    assert_eq!(export::undefuse("'abc"), "'abc");
    assert_eq!(export::undefuse("'=1+2"), "=1+2");
}

#[test]
fn text_for_an_image_holds_only_what_xml_allows() {
    use imap_core::model::rules::xml_text;
    assert_eq!(xml_text("新\u{1}材\u{8}料\u{b}\u{fffe}\u{ffff}"), "新材料");
    assert_eq!(xml_text("a\tb\nc\rd 港\u{1F600}"), "a\tb\nc\rd 港\u{1F600}");
}

/// The core writes CSV itself, to the bytes the `csv` crate writes.
#[cfg(not(target_arch = "wasm32"))]
mod against_the_csv_crate {
    use imap_core::model::export;

    /// The reference the core's own CSV writing is held to: the `csv` crate's
    /// writer, as the core used it before.
    fn csv_crate_grid(rows: &[Vec<String>]) -> String {
        let mut writer = csv::WriterBuilder::new()
            .flexible(true)
            .from_writer(Vec::new());
        for row in rows {
            writer
                .write_record(row.iter().map(|cell| export::defuse(cell)))
                .unwrap();
        }
        format!(
            "\u{feff}{}",
            String::from_utf8(writer.into_inner().unwrap()).unwrap()
        )
    }

    proptest::proptest! {
        #[test]
        fn csv_is_written_to_the_same_bytes_as_the_csv_crate_writes(
            rows in proptest::collection::vec(
                proptest::collection::vec("[a,\"\r\n =+'-@\t科 ]{0,6}", 0..5),
                0..6,
            ),
        ) {
            proptest::prop_assert_eq!(export::grid(&rows), csv_crate_grid(&rows));
        }
    }
}
