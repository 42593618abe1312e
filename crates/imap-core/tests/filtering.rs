//! Filters against a plain reference implementation on random data, and the
//! live counts beside each choice.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use imap_core::model::case_fold::{CASELESS, CaseFold};
use imap_core::model::dataset::Dataset;
use imap_core::model::filter::{FacetCounts, Filters, Matcher};
use proptest::prelude::*;

const INDUSTRIES: [&str; 2] = ["electronic_info", "new_materials"];
const STATUSES: [&str; 2] = ["groundbreaking", "production"];
const NAMES: [&str; 6] = [
    "科技港",
    "Tech Port",
    "灯火汇",
    "Smart Card",
    "电子",
    "ÉNERGIE ΣΟΦΊΑ",
];

#[derive(Clone, Debug)]
struct RawProject {
    x: f64,
    industry: usize,
    status: usize,
    investment: Option<f64>,
    name: usize,
    company: Option<usize>,
    year: Option<u16>,
}

/// A project with the first status, name and no company.
fn raw(x: f64, industry: usize, investment: Option<f64>) -> RawProject {
    RawProject {
        x,
        industry,
        status: 0,
        investment,
        name: 0,
        company: None,
        year: None,
    }
}

fn raw_project() -> impl Strategy<Value = RawProject> {
    (
        0.05f64..1.95,
        0..2usize,
        0..2usize,
        proptest::option::of(prop_oneof![Just(0.0), 0.01f64..60.0, Just(5.0), Just(20.0)]),
        0..NAMES.len(),
        proptest::option::of(0..NAMES.len()),
        proptest::option::of(2015u16..2025),
    )
        .prop_map(
            |(x, industry, status, investment, name, company, year)| RawProject {
                x,
                industry,
                status,
                investment,
                name,
                company,
                year,
            },
        )
}

fn ids_subset(all: &'static [&'static str]) -> impl Strategy<Value = Option<Vec<String>>> {
    proptest::option::of(proptest::sample::subsequence(
        all.iter()
            .map(|s| s.to_string())
            .chain(["unknown".to_string()])
            .collect::<Vec<_>>(),
        0..=all.len() + 1,
    ))
}

fn filters() -> impl Strategy<Value = Filters> {
    (
        ids_subset(&INDUSTRIES),
        ids_subset(&STATUSES),
        ids_subset(&["west", "east"]),
        proptest::option::of(prop_oneof![Just(5.0), 0.0f64..30.0]),
        proptest::option::of(prop_oneof![Just(20.0), 0.0f64..60.0]),
        prop_oneof![
            Just(String::new()),
            Just("tech".to_string()),
            Just("灯火".to_string()),
            Just(" SMART ".to_string()),
            Just("电".to_string()),
            Just("énergie σοφ".to_string()),
            Just("ＳＭＡＲＴ".to_string())
        ],
        proptest::option::of((2014u16..2026, 2014u16..2026)),
    )
        .prop_map(
            |(industries, statuses, districts, min, max, query, years)| {
                let mut f = Filters {
                    industries,
                    statuses,
                    districts,
                    min,
                    max,
                    query,
                    ..Filters::default()
                };
                f.set_years(years);
                f
            },
        )
}

fn dataset(raw: &[RawProject]) -> Dataset {
    let features: Vec<String> = raw
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let investment = r.investment.map_or("null".to_string(), |v| v.to_string());
            let company = r.company.map_or(String::new(), |c| format!(r#","company":"{} Co.""#, NAMES[c]));
            let date = r.year.map_or(String::new(), |y| format!(r#","date":"{y}-06""#));
            point(
                r.x,
                0.5,
                &format!(
                    r#""id":"p{i}","name":"{}","industry":"{}","status":"{}","investment":{investment}{company}{date}"#,
                    NAMES[r.name], INDUSTRIES[r.industry], STATUSES[r.status]
                ),
            )
        })
        .collect();
    Dataset::assemble(manifest(), Ok(two_squares()), Ok(collection(&features)))
}

/// The rules of ui-contract.md, written as plainly as possible.
fn reference(raw: &[RawProject], f: &Filters) -> Vec<String> {
    let effective = |list: &Option<Vec<String>>, known: &[&str]| -> Option<Vec<String>> {
        let list = list.as_ref()?;
        let kept: Vec<String> = list
            .iter()
            .filter(|id| known.contains(&id.as_str()))
            .cloned()
            .collect();
        if !list.is_empty() && kept.is_empty() {
            None
        } else {
            Some(kept)
        }
    };
    let industries = effective(&f.industries, &INDUSTRIES);
    let statuses = effective(&f.statuses, &STATUSES);
    let districts = effective(&f.districts, &["west", "east"]);
    let needle = f.query.trim().to_lowercase();
    let mut out = Vec::new();
    for (i, r) in raw.iter().enumerate() {
        let district = if r.x < 1.0 { "west" } else { "east" };
        let mut ok = true;
        if let Some(list) = &industries {
            ok &= list.iter().any(|x| x == INDUSTRIES[r.industry]);
        }
        if let Some(list) = &statuses {
            ok &= list.iter().any(|x| x == STATUSES[r.status]);
        }
        if let Some(list) = &districts {
            ok &= list.iter().any(|x| x == district);
        }
        if f.min.is_some() || f.max.is_some() {
            match r.investment {
                None => ok = false,
                Some(v) => {
                    if let Some(min) = f.min {
                        ok &= v >= min;
                    }
                    if let Some(max) = f.max {
                        ok &= v <= max;
                    }
                }
            }
        }
        if let Some((from, to)) = f.years {
            ok &= r.year.is_some_and(|y| from <= y && y <= to);
        }
        if !needle.is_empty() {
            let mut text = NAMES[r.name].to_lowercase();
            if let Some(c) = r.company {
                text.push_str(&format!(" {} co.", NAMES[c].to_lowercase()));
            }
            ok &= text.contains(&needle);
        }
        if ok {
            out.push(format!("p{i}"));
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn matcher_agrees_with_the_reference(raw in proptest::collection::vec(raw_project(), 0..40), f in filters()) {
        let d = dataset(&raw);
        prop_assert!(d.problems.is_empty(), "{:?}", d.problems);
        let m = Matcher::new(&f, &d);
        let got: Vec<String> = d.projects.iter().filter(|p| m.matches(p)).map(|p| p.id.clone()).collect();
        prop_assert_eq!(got, reference(&raw, &f));
    }

    #[test]
    fn facet_counts_are_what_choosing_that_value_alone_would_show(raw in proptest::collection::vec(raw_project(), 0..30), f in filters()) {
        let d = dataset(&raw);
        let counts = FacetCounts::of(&d, &f);
        for (i, id) in INDUSTRIES.iter().enumerate() {
            let only = Filters { industries: Some(vec![id.to_string()]), ..f.clone() };
            prop_assert_eq!(counts.industries[i], reference(&raw, &only).len());
        }
        for (i, id) in STATUSES.iter().enumerate() {
            let only = Filters { statuses: Some(vec![id.to_string()]), ..f.clone() };
            prop_assert_eq!(counts.statuses[i], reference(&raw, &only).len());
        }
        for (i, id) in ["west", "east"].iter().enumerate() {
            let only = Filters { districts: Some(vec![id.to_string()]), ..f.clone() };
            let hits = reference(&raw, &only);
            prop_assert_eq!(counts.districts[i].count, hits.len());
            let total: f64 = hits
                .iter()
                .filter_map(|id| raw[id[1..].parse::<usize>().unwrap()].investment)
                .sum();
            prop_assert!((counts.districts[i].total - total).abs() < 1e-6);
        }
        // The amount's and the years' histograms: every filter but their own.
        let project = |id: &String| &raw[id[1..].parse::<usize>().unwrap()];
        let hits = reference(&raw, &Filters { min: None, max: None, ..f.clone() });
        let mut amounts: Vec<f64> = hits.iter().filter_map(|id| project(id).investment).collect();
        let mut got = counts.amounts.clone();
        amounts.sort_by(f64::total_cmp);
        got.sort_by(f64::total_cmp);
        prop_assert_eq!(got, amounts.clone());
        prop_assert_eq!(counts.undisclosed, hits.len() - amounts.len());
        let mut any_year = f.clone();
        any_year.set_years(None);
        let hits = reference(&raw, &any_year);
        let mut dated: Vec<u16> = hits.iter().filter_map(|id| project(id).year).collect();
        let mut got: Vec<u16> = counts.dated.iter().map(|&(year, _)| year).collect();
        dated.sort_unstable();
        got.sort_unstable();
        prop_assert_eq!(got, dated.clone());
        prop_assert_eq!(counts.undated, hits.len() - dated.len());
    }
}

#[test]
fn every_caseless_character_is_its_own_lower_case() {
    for (first, last) in CASELESS {
        for c in first..=last {
            assert!(
                c.to_lowercase().eq([c]),
                "U+{:04X} has a lower case",
                c as u32
            );
        }
    }
}

proptest! {
    /// The core's own folding (ASCII and the caseless scripts) is std's, and
    /// only the rest goes to the platform's.
    #[test]
    fn case_folding_is_std_lower_casing(text in "[a-zA-Z0-9 ·（）科技港灯火汇电子ÉéΣσςİＡａ\u{20000}]{0,12}") {
        fn by_platform(text: &str) -> String {
            format!("platform:{}", text.to_lowercase())
        }
        let folded = CaseFold::with(by_platform).fold(&text);
        let own = text.chars().all(|c| c.is_ascii() || CASELESS.iter().any(|&(a, b)| (a..=b).contains(&c)));
        let expected = if own { text.to_lowercase() } else { by_platform(&text) };
        prop_assert_eq!(folded, expected);
    }
}

#[test]
fn chinese_and_ascii_text_is_folded_without_the_platform() {
    fn by_platform(_: &str) -> String {
        panic!("asked the platform")
    }
    let fold = CaseFold::with(by_platform);
    assert_eq!(
        fold.fold("江门 Tech Port（一期）·２０２１年"),
        "江门 tech port（一期）·２０２１年"
    );
}

#[test]
fn unknown_district_ids_are_ignored() {
    let raw = vec![raw(0.5, 0, None), raw(1.5, 0, None)];
    let d = dataset(&raw);
    let count = |districts: Option<Vec<&str>>| {
        let f = Filters {
            districts: districts.map(|v| v.iter().map(|s| s.to_string()).collect()),
            ..Filters::default()
        };
        let m = Matcher::new(&f, &d);
        d.projects.iter().filter(|p| m.matches(p)).count()
    };
    assert_eq!(count(Some(vec!["mars"])), 2);
    assert_eq!(count(Some(vec!["mars", "east"])), 1);
    assert_eq!(count(Some(vec![])), 0);
}

#[test]
fn ticking_checkboxes_returns_to_all() {
    use imap_core::model::filter::toggle_checked;
    let known: Vec<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();
    let s = |v: &[&str]| Some(v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
    assert_eq!(
        toggle_checked(&None, &"b".to_string(), &known),
        s(&["a", "c"])
    );
    assert_eq!(
        toggle_checked(&s(&["a", "c"]), &"b".to_string(), &known),
        None
    );
    assert_eq!(toggle_checked(&s(&["a"]), &"a".to_string(), &known), s(&[]));
    assert_eq!(toggle_checked(&s(&[]), &"c".to_string(), &known), s(&["c"]));
}

#[test]
fn amount_facet_ignores_only_the_range() {
    let raw = vec![
        raw(0.5, 0, Some(2.0)),
        raw(0.5, 0, Some(30.0)),
        raw(0.5, 1, Some(4.0)),
        raw(0.5, 0, None),
    ];
    let d = dataset(&raw);
    let f = Filters {
        industries: Some(vec!["electronic_info".into()]),
        min: Some(10.0),
        ..Filters::default()
    };
    let c = FacetCounts::of(&d, &f);
    assert_eq!(c.amounts, vec![2.0, 30.0]);
    assert_eq!(c.undisclosed, 1);
}
