//! Keyboard: arrows pan, + and - zoom, 0 resets; Esc is handled by the detail panel.

use leptos::prelude::*;
use web_sys::KeyboardEvent;

use crate::store::Store;

const PAN_STEP: f64 = 80.0;

pub fn on_keydown(store: Store, ev: KeyboardEvent) {
    if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
        return;
    }
    let Some(view) = store.view.get_untracked() else {
        return;
    };
    let next = match ev.key().as_str() {
        "ArrowLeft" => view.panned(PAN_STEP, 0.0),
        "ArrowRight" => view.panned(-PAN_STEP, 0.0),
        "ArrowUp" => view.panned(0.0, PAN_STEP),
        "ArrowDown" => view.panned(0.0, -PAN_STEP),
        "+" | "=" => view.zoomed_by(1.0),
        "-" | "_" => view.zoomed_by(-1.0),
        "0" => match store.home_view() {
            Some(home) => home,
            None => return,
        },
        _ => return,
    };
    ev.prevent_default();
    store.view.set(Some(next));
}
