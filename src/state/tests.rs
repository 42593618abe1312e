//! The store's rules that span its parts, run natively in a reactive
//! owner (no browser): one panel over a floating map at a time, what a tap
//! or Esc closes first, and the choices' parts as their own subscriptions.

use imap_core::choices::Selection;
use imap_core::model::problems::{FileError, FileErrorKind};
use imap_core::url_state::UrlState;
use imap_i18n::Lang;
use leptos::prelude::*;

use super::Store;

/// A store on an app `width` px wide, without data.
fn store(width: f64) -> Store {
    let unusable = FileError::new("map.json", FileErrorKind::Fetch { status: Some(404) });
    let store = Store::new(&UrlState::default(), Lang::Zh, false, Err(unusable));
    store.panels.set_app_size((width, 800.0));
    store.panels.set_map_size((width, 800.0));
    store
}

fn in_owner(test: impl FnOnce()) {
    Owner::new().with(test);
}

#[test]
fn a_detail_folds_the_sidebar_that_floats_and_closing_it_brings_the_sidebar_back() {
    in_owner(|| {
        let store = store(390.0);
        store.unfold_sidebar(true);
        store.select(Some("p1".into()));
        assert_eq!(store.panels.unfolded.get_untracked(), Some(false));
        assert_eq!(
            store.selection.with_untracked(Selection::clone),
            Selection::Project("p1".into())
        );
        store.deselect();
        assert_eq!(store.panels.unfolded.get_untracked(), Some(true));
        assert_eq!(
            store.selection.with_untracked(Selection::clone),
            Selection::None
        );
    });
}

#[test]
fn a_comparison_folds_the_sidebar_that_floats_and_esc_closes_it_keeping_the_tray() {
    use imap_core::shortlist::Kind;
    in_owner(|| {
        let store = store(390.0);
        store.unfold_sidebar(true);
        store.toggle_compared(Kind::Projects, "p1");
        store.show_comparison(Some(Kind::Projects));
        assert_eq!(store.panels.unfolded.get_untracked(), Some(false));
        assert!(store.close_popover(), "Esc closes the comparison");
        assert_eq!(store.shortlist.with_untracked(|s| s.shown()), None);
        assert_eq!(store.panels.unfolded.get_untracked(), Some(true));
        assert_eq!(
            store
                .shortlist
                .with_untracked(|s| s.ids(Kind::Projects).len()),
            1
        );
        assert!(!store.close_popover(), "nothing else was open");
    });
}

#[test]
fn beside_a_docked_sidebar_a_detail_leaves_it_as_it_is() {
    in_owner(|| {
        let store = store(1280.0);
        store.select(Some("p1".into()));
        assert_eq!(store.panels.unfolded.get_untracked(), None);
    });
}

#[test]
fn a_tap_on_the_map_closes_the_district_card_first_then_the_detail() {
    in_owner(|| {
        let store = store(1280.0);
        store.select_site(Some("s1".into()));
        store.tap_district(
            "west".into(),
            imap_core::geo::projection::WorldPoint { x: 0.5, y: 0.5 },
        );
        // The detail is open, so the tap closed it instead of opening a card.
        assert_eq!(
            store.selection.with_untracked(Selection::clone),
            Selection::None
        );
        assert_eq!(store.district_card.get_untracked(), None);
        store.tap_district(
            "west".into(),
            imap_core::geo::projection::WorldPoint { x: 0.5, y: 0.5 },
        );
        assert!(store.district_card.get_untracked().is_some());
        store.select(Some("p1".into()));
        assert!(store.close_popover(), "the card");
        assert_eq!(
            store.selection.with_untracked(Selection::clone),
            Selection::Project("p1".into())
        );
        assert!(store.close_popover(), "the detail");
        assert!(!store.close_popover(), "nothing left to close");
    });
}

#[test]
fn each_part_of_the_choices_changes_only_with_its_own_edits() {
    in_owner(|| {
        let store = store(1280.0);
        let lang_seen = store.lang.get_untracked();
        store.set_query("港".into());
        assert_eq!(store.filters.with_untracked(|f| f.query.clone()), "港");
        assert_eq!(store.lang.get_untracked(), lang_seen);
        store.toggle_lang();
        assert_eq!(store.lang.get_untracked(), Lang::En);
        assert_eq!(store.choices().lang, Some(Lang::En));
        store.toggle_lang();
        assert_eq!(
            store.choices().lang,
            None,
            "the page's own language is not in the link"
        );
    });
}
