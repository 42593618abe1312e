//! Wheel and trackpad zoom, centred on the pointer.

use leptos::html::Div;
use leptos::prelude::*;
use web_sys::WheelEvent;

use crate::store::Store;

/// Zoom levels per pixel of wheel travel: one notch (100 px) is half a level.
const ZOOM_PER_PIXEL: f64 = 1.0 / 200.0;

pub fn on_wheel(store: Store, area: NodeRef<Div>, ev: WheelEvent) {
    let (Some(view), Some(el)) = (store.view.get_untracked(), area.get_untracked()) else {
        return;
    };
    ev.prevent_default();
    let pixels = match ev.delta_mode() {
        WheelEvent::DOM_DELTA_LINE => ev.delta_y() * 40.0,
        WheelEvent::DOM_DELTA_PAGE => ev.delta_y() * 800.0,
        _ => ev.delta_y(),
    };
    let rect = el.get_bounding_client_rect();
    let x = f64::from(ev.client_x()) - rect.left();
    let y = f64::from(ev.client_y()) - rect.top();
    let zoom = view.zoom - pixels.clamp(-300.0, 300.0) * ZOOM_PER_PIXEL;
    store.view.set(Some(view.zoomed_at(zoom, x, y)));
}
