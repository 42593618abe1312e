//! Where keyboard focus goes. Opening a detail moves focus into it (its
//! heading, so a screen reader announces it); closing it, by Esc or the
//! close button, returns focus to the pin or row that opened it, else to
//! the map. The skip links move focus past the sidebar to the map or list.

use imap_core::choices::Selection;
use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Element, HtmlElement};

use crate::state::Store;

/// Keeps focus with the detail panels as they open and close.
pub fn follow_details(store: Store, root: NodeRef<Div>) {
    // The last element focused outside a detail, as focus moves: a pin or
    // row may be moved in the DOM (losing focus) before the detail opens.
    let last_outside = StoredValue::new_local(None::<Element>);
    root.on_load(move |root| {
        let focused =
            Closure::<dyn Fn(web_sys::FocusEvent)>::new(move |ev: web_sys::FocusEvent| {
                if let Some(el) = ev.target().and_then(|t| t.dyn_into::<Element>().ok())
                    && el.closest(".imap-detail").ok().flatten().is_none()
                {
                    last_outside.set_value(Some(el));
                }
            });
        let _ = root.add_event_listener_with_callback("focusin", focused.as_ref().unchecked_ref());
        // The root lives as long as the page; so does its listener.
        focused.forget();
    });
    let opener = StoredValue::new_local(None::<Element>);
    Effect::new(move |previous: Option<bool>| {
        // Tracks both selections: a new project while one is open moves focus too.
        let open = store.selection.with(|s| *s != Selection::None);
        let Some(root) = root.get_untracked().map(HtmlElement::from) else {
            return open;
        };
        if open {
            // What had focus outside a detail opened this one.
            opener.set_value(last_outside.get_value());
            // A detail opened by the link itself leaves the page's focus alone.
            if previous.is_some() {
                focus_after_render(root, ".imap-detail-title");
            }
        } else if previous == Some(true) {
            let back = opener.try_update_value(Option::take).flatten();
            // After the views have settled: the pin may be moved in the DOM
            // as the markers change, which would drop a focus given now.
            spawn_local(async move {
                match back.filter(|el| el.is_connected()) {
                    Some(el) => focus(&el),
                    None => focus_after_render(root, ".imap-map"),
                }
            });
        }
        open
    });
}

/// Focuses the first element matching `selector` once the views woken by
/// the current change have rendered.
pub fn focus_after_render(root: HtmlElement, selector: &'static str) {
    spawn_local(async move {
        if let Some(el) = root.query_selector(selector).ok().flatten() {
            focus(&el);
        }
    });
}

/// Focuses an HTML or an SVG element (pins and badges are SVG).
fn focus(el: &Element) {
    if let Some(el) = el.dyn_ref::<HtmlElement>() {
        let _ = el.focus();
    } else if let Some(el) = el.dyn_ref::<web_sys::SvgElement>() {
        let _ = el.focus();
    }
}
