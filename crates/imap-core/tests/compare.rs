//! The compare tray, its link, and the comparison table's rows.

mod common;

use common::*;
use imap_core::choices::{Choices, Selection};
use imap_core::lang::Lang;
use imap_core::model::compare::{Cell, Comparison, Field, compare, file_name};
use imap_core::model::dataset::Dataset;
use imap_core::model::export;
use imap_core::model::place::{self, PlaceKind, shown_metres};
use imap_core::shortlist::{Kind, MAX_COMPARED, Shortlist};
use imap_core::url_state::UrlState;

fn ids(list: &Shortlist, kind: Kind) -> Vec<&str> {
    list.ids(kind).iter().map(String::as_str).collect()
}

#[test]
fn the_tray_holds_four_of_a_kind_once_each_and_never_drops_the_other_kind() {
    let mut list = Shortlist::default();
    for id in ["a", "b", "a", "c", "d", "e"] {
        list.add(Kind::Projects, id);
    }
    assert_eq!(ids(&list, Kind::Projects), ["a", "b", "c", "d"]);
    assert!(list.is_full(Kind::Projects));
    assert_eq!(MAX_COMPARED, 4);
    list.add(Kind::Sites, "s1");
    assert_eq!(
        ids(&list, Kind::Projects).len(),
        4,
        "a site keeps the projects"
    );
    list.toggle(Kind::Projects, "b");
    assert_eq!(ids(&list, Kind::Projects), ["a", "c", "d"]);
    list.toggle(Kind::Projects, "e");
    assert_eq!(ids(&list, Kind::Projects), ["a", "c", "d", "e"]);
    list.clear(Kind::Projects);
    assert!(ids(&list, Kind::Projects).is_empty());
    assert_eq!(ids(&list, Kind::Sites), ["s1"]);
}

#[test]
fn a_comparison_opens_only_with_something_in_it_and_closes_when_emptied() {
    let mut list = Shortlist::default();
    list.show(Some(Kind::Projects));
    assert_eq!(list.shown(), None, "nothing to compare");
    list.add(Kind::Projects, "a");
    list.show(Some(Kind::Projects));
    assert_eq!(list.shown(), Some(Kind::Projects));
    list.remove(Kind::Projects, "a");
    assert_eq!(list.shown(), None);
    list.add(Kind::Projects, "a");
    list.add(Kind::Projects, "zzz");
    list.show(Some(Kind::Projects));
    list.keep_known(Kind::Projects, |id| id == "zzz");
    assert_eq!(ids(&list, Kind::Projects), ["zzz"]);
    list.keep_known(Kind::Projects, |_| false);
    assert_eq!(list.shown(), None);
}

#[test]
fn one_panel_over_the_map_a_detail_closes_the_comparison_and_the_other_way_round() {
    let mut c = Choices::default();
    c.toggle_compared(Kind::Projects, "a");
    c.select_project(Some("b".into()));
    c.show_comparison(Some(Kind::Projects));
    assert_eq!(c.selection, Selection::None);
    assert_eq!(c.shortlist.shown(), Some(Kind::Projects));
    c.select_site(Some("s".into()));
    assert_eq!(c.shortlist.shown(), None);
    assert_eq!(ids(&c.shortlist, Kind::Projects), ["a"], "the tray stays");
}

#[test]
fn a_link_opens_the_comparison_it_names_keeping_the_first_four_it_knows() {
    let mut url = UrlState::parse("compare=a,b,,a,zzz,c,d,e&site_compare=s1");
    let list = &mut url.choices.shortlist;
    assert_eq!(list.shown(), Some(Kind::Projects), "projects first");
    list.keep_known(Kind::Projects, |id| id != "zzz");
    assert_eq!(ids(list, Kind::Projects), ["a", "b", "c", "d"]);
    assert_eq!(ids(list, Kind::Sites), ["s1"]);
    assert_eq!(url.to_query(), "compare=a,b,c,d&site_compare=s1");

    let sites = UrlState::parse("site_compare=s1,s2");
    assert_eq!(sites.choices.shortlist.shown(), Some(Kind::Sites));

    // A comparison the link opens wins over a detail it names.
    let both = UrlState::parse("project=x&compare=a");
    assert_eq!(both.choices.selection, Selection::None);
}

#[test]
fn a_closed_or_other_comparison_goes_back_into_the_link() {
    let mut url = UrlState::parse("compare=a&site_compare=s1");
    url.choices.show_comparison(Some(Kind::Sites));
    assert_eq!(
        url.to_query(),
        "compare=a&site_compare=s1&compare_view=sites"
    );
    url.choices.show_comparison(None);
    let query = url.to_query();
    assert_eq!(query, "compare=a&site_compare=s1&compare_view=0");
    assert_eq!(UrlState::parse(&query), url, "reopens the same");
    // A tray with a detail open: the detail, not the comparison, reopens.
    url.choices.select_project(Some("a".into()));
    let reopened = UrlState::parse(&url.to_query());
    assert_eq!(reopened.choices.selection, Selection::Project("a".into()));
    assert_eq!(reopened.choices.shortlist.shown(), None);
    // Nonsense is ignored: the default comparison opens.
    let odd = UrlState::parse("compare=a&compare_view=maybe");
    assert_eq!(odd.choices.shortlist.shown(), Some(Kind::Projects));
}

fn data() -> Dataset {
    let p = |id: &str, lon: f64, props: &str| {
        point(
            lon,
            0.5,
            &format!(r#""id":"{id}","name":"项目{id}","name_en":"Project {id}",{props}"#),
        )
    };
    let mut d = Dataset::assemble(
        manifest(),
        Ok(two_squares()),
        Ok(collection(&[
            p(
                "a",
                0.5,
                r#""industry":"electronic_info","status":"production","investment":5,"area_ha":3,"company":"甲公司""#,
            ),
            p(
                "b",
                1.5,
                r#""industry":"electronic_info","status":"production","investment":20,"area_ha":3"#,
            ),
            p(
                "c",
                0.2,
                r#""industry":"new_materials","status":"production","investment":null"#,
            ),
        ])),
    );
    d.add_sites(Ok(collection(&[
        point(
            0.5,
            0.5,
            r#""id":"s1","name":"一号","area_ha":3.2,"land_use":"industrial""#,
        ),
        point(
            1.5,
            0.5,
            r#""id":"s2","name":"二号","area_ha":0.8,"land_use":"office""#,
        ),
    ])));
    d
}

fn row<'a>(c: &'a Comparison, field: &Field) -> &'a imap_core::model::compare::Row {
    c.rows
        .iter()
        .find(|r| r.field == *field)
        .unwrap_or_else(|| panic!("no {field:?} row"))
}

#[test]
fn every_row_has_one_cell_per_item_an_undisclosed_amount_is_missing_and_the_largest_stands_out() {
    let d = data();
    let wanted = ["a".to_string(), "nobody".into(), "b".into(), "c".into()];
    let c = compare(&d, Kind::Projects, &wanted, &[], Lang::En);
    let columns: Vec<&str> = c.columns.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(columns, ["a", "b", "c"], "unknown ids left out, order kept");
    assert_eq!(c.columns[0].name, "Project a");
    assert_eq!(c.columns[0].other_name.as_deref(), Some("项目a"));
    assert!(
        c.rows
            .iter()
            .all(|r| r.cells.len() == 3 && r.standout.len() == 3)
    );

    let money = row(&c, &Field::Investment);
    assert_eq!(
        money.cells,
        [Cell::Money(5.0), Cell::Money(20.0), Cell::Missing]
    );
    assert_eq!(money.standout, [false, true, false]);
    let area = row(&c, &Field::Area);
    assert_eq!(
        area.standout,
        [false, false, false],
        "two equal areas: no standout"
    );
    let status = row(&c, &Field::Status);
    assert!(status.alike);
    assert!(!row(&c, &Field::Industry).alike);
    let company = row(&c, &Field::Company);
    assert_eq!(company.cells[1], Cell::Missing);
    let district = row(&c, &Field::District);
    assert!(matches!(&district.cells[1], Cell::District { name, derived: true } if name == "东区"));
    assert!(
        !c.rows.iter().any(|r| r.field == Field::Link),
        "a field no item has is left out"
    );
}

/// Projects "a" and "b" side by side, with distances to `places`.
fn projects_a_and_b(d: &Dataset, places: &[place::Place]) -> Comparison {
    compare(
        d,
        Kind::Projects,
        &["a".into(), "b".into()],
        places,
        Lang::Zh,
    )
}

#[test]
fn distances_give_the_nearest_of_each_kind_by_name_and_mark_the_nearest_item() {
    let places = place::load(
        "p",
        Ok(collection(&[
            point(
                0.0,
                0.5,
                r#""id":"west-port","name":"西港","kind":"port","source":"t""#,
            ),
            point(
                2.0,
                0.5,
                r#""id":"east-port","name":"东港","kind":"port","source":"t""#,
            ),
            point(
                1.0,
                0.5,
                r#""id":"town","name":"城","kind":"city","source":"t""#,
            ),
        ])),
    );
    let c = projects_a_and_b(&data(), &places.items);
    let port = row(&c, &Field::Nearest(PlaceKind::Port));
    assert!(matches!(&port.cells[0], Cell::Distance { place: Some(p), .. } if p == "西港"));
    assert!(matches!(&port.cells[1], Cell::Distance { place: Some(p), .. } if p == "东港"));
    let town = row(&c, &Field::DistanceTo("城".into()));
    assert_eq!(town.standout, [false, false], "both as far from the town");
    assert!(town.alike);
}

#[test]
fn distances_shown_alike_compare_alike() {
    assert_eq!(shown_metres(61_400.0), 61_000.0);
    assert_eq!(shown_metres(2_345.0), 2_300.0);
    assert_eq!(shown_metres(999.6), 1_000.0);
    assert_eq!(shown_metres(412.4), 412.0);
    // Two projects about 110 m apart, both "about 56 km" from the port.
    let places = place::load(
        "p",
        Ok(collection(&[point(
            0.0,
            0.5,
            r#""id":"port","name":"港","kind":"port","source":"t""#,
        )])),
    );
    let d = projects_at(&[("a", 0.5, 0.5), ("b", 0.501, 0.5)]);
    let c = projects_a_and_b(&d, &places.items);
    let port = row(&c, &Field::Nearest(PlaceKind::Port));
    assert_eq!(port.standout, [false, false]);
    assert!(port.alike);
}

#[test]
fn sites_compare_by_their_own_fields_and_export_as_a_defused_grid() {
    let d = data();
    let c = compare(&d, Kind::Sites, &["s2".into(), "s1".into()], &[], Lang::Zh);
    assert_eq!(c.columns[0].name, "二号");
    let area = row(&c, &Field::Area);
    assert_eq!(area.standout, [false, true]);
    assert!(c.rows.iter().any(|r| r.field == Field::LandUse));
    assert!(!c.rows.iter().any(|r| r.field == Field::Investment));

    let text = export::grid(&[
        vec!["字段".into(), "=cmd".into()],
        vec!["面积".into(), "3".into()],
    ]);
    assert_eq!(text, "\u{feff}字段,'=cmd\n面积,3\n");
    assert_eq!(
        file_name(Kind::Sites, &["s1".into(), "a/b".into()]),
        "compare_sites_s1+a-b.csv"
    );
}

#[cfg(not(target_arch = "wasm32"))]
mod round_trip {
    use super::*;
    use proptest::prelude::*;

    fn kind() -> impl Strategy<Value = Option<Kind>> {
        prop_oneof![
            Just(None),
            Just(Some(Kind::Projects)),
            Just(Some(Kind::Sites))
        ]
    }

    proptest! {
        #[test]
        fn any_tray_and_open_comparison_survive_the_link(
            projects in proptest::collection::vec("[a-z0-9_-]{1,6}", 0..7),
            sites in proptest::collection::vec("[a-z0-9_-]{1,6}", 0..7),
            shown in kind(),
        ) {
            let mut url = UrlState::default();
            for id in &projects {
                url.choices.toggle_compared(Kind::Projects, id);
            }
            for id in &sites {
                url.choices.toggle_compared(Kind::Sites, id);
            }
            url.choices.show_comparison(shown);
            prop_assert!(url.choices.shortlist.ids(Kind::Projects).len() <= MAX_COMPARED);
            prop_assert_eq!(UrlState::parse(&url.to_query()), url);
        }
    }
}
