//! Values survive links and exports exactly: rounding is for display only.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use imap_core::lang::Lang;
use imap_core::model::dataset::Dataset;
use imap_core::model::export;
use imap_core::model::money::exact_number;
use imap_core::url_state::UrlState;
use proptest::prelude::*;

/// Amounts as editors write them (0.015, 0.125, 148.9) and as arithmetic
/// leaves them (0.1 + 0.2), up to the format's bound.
fn amount() -> impl Strategy<Value = f64> {
    prop_oneof![
        (0u32..10_000_000).prop_map(|n| f64::from(n) / 1000.0),
        0.0..100_000.0f64,
        Just(0.1 + 0.2),
    ]
}

proptest! {
    #[test]
    fn amount_ranges_survive_state_to_url_to_state(
        a in proptest::option::of(amount()),
        b in proptest::option::of(amount()),
        site_min in proptest::option::of(amount()),
    ) {
        // A state the app can hold: the lower bound not above the upper.
        let (min, max) = match (a, b) {
            (Some(a), Some(b)) => (Some(a.min(b)), Some(a.max(b))),
            other => other,
        };
        let mut state = UrlState::default();
        state.choices.filters.min = min;
        state.choices.filters.max = max;
        state.choices.sites.min_ha = site_min;
        let back = UrlState::parse(&state.to_query());
        prop_assert_eq!(back.choices.filters.min, min);
        prop_assert_eq!(back.choices.filters.max, max);
        prop_assert_eq!(back.choices.sites.min_ha, site_min);
        prop_assert_eq!(back, state);
    }

    /// Whatever a forged link holds, the state is one the app can show, and
    /// writing it back and reading it again changes nothing.
    #[test]
    fn any_query_gives_a_valid_state_that_survives_a_round_trip(
        pairs in proptest::collection::vec((key(), value()), 0..8),
    ) {
        let query = pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", v.replace(['&', '#'], "")))
            .collect::<Vec<_>>()
            .join("&");
        let state = UrlState::parse(&query);
        let f = &state.choices.filters;
        for bound in [f.min, f.max].into_iter().flatten() {
            prop_assert!(bound.is_finite() && (0.0..=100_000.0).contains(&bound), "{bound} from {query}");
        }
        for bound in [state.choices.sites.min_ha, state.choices.sites.max_ha].into_iter().flatten() {
            prop_assert!(bound.is_finite() && bound >= 0.0, "{bound} from {query}");
        }
        if let (Some(min), Some(max)) = (f.min, f.max) {
            prop_assert!(min <= max, "{query}");
        }
        prop_assert!(f.districts.as_ref().is_none_or(|d| !d.is_empty()), "{query}");
        let again = UrlState::parse(&state.to_query());
        prop_assert_eq!(again, state, "{}", query);
    }

    #[test]
    fn an_exported_amount_reads_back_unchanged(investment in amount()) {
        let project = point(
            0.5,
            0.5,
            &format!(r#""id":"p","name":"甲","industry":"new_materials","status":"production","investment":{}"#, exact_number(investment)),
        );
        let d = Dataset::assemble(manifest(), Ok(two_squares()), Ok(collection(&[project])));
        prop_assert_eq!(d.projects[0].investment, Some(investment));
        let headers: [&str; export::COLUMNS] = std::array::from_fn(|_| "h");
        let csv = export::csv(&d, &d.projects, Lang::Zh, &headers);
        let mut rows = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
        let row = rows.records().next().unwrap().unwrap();
        prop_assert_eq!(row[5].parse::<f64>().ok(), Some(investment));
    }
}

/// The parameters a link may hold, and some it may not.
fn key() -> impl Strategy<Value = String> {
    const KEYS: &[&str] = &[
        "min", "max", "site_min", "site_max", "district", "industry", "status", "q", "lang",
        "view", "sort", "tab", "project", "places", "sites", "other",
    ];
    prop::sample::select(KEYS).prop_map(str::to_string)
}

/// Values a forger might try: extreme and malformed numbers, lists, text.
fn value() -> impl Strategy<Value = String> {
    const ODD: &[&str] = &["1e308", "inf", "NaN", "-1", "", ",,", "100000.5"];
    prop_oneof![
        prop::sample::select(ODD).prop_map(str::to_string),
        (0.0..200_000.0f64).prop_map(|n| n.to_string()),
        "[a-z0-9,._ -]{0,12}",
        "\\PC{0,8}",
    ]
}

#[test]
fn the_links_of_the_issue_keep_their_amounts() {
    let state = UrlState::parse("min=0.015&max=0.125");
    assert_eq!(state.to_query(), "min=0.015&max=0.125");
    assert_eq!(exact_number(0.1 + 0.2), "0.30000000000000004");
    assert_eq!(exact_number(-0.0), "0");
    assert_eq!(exact_number(20.0), "20");
}
