//! The years filter: `years=` in the link, undated projects hidden while it
//! is set, the counts per year under the other filters, and the brush.

mod common;

use common::*;
use imap_core::model::dataset::Dataset;
use imap_core::model::export;
use imap_core::model::filter::{ActiveFilter, FacetCounts, FilterKind, Filters};
use imap_core::model::years::{counts, keyed, span, stacked};
use imap_core::url_state::UrlState;

fn dataset() -> Dataset {
    let p = |id: &str, status: &str, date: &str| {
        point(
            0.5,
            0.5,
            &format!(
                r#""id":"{id}","name":"项目{id}","industry":"new_materials","status":"{status}"{date}"#
            ),
        )
    };
    let projects = collection(&[
        p("a", "groundbreaking", r#","date":"2019-03""#),
        p("b", "production", r#","date":"2021""#),
        p("c", "production", r#","date":"2021-12-31""#),
        p("d", "groundbreaking", ""),
        p("e", "groundbreaking", r#","date":"2023-01""#),
    ]);
    Dataset::assemble(manifest(), Ok(two_squares()), Ok(projects))
}

#[test]
fn a_range_of_years_keeps_the_dated_projects_within_it_and_hides_the_undated() {
    let d = dataset();
    let years = |y: Option<(u16, u16)>| {
        let mut f = Filters::default();
        f.set_years(y);
        ids(&d, &f)
    };
    assert_eq!(years(None), ["a", "b", "c", "d", "e"]);
    assert_eq!(years(Some((2021, 2021))), ["b", "c"]);
    assert_eq!(
        years(Some((2023, 2019))),
        ["a", "b", "c", "e"],
        "either way round"
    );
    assert_eq!(years(Some((2020, 2020))), Vec::<String>::new());
}

#[test]
fn years_travel_in_the_link_as_one_year_or_a_range() {
    for (query, years, written) in [
        ("years=2019-2021", Some((2019, 2021)), "years=2019-2021"),
        ("years=2021", Some((2021, 2021)), "years=2021"),
        ("years=2021-2019", Some((2019, 2021)), "years=2019-2021"),
        ("years=2021-2021", Some((2021, 2021)), "years=2021"),
        ("years=21", None, ""),
        ("years=2019-", None, ""),
        ("years=two", None, ""),
        ("years=-2019", None, ""),
        ("years=20190", None, ""),
    ] {
        let state = UrlState::parse(query);
        assert_eq!(state.choices.filters.years, years, "{query}");
        assert_eq!(state.to_query(), written, "{query}");
    }
}

#[test]
fn the_years_are_a_chip_a_file_name_and_a_filter_to_lift() {
    let mut f = Filters::default();
    f.set_years(Some((2019, 2021)));
    assert_eq!(f.active(), [ActiveFilter::Years(2019, 2021)]);
    assert_eq!(export::file_name(&f, "csv"), "projects_years-2019-2021.csv");
    f.clear(FilterKind::Years);
    assert_eq!(f, Filters::default());
}

#[test]
fn the_counts_per_year_are_by_status_under_the_other_filters() {
    let d = dataset();
    let mut f = Filters::default();
    f.set_years(Some((2019, 2019)));
    f.statuses = Some(vec!["production".into()]);
    let counts = FacetCounts::of(&d, &f);
    // Statuses in manifest order: groundbreaking (0), production (1).
    assert_eq!(
        counts.dated,
        [(2021, 1), (2021, 1)],
        "2019's status filtered out"
    );
    assert_eq!(counts.undated, 0);
    f.statuses = None;
    let counts = FacetCounts::of(&d, &f);
    assert_eq!(
        counts.dated,
        [(2019, 0), (2021, 1), (2021, 1), (2023, 0)],
        "the years themselves are left out"
    );
    assert_eq!(counts.undated, 1);
}

#[test]
fn the_histogram_spans_the_data_and_stacks_statuses() {
    let d = dataset();
    assert_eq!(span(&d.projects), Some((2019, 2023)));
    assert_eq!(span(&[]), None);
    let dated = FacetCounts::of(&d, &Filters::default()).dated;
    let per_year = counts(&dated, (2019, 2023), 2);
    assert_eq!(
        per_year,
        [vec![1, 0], vec![0, 0], vec![0, 2], vec![0, 0], vec![1, 0]]
    );
    let bars = stacked(&per_year, 10.0);
    assert_eq!(bars.len(), 5);
    assert_eq!(bars[0], [(0.0, 5.0), (5.0, 5.0)]);
    assert_eq!(bars[1], [(0.0, 0.0); 2], "2020: none");
    assert_eq!(bars[2][1], (0.0, 10.0), "the tallest year reaches the top");
    assert_eq!(bars[4], [(0.0, 5.0), (5.0, 5.0)]);
}

#[test]
fn the_brush_ends_move_by_keys_within_the_span() {
    assert_eq!(keyed("ArrowRight", 2019, 2015, 2024), Some(2020));
    assert_eq!(keyed("ArrowDown", 2015, 2015, 2024), Some(2015));
    assert_eq!(keyed("PageUp", 2022, 2015, 2024), Some(2024));
    assert_eq!(keyed("Home", 2022, 2015, 2024), Some(2015));
    assert_eq!(keyed("End", 2016, 2015, 2024), Some(2024));
    assert_eq!(keyed("a", 2016, 2015, 2024), None);
}
