//! The visitor's choices: their edits, and the link that carries them.

use imap_core::choices::{Choices, Selection, Tab};
use imap_core::lang::Lang;
use imap_core::model::filter::{Category, Filters};
use imap_core::model::site::{LandUse, SiteFilters};
use imap_core::model::sort::{Sort, SortKey};
use imap_core::url_state::UrlState;

#[test]
fn the_language_toggles_and_back_on_the_pages_own_the_link_names_none() {
    for page in [Lang::Zh, Lang::En] {
        let mut c = Choices::default();
        assert_eq!(c.lang_or(page), page);
        c.toggle_lang(page);
        assert_eq!(c.lang, Some(page.other()));
        assert_eq!(c.lang_or(page), page.other());
        c.toggle_lang(page);
        assert_eq!(c.lang, None);
    }
    // A link naming the page's own language toggles to the other.
    let mut c = UrlState::parse("lang=zh").choices;
    c.toggle_lang(Lang::Zh);
    assert_eq!(c.lang, Some(Lang::En));
}

#[test]
fn one_detail_at_a_time() {
    let mut c = Choices::default();
    c.select_project(Some("p1".into()));
    assert_eq!(c.selection, Selection::Project("p1".into()));
    c.select_site(Some("s1".into()));
    assert_eq!(c.selection, Selection::Site("s1".into()));
    // Closing a project's detail leaves a site's open, and the other way.
    c.select_project(None);
    assert_eq!(c.selection.site(), Some("s1"));
    c.select_project(Some("p2".into()));
    c.select_site(None);
    assert_eq!(c.selection.project(), Some("p2"));
    c.deselect();
    assert_eq!(c.selection, Selection::None);
}

#[test]
fn a_link_naming_a_project_and_a_site_opens_the_project() {
    for query in ["project=p&site=s", "site=s&project=p"] {
        let c = UrlState::parse(query).choices;
        assert_eq!(c.selection, Selection::Project("p".into()), "{query}");
    }
    assert_eq!(
        UrlState::parse("project=&site=s").choices.selection,
        Selection::Site("s".into())
    );
}

#[test]
fn sort_tab_and_places_switch() {
    let mut c = Choices::default();
    c.toggle_sort(SortKey::Investment);
    assert_eq!(c.sort, Sort::default().toggled(SortKey::Investment));
    c.show_tab(Tab::List);
    c.toggle_places();
    assert!(!c.places_shown);
    let url = UrlState {
        choices: c.clone(),
        ..UrlState::default()
    };
    assert_eq!(UrlState::parse(&url.to_query()).choices, c);
    c.toggle_places();
    assert!(c.places_shown);
}

#[test]
fn clearing_filters_lifts_those_of_projects_and_sites_only() {
    let mut c =
        UrlState::parse("industry=a&q=x&site_use=office&sites=0&sort=date&project=p&lang=en")
            .choices;
    c.filters
        .toggle(Category::Status, "done", &["done".into(), "open".into()]);
    assert_eq!(c.sites.land_uses, Some(vec![LandUse::Office]));
    c.clear_filters();
    assert_eq!(
        (&c.filters, &c.sites),
        (&Filters::default(), &SiteFilters::default())
    );
    assert_eq!(c.selection.project(), Some("p"));
    assert_eq!(c.lang, Some(Lang::En));
    assert_ne!(c.sort, Sort::default());
}

#[test]
fn the_full_page_keeps_its_parameters_in_the_query_and_a_host_page_in_the_fragment() {
    use imap_core::url_state::Location::{Fragment, Query};
    assert_eq!(Query.params("?q=a&lang=en", "#top"), "q=a&lang=en");
    assert_eq!(Fragment.params("?page=2", "#q=a"), "q=a");
    // A host page's own anchor holds no parameters of the map.
    assert_eq!(Fragment.params("?page=2", "#contact"), "");
    assert_eq!(
        Query.address("/map/", "?old=1", "#top", "q=a"),
        "/map/?q=a#top"
    );
    assert_eq!(Query.address("/map/", "?old=1", "#top", ""), "/map/#top");
    assert_eq!(
        Fragment.address("/news/1.html", "?page=2", "#old", "q=a"),
        "/news/1.html?page=2#q=a"
    );
    assert_eq!(
        Fragment.address("/news/1.html", "?page=2", "#old", ""),
        "/news/1.html?page=2"
    );
}
