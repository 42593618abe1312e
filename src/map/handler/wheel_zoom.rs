//! Wheel and trackpad zoom, centred on the pointer. In a host page (an
//! iframe or a mount) the wheel scrolls the page unless Ctrl or ⌘ is held (as MapLibre's
//! cooperative gestures do).

use imap_core::geometry::gesture;
use leptos::html::Div;
use leptos::prelude::*;
use web_sys::WheelEvent;

use crate::state::{GestureHint, Store};

pub fn on_wheel(store: Store, area: NodeRef<Div>, ev: WheelEvent) {
    let (Some(view), Some(el)) = (store.view.get_untracked(), area.get_untracked()) else {
        return;
    };
    if !gesture::wheel_zooms(store.cooperative, ev.ctrl_key() || ev.meta_key()) {
        // The host page scrolls; the map says how to zoom it.
        store.show_hint(GestureHint::Wheel);
        return;
    }
    ev.prevent_default();
    let pixels = gesture::wheel_pixels(ev.delta_y(), ev.delta_mode());
    let rect = el.get_bounding_client_rect();
    let x = f64::from(ev.client_x()) - rect.left();
    let y = f64::from(ev.client_y()) - rect.top();
    store.set_view(gesture::wheel(view, pixels, x, y));
}
