//! Keyboard on the map: arrows pan, + and - zoom, 0 resets (Esc, which
//! closes a detail wherever the focus is, is handled in `app.rs`).

use imap_core::geometry::gesture::{self, KeyMove};
use leptos::prelude::*;
use web_sys::KeyboardEvent;

use crate::state::Store;

pub fn on_keydown(store: Store, ev: KeyboardEvent) {
    if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
        return;
    }
    let Some(view) = store.view.get_untracked() else {
        return;
    };
    let Some(to) = gesture::key(view, &ev.key()) else {
        return;
    };
    ev.prevent_default();
    match to {
        KeyMove::To(view) => store.set_view(view),
        KeyMove::Home => store.go_home(),
    }
}
