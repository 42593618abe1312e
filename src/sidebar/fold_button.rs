//! Opens and folds the sidebar where it floats over the map. On a phone,
//! with the sidebar open, it is the grip of the bottom sheet: dragged, the
//! sheet follows the finger and rests at half height, full height or
//! folded; ArrowUp and ArrowDown step between the same rests.

use imap_i18n::Texts;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::state::Store;
use imap_core::bounded::bounded;
use imap_core::geometry::gesture::TapOrDrag;
use imap_core::layout::{Layout, Sheet};

/// A press on the grip: which pointer, where it went down and where it is,
/// how tall the sheet was then, and whether it has become a drag.
#[derive(Clone, Copy)]
struct Press {
    /// `None` once released: the press then follows no pointer's moves.
    pointer: Option<i32>,
    from_y: f64,
    y: f64,
    height: f64,
    tap_or_drag: TapOrDrag,
}

#[component]
pub fn FoldButton(
    /// The sheet's body, whose height a drag changes.
    sheet: NodeRef<Div>,
    /// The height the sheet follows while dragged (`None` at rest).
    dragged: RwSignal<Option<f64>>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = move || store.lang.get().t();
    let open = move || store.panels.unfolded.get().unwrap_or(false);
    let is_grip = move || store.layout() == Layout::Phone && open();
    let press = StoredValue::new(None::<Press>);
    // A drag ends in a click on the grip; that click must not fold it.
    let was_drag = move || press.get_value().is_some_and(|p| p.tap_or_drag.is_drag());
    let app_height = move || store.panels.app_size.get_untracked().1;

    let on_down = move |ev: web_sys::PointerEvent| {
        press.set_value(None);
        let Some(body) = sheet.get_untracked().filter(|_| is_grip()) else {
            return;
        };
        let y = f64::from(ev.client_y());
        press.set_value(Some(Press {
            pointer: Some(ev.pointer_id()),
            from_y: y,
            y,
            height: f64::from(body.offset_height()),
            tap_or_drag: TapOrDrag::default(),
        }));
        if let Some(grip) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            // Capture fails only for a pointer already gone; the drag then ends at once.
            let _ = grip.set_pointer_capture(ev.pointer_id());
        }
    };
    let on_move = move |ev: web_sys::PointerEvent| {
        let Some(mut p) = press
            .get_value()
            .filter(|p| p.pointer == Some(ev.pointer_id()))
        else {
            return;
        };
        let y = f64::from(ev.client_y());
        p.tap_or_drag.travel(0.0, y - p.y);
        p.y = y;
        press.set_value(Some(p));
        if p.tap_or_drag.is_drag() {
            dragged.set(Some(bounded(p.height - (y - p.from_y), 0.0, app_height())));
        }
    };
    // The press is kept (not its pointer) for the click that follows.
    let on_up = move |_: web_sys::PointerEvent| {
        press.update_value(|p| {
            if let Some(p) = p {
                p.pointer = None;
            }
        });
        if let Some(height) = dragged.get_untracked() {
            dragged.set(None);
            store.rest_sheet(Sheet::settle(height, app_height()));
        }
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if !is_grip() {
            return;
        }
        let rest = match (ev.key().as_str(), store.panels.sheet.get_untracked()) {
            ("ArrowUp", _) => Some(Sheet::Full),
            ("ArrowDown", Sheet::Full) => Some(Sheet::Half),
            ("ArrowDown", Sheet::Half) => None,
            _ => return,
        };
        ev.prevent_default();
        store.rest_sheet(rest);
    };
    view! {
        <button
            class="imap-button imap-fold"
            type="button"
            aria-expanded=move || open().to_string()
            aria-keyshortcuts=move || is_grip().then_some("ArrowUp ArrowDown")
            on:pointerdown=on_down
            on:pointermove=on_move
            on:pointerup=on_up
            on:pointercancel=on_up
            on:keydown=on_key
            // A click from the keyboard (no pointer: `detail` 0) follows no drag.
            on:click=move |ev: web_sys::MouseEvent| {
                if ev.detail() == 0 || !was_drag() {
                    store.unfold_sidebar(!open());
                }
            }
        >
            {move || if open() { t().close_panel } else { t().open_panel }}
        </button>
    }
}
