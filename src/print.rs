//! Whether the page is being printed (or shown as print media): what only
//! a printout needs, the full list of matches, is built only then.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

#[derive(Clone, Copy)]
pub struct Printing(pub ReadSignal<bool>);

impl Printing {
    /// A size measured, passed on to `measured` only while the page is not
    /// printed: a printout shows the map as on screen, scaled to the paper,
    /// rather than the same centre and zoom re-cut to the paper's shape.
    /// The media is asked at the moment of the measure (its change event
    /// may come after the resize that print layout causes).
    pub fn screen_only(
        measured: impl Fn((f64, f64)) + Clone + 'static,
    ) -> impl Fn((f64, f64)) + Clone + 'static {
        move |size| {
            if !is_print() {
                measured(size);
            }
        }
    }
}

fn is_print() -> bool {
    window()
        .match_media("print")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

/// Follows `print` media (print preview, emulation) and the window's
/// beforeprint / afterprint events.
pub fn watch() -> Printing {
    let (printing, set_printing) = signal(false);
    let window = window();
    if let Ok(Some(query)) = window.match_media("print") {
        set_printing.set(query.matches());
        let watched = query.clone();
        let on_change = Closure::<dyn Fn()>::new(move || set_printing.set(watched.matches()));
        let _ =
            query.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        // Lives as long as the page.
        on_change.forget();
    }
    for (event, value) in [("beforeprint", true), ("afterprint", false)] {
        let handler = Closure::<dyn Fn()>::new(move || set_printing.set(value));
        let _ = window.add_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
        handler.forget();
    }
    Printing(printing)
}
