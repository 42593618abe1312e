//! URL parameters, the data= rule, filtering and amounts.

mod common;

use common::*;
use imap_core::choices::{Selection, ViewParam};
use imap_core::lang::Lang;
use imap_core::model::dataset::Dataset;
use imap_core::model::filter::{Filters, Summary};
use imap_core::model::money::plain_number;
use imap_core::url_state::UrlState;
use imap_core::url_state::data_path::is_relative_path;

#[test]
fn url_state_reads_every_contract_parameter() {
    let s = UrlState::parse(
        "?lang=en&industry=new_materials,electronic_info&status=production&district=jianghai\
         &min=1&max=20&q=%E7%A7%91%E6%8A%80%E6%B8%AF&project=wangyi-tech-port&view=113.12,22.55,12.5\
         &embed=1&data=other/map.json&utm=x",
    );
    let c = &s.choices;
    assert_eq!(c.lang, Some(Lang::En));
    assert_eq!(
        c.filters.industries,
        Some(vec![
            "new_materials".to_string(),
            "electronic_info".to_string()
        ])
    );
    assert_eq!(c.filters.statuses, Some(vec!["production".to_string()]));
    assert_eq!(c.filters.districts, Some(vec!["jianghai".to_string()]));
    assert_eq!((c.filters.min, c.filters.max), (Some(1.0), Some(20.0)));
    assert_eq!(c.filters.query, "科技港");
    assert_eq!(c.selection.project(), Some("wangyi-tech-port"));
    assert_eq!(
        c.view,
        Some(ViewParam {
            lon: 113.12,
            lat: 22.55,
            zoom: 12.5
        })
    );
    assert!(s.embed);
    assert_eq!(s.data.as_deref(), Some("other/map.json"));
    assert_eq!(s.other, vec![("utm".to_string(), "x".to_string())]);
}

#[test]
fn url_state_round_trips() {
    let query = "lang=en&data=x/map.json&industry=a,b&status=&min=0.5&q=a+b%26c&project=p1&view=113.12000,22.55000,12.50&keep=1";
    let s = UrlState::parse(query);
    assert_eq!(s.to_query(), query);
    assert_eq!(UrlState::parse(&s.to_query()), s);
}

#[test]
fn malformed_values_are_ignored() {
    let s = UrlState::parse("lang=fr&min=abc&max=-3&view=1,2&view2=x&project=").choices;
    assert_eq!(s.lang, None);
    assert_eq!((s.filters.min, s.filters.max), (None, None));
    assert_eq!(s.view, None);
    assert_eq!(s.selection, Selection::None);
    assert_eq!(UrlState::parse("view=500,22,3").choices.view, None);
    assert_eq!(UrlState::parse("").to_query(), "");
}

#[test]
fn data_paths_must_be_same_origin_and_relative() {
    for ok in [
        "other/map.json",
        "./a/map.json",
        "../shared/map.json",
        "map.json?v=2",
        "a/b:c.json",
        "my data/map.json",
    ] {
        assert!(is_relative_path(ok), "{ok}");
    }
    for bad in [
        "https://evil.example/map.json",
        "http://x/map.json",
        "//evil.example/map.json",
        "/abs/map.json",
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:application/json,{}",
        "blob:https://x/1",
        "file:///etc/passwd",
        "\\\\evil.example\\map.json",
        "/\\evil.example",
        " https://evil.example",
        "ht\ttps://evil.example",
        "",
    ] {
        assert!(!is_relative_path(bad), "{bad:?}");
    }
}

fn dataset() -> Dataset {
    let p = |id: &str, x: f64, industry: &str, status: &str, inv: &str, extra: &str| {
        point(
            x,
            0.5,
            &format!(
                r#""id":"{id}","name":"项目{id}","name_en":"Project {id}","industry":"{industry}","status":"{status}","investment":{inv}{extra}"#
            ),
        )
    };
    let projects = collection(&[
        p(
            "a",
            0.5,
            "electronic_info",
            "production",
            "20",
            r#","company":"网驿 Wangyi""#,
        ),
        p("b", 1.5, "new_materials", "groundbreaking", "5", ""),
        p("c", 0.2, "new_materials", "production", "null", ""),
        p("d", 1.2, "electronic_info", "groundbreaking", "0.05", ""),
    ]);
    Dataset::assemble(manifest(), Ok(two_squares()), Ok(projects))
}

#[test]
fn filters_by_industry_status_district_amount_and_text() {
    let d = dataset();
    let all = Filters::default();
    assert_eq!(ids(&d, &all), ["a", "b", "c", "d"]);
    let f = |edit: &dyn Fn(&mut Filters)| {
        let mut f = Filters::default();
        edit(&mut f);
        ids(&d, &f)
    };
    assert_eq!(
        f(&|f| f.industries = Some(vec!["new_materials".into()])),
        ["b", "c"]
    );
    assert_eq!(f(&|f| f.industries = Some(vec![])), Vec::<String>::new());
    assert_eq!(
        f(&|f| f.industries = Some(vec!["nope".into()])),
        ["a", "b", "c", "d"],
        "unknown ids are ignored"
    );
    assert_eq!(
        f(&|f| f.statuses = Some(vec!["production".into(), "zzz".into()])),
        ["a", "c"]
    );
    assert_eq!(f(&|f| f.districts = Some(vec!["east".into()])), ["b", "d"]);
    assert_eq!(
        f(&|f| f.min = Some(5.0)),
        ["a", "b"],
        "inclusive, undisclosed hidden"
    );
    assert_eq!(f(&|f| f.max = Some(5.0)), ["b", "d"]);
    assert_eq!(f(&|f| f.query = "WANGYI".into()), ["a"]);
    assert_eq!(f(&|f| f.query = "项目c".into()), ["c"]);
    assert_eq!(f(&|f| f.query = "project d".into()), ["d"]);
}

#[test]
fn summary_adds_disclosed_amounts_only() {
    let d = dataset();
    let s = Summary::total(&Summary::by_industry(
        &d.projects,
        d.manifest.industries.len(),
    ));
    assert_eq!(s.count, 4);
    assert!((s.total - 25.05).abs() < 1e-9);
    assert_eq!(s.undisclosed, 1);
}

#[test]
fn amounts_are_plain_numbers() {
    assert_eq!(plain_number(148.9), "148.9");
    assert_eq!(plain_number(25.05), "25.05");
    assert_eq!(plain_number(20.0), "20");
    assert_eq!(plain_number(0.1 + 0.2), "0.3");
    assert_eq!(plain_number(0.0), "0");
}

#[test]
fn url_state_carries_the_extensions_sites_and_sort() {
    use imap_core::model::site::{Availability, LandUse};
    use imap_core::model::sort::{Sort, SortKey};
    let query = "sort=investment-desc&tab=list&places=0&sites=0&site_use=industrial,office&site_status=available&site_min=1&site_max=50&site=plot-7";
    let url = UrlState::parse(query);
    let s = &url.choices;
    assert_eq!(
        s.sort,
        Sort {
            key: SortKey::Investment,
            descending: true
        }
    );
    assert_eq!(s.tab, imap_core::choices::Tab::List);
    assert!(!s.sites.shown);
    assert!(!s.places_shown);
    assert!(UrlState::parse("places=1").choices.places_shown);
    assert_eq!(
        s.sites.land_uses,
        Some(vec![LandUse::Industrial, LandUse::Office])
    );
    assert_eq!(s.sites.availabilities, Some(vec![Availability::Available]));
    assert_eq!((s.sites.min_ha, s.sites.max_ha), (Some(1.0), Some(50.0)));
    assert_eq!(s.selection.site(), Some("plot-7"));
    assert_eq!(url.to_query(), query);
    let odd = UrlState::parse("site_use=farm,office&sort=price").choices;
    assert_eq!(odd.sites.land_uses, Some(vec![LandUse::Office]));
    assert_eq!(odd.sort, Sort::default());
}

#[test]
fn per_industry_summaries_add_up_to_the_whole() {
    let d = dataset();
    let parts = Summary::by_industry(&d.projects, d.manifest.industries.len());
    assert_eq!(parts.iter().map(|s| s.count).collect::<Vec<_>>(), [2, 2]);
    assert!((parts[0].total - 20.05).abs() < 1e-9 && (parts[1].total - 5.0).abs() < 1e-9);
    assert_eq!(parts[1].undisclosed, 1);
    let whole = Summary::total(&parts);
    assert_eq!((whole.count, whole.undisclosed), (4, 1));
    assert!((whole.total - 25.05).abs() < 1e-9);
}

#[test]
fn every_filter_edit_changes_exactly_its_part() {
    use imap_core::model::filter::Category;
    let known: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
    let mut f = Filters::default();
    f.toggle(Category::Industry, "b", &known);
    assert_eq!(f.industries, Some(vec!["a".to_string(), "c".to_string()]));
    assert!(!f.is_checked(Category::Industry, "b") && f.is_checked(Category::Industry, "a"));
    assert!(
        f.is_checked(Category::Status, "anything"),
        "statuses untouched: all"
    );
    f.toggle(Category::Industry, "b", &known);
    assert_eq!(f.industries, None, "all ticked again is 'all'");
    f.set_category(Category::Status, Some(vec![]));
    assert_eq!(f.category(Category::Status), &Some(vec![]));

    f.pick_district(Some("west".into()));
    assert_eq!(f.districts, Some(vec!["west".to_string()]));
    f.pick_district(None);
    assert_eq!(f.districts, None);

    f.set_amount(Some(20.0), Some(5.0));
    assert_eq!(
        (f.min, f.max),
        (Some(5.0), Some(20.0)),
        "handles never cross"
    );
    f.set_amount(None, Some(3.0));
    assert_eq!((f.min, f.max), (None, Some(3.0)));
    f.set_query("科技".into());
    assert_eq!(f.query, "科技");
    assert_eq!(f.statuses, Some(vec![]), "each edit leaves the rest alone");
}

#[test]
fn site_filter_edits() {
    use imap_core::model::site::{Availability, LandUse, SiteFilters};
    let mut s = SiteFilters::default();
    s.toggle_land_use(LandUse::Office);
    assert_eq!(
        s.land_uses,
        Some(vec![
            LandUse::Industrial,
            LandUse::Commercial,
            LandUse::Mixed
        ])
    );
    s.toggle_availability(Availability::Taken);
    assert_eq!(
        s.availabilities,
        Some(vec![Availability::Available, Availability::Reserved])
    );
    s.toggle_shown();
    assert!(!s.shown);
    s.set_min_area(Some(2.0));
    s.set_max_area(Some(9.0));
    assert_eq!((s.min_ha, s.max_ha), (Some(2.0), Some(9.0)));
}

#[test]
fn projects_are_found_by_id() {
    let d = projects_at(&[("p1", 0.5, 0.5), ("p2", 1.5, 0.5)]);
    assert_eq!(d.project_position("p2"), Some(1));
    assert_eq!(d.project("p1").map(|p| p.name.as_str()), Some("p1"));
    assert_eq!(d.project_position("p3"), None);
}

#[test]
fn active_filters_list_each_kind_once_and_clear_one_by_one() {
    use imap_core::model::filter::{ActiveFilter, FilterKind};
    let mut f = UrlState::parse("industry=a,b&district=west&min=5&q=%20%E6%B8%AF")
        .choices
        .filters;
    let active = f.active();
    assert_eq!(
        active,
        [
            ActiveFilter::Ids(FilterKind::Industry, vec!["a".into(), "b".into()]),
            ActiveFilter::Ids(FilterKind::District, vec!["west".into()]),
            ActiveFilter::Amount(Some(5.0), None),
            ActiveFilter::Query(" 港".into()),
        ]
    );
    assert_eq!(active[2].kind(), FilterKind::Amount);
    for kind in [FilterKind::District, FilterKind::Amount] {
        f.clear(kind);
    }
    assert_eq!(f.active().len(), 2);
    f.clear(FilterKind::Industry);
    f.clear(FilterKind::Query);
    assert_eq!(f, Filters::default());
    assert!(Filters::default().active().is_empty());
}

#[test]
fn forged_links_give_a_state_the_map_can_show() {
    // An empty district list is "all districts", as the select shows it.
    assert_eq!(UrlState::parse("district=").choices.filters.districts, None);
    // A range the wrong way round is the same range.
    let s = UrlState::parse("min=20&max=1&site_min=5&site_max=2");
    assert_eq!(
        (s.choices.filters.min, s.choices.filters.max),
        (Some(1.0), Some(20.0))
    );
    assert_eq!(
        (s.choices.sites.min_ha, s.choices.sites.max_ha),
        (Some(2.0), Some(5.0))
    );
    // Amounts beyond the format's bounds are no bound at all.
    let s = UrlState::parse("max=1e308&min=inf");
    assert_eq!((s.choices.filters.min, s.choices.filters.max), (None, None));
    assert_eq!(
        UrlState::parse("max=100000").choices.filters.max,
        Some(100_000.0)
    );
}

#[test]
fn bounds_in_a_link_come_back_short() {
    let s = UrlState::parse("max=4.9e-324&min=0.1234567&site_max=1e308&site_min=2.5");
    // Below a millionth is zero; the range is then put the right way.
    assert_eq!(
        (s.choices.filters.min, s.choices.filters.max),
        (Some(0.0), Some(0.1234567))
    );
    assert_eq!(
        s.choices.sites.max_ha, None,
        "past the largest area: ignored"
    );
    assert_eq!(s.choices.sites.min_ha, Some(2.5));
    let query = s.to_query();
    assert!(query.len() < 60, "{query}");
    assert_eq!(UrlState::parse("min=0.1234567").to_query(), "min=0.1234567");
    assert_eq!(UrlState::parse("min=0.0000001").to_query(), "min=0");
    assert_eq!(
        UrlState::parse("site_max=1000000").choices.sites.max_ha,
        Some(1_000_000.0)
    );
}

/// The app and the loader (`scripts/data-path.mjs`, tested on the same table
/// by `tests/e2e/data-path.spec.mjs`) agree on every path.
#[test]
fn data_paths_are_judged_as_the_shared_table_says() {
    use imap_core::url_state::data_path::is_relative_path;
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/data-paths.json"
    );
    let table: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let rows = table["paths"].as_array().unwrap();
    assert!(rows.len() > 30);
    for row in rows {
        let (path, allowed) = (row[0].as_str().unwrap(), row[1].as_bool().unwrap());
        assert_eq!(is_relative_path(path), allowed, "{path:?}");
    }
}

#[test]
fn a_host_pages_anchor_is_not_the_maps_parameters() {
    use imap_core::url_state::is_host_anchor;
    assert!(is_host_anchor("#top"));
    assert!(is_host_anchor("iframe"));
    assert!(!is_host_anchor("#data=x/map.json&lang=en"));
    assert!(!is_host_anchor("#lang=en"));
    assert!(!is_host_anchor("#"));
    assert!(!is_host_anchor(""));
}
