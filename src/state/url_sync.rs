//! The state in the page's address, kept in step with `history.replaceState`
//! so that a link reopens exactly the same view. Where the parameters live is
//! one swappable piece, `Location`: the query string of the full page, or the
//! fragment when the app is mounted into a host page that owns its query.

use std::time::Duration;

use imap_core::url_state::{Location, UrlState, is_host_anchor};
use leptos::prelude::*;

use super::Store;
use crate::debounce::Debounce;

/// The URL follows the view only once it has been still this long, so a
/// drag does not flood the browser's history API (nor redraw the share
/// panel's code every frame).
pub const URL_VIEW_DELAY: Duration = Duration::from_millis(250);

/// The page's address, where the app keeps its parameters (`Location`).
pub trait PageAddress {
    /// The map's parameters in the page's address now.
    fn read(self) -> String;
    /// Puts `params` into the page's address, replacing the history entry.
    fn write(self, params: &str);
    /// This page's address (path onwards) with `params` where they live.
    fn with(self, params: &str) -> String;
}

impl PageAddress for Location {
    fn read(self) -> String {
        let location = window().location();
        self.params(
            &location.search().unwrap_or_default(),
            &location.hash().unwrap_or_default(),
        )
    }

    fn with(self, params: &str) -> String {
        let location = window().location();
        self.address(
            &location.pathname().unwrap_or_default(),
            &location.search().unwrap_or_default(),
            &location.hash().unwrap_or_default(),
            params,
        )
    }

    fn write(self, params: &str) {
        // A plain anchor (`#contact`) is the host page's own: the map's
        // state stays out of the address rather than move it (a shared link
        // still carries it: `UrlSync::share_href`).
        let hash = window().location().hash().unwrap_or_default();
        if self == Location::Fragment && is_host_anchor(&hash) {
            return;
        }
        let url = self.with(params);
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}

#[derive(Clone, Copy)]
pub struct UrlSync {
    location: Location,
    /// The URL as opened: what the UI does not change (data, embed, foreign
    /// parameters) is written back as it was.
    opened: StoredValue<UrlState>,
    /// The parameters the URL is about to get (written after the next paint,
    /// or once the view has been still); `None` when the URL is up to date.
    pending: StoredValue<Option<String>>,
}

impl UrlSync {
    /// Keeps `location` in step from the state the page was opened with.
    pub fn new(location: Location, opened: UrlState) -> UrlSync {
        UrlSync {
            location,
            opened: StoredValue::new(opened),
            pending: StoredValue::new(None),
        }
    }

    /// Keeps the URL equal to the state: just after the next paint for
    /// filters and selection, after a pause for the moving view.
    pub fn watch(self, store: Store) {
        let writing = Debounce::new();
        let queued = StoredValue::new(None::<UrlState>);
        Effect::new(move |_| {
            let url = self.state_of(store);
            // Nothing new (a control set to the value it had): a write still
            // pending for the last change must not be put off.
            if queued.with_value(|q| q.as_ref() == Some(&url)) {
                return;
            }
            let only_view_moved = queued.with_value(|q| {
                q.as_ref().is_some_and(|q| {
                    let mut moved = q.clone();
                    moved.choices.view = url.choices.view;
                    moved == url
                })
            });
            self.pending.set_value(Some(url.to_query()));
            queued.set_value(Some(url));
            // The History API costs Chromium about 4 ms (README), so filters
            // and selection reach the URL just after the frame that shows
            // them, and a moving view only once it has been still a moment.
            // A newer state cancels a pending older one.
            let write = move || self.flush();
            if only_view_moved {
                writing.after(URL_VIEW_DELAY, write);
            } else {
                writing.after_next_paint(write);
            }
        });
    }

    /// The URL for the current state (tracking every part it reads).
    fn state_of(&self, store: Store) -> UrlState {
        let mut url = self.opened.get_value();
        let mut choices = store.choices();
        // The list stays in the link only while it shows.
        choices.tab = store.list_shown();
        // An id the data does not know is dropped from the link once loaded.
        if !store
            .dataset()
            .is_none_or(|data| data.knows(&choices.selection))
        {
            choices.deselect();
        }
        // The map's view moves every frame and lives apart (`Store::view`);
        // until it is first set, the opened `view=` stays in the link.
        if let Some(view) = store.view_param() {
            choices.view = Some(view);
        }
        url.choices = choices;
        url
    }

    /// The full page (not embedded) in the current state: this page's
    /// address with the parameters of now, without `embed`.
    pub fn full_page_href(&self, store: Store) -> String {
        let mut state = untrack(|| self.state_of(store));
        state.embed = false;
        let path = window().location().pathname().unwrap_or_default();
        match state.to_query().as_str() {
            "" => path,
            query => format!("{path}?{query}"),
        }
    }

    /// The link to share: this page's address with the current state,
    /// also when the host page's own anchor keeps the state out of the
    /// address bar.
    pub fn share_href(&self, store: Store) -> String {
        untrack(|| self.link(store))
    }

    /// `share_href`, tracking every part of the state the link holds.
    pub fn link(&self, store: Store) -> String {
        let origin = window().location().origin().unwrap_or_default();
        let query = self.state_of(store).to_query();
        format!("{origin}{}", self.location.with(&query))
    }

    /// The parameters for the current state, as the URL gets them.
    pub fn query_untracked(&self, store: Store) -> String {
        untrack(|| self.state_of(store).to_query())
    }

    /// Writes a pending URL change now (before the address is read).
    pub fn flush(self) {
        if let Some(params) = self.pending.try_update_value(Option::take).flatten() {
            self.location.write(&params);
        }
    }
}
