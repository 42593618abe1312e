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
        min in proptest::option::of(amount()),
        max in proptest::option::of(amount()),
        site_min in proptest::option::of(amount()),
    ) {
        let mut state = UrlState::default();
        state.filters.min = min;
        state.filters.max = max;
        state.sites.min_ha = site_min;
        let back = UrlState::parse(&state.to_query());
        prop_assert_eq!(back.filters.min, min);
        prop_assert_eq!(back.filters.max, max);
        prop_assert_eq!(back.sites.min_ha, site_min);
        prop_assert_eq!(back, state);
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
        let headers = ["h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8", "h9", "h10", "h11", "h12", "h13"];
        let csv = export::csv(&d, &d.projects, Lang::Zh, &headers);
        let mut rows = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
        let row = rows.records().next().unwrap().unwrap();
        prop_assert_eq!(row[5].parse::<f64>().ok(), Some(investment));
    }
}

#[test]
fn the_links_of_the_issue_keep_their_amounts() {
    let state = UrlState::parse("min=0.015&max=0.125");
    assert_eq!(state.to_query(), "min=0.015&max=0.125");
    assert_eq!(exact_number(0.1 + 0.2), "0.30000000000000004");
    assert_eq!(exact_number(-0.0), "0");
    assert_eq!(exact_number(20.0), "20");
}
