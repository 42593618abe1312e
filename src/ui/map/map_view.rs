//! The map area: follows its element's size and owns the gesture handlers.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

use super::boundary_layer::BoundaryLayer;
use super::handler::{Gestures, keyboard, wheel_zoom};
use super::pin_layer::PinLayer;
use super::tooltip::Tooltip;
use crate::ui::store::Store;

#[component]
pub fn MapView() -> impl IntoView {
    let store = expect_context::<Store>();
    let area = NodeRef::<Div>::new();
    follow_size(area, store);
    let gestures = Gestures::new(store, area);
    provide_context(gestures);
    let t = move || store.lang.get().t();
    view! {
        <div
            class="imap-map"
            node_ref=area
            tabindex="0"
            role="region"
            aria-roledescription="map"
            aria-label=move || t().map_label
            aria-describedby="imap-map-help"
            on:wheel=move |ev| wheel_zoom::on_wheel(store, area, ev)
            on:keydown=move |ev| keyboard::on_keydown(store, ev)
            on:pointerdown=move |ev| gestures.down(ev)
            on:pointermove=move |ev| gestures.moved(ev)
            on:pointerup=move |ev| gestures.up(ev)
            on:pointercancel=move |ev| gestures.up(ev)
        >
            <p id="imap-map-help" class="imap-visually-hidden">{move || t().map_help}</p>
            <svg
                class="imap-svg"
                width=move || store.size.get().0
                height=move || store.size.get().1
            >
                <BoundaryLayer/>
                <PinLayer/>
            </svg>
            <Tooltip/>
        </div>
    }
}

/// Keeps `store.size` equal to the element's size (window resizes, host
/// page layouts, phone rotation).
fn follow_size(area: NodeRef<Div>, store: Store) {
    Effect::new(move |_| {
        let Some(el) = area.get() else {
            return;
        };
        let measure = {
            let el = el.clone();
            move || {
                let rect = el.get_bounding_client_rect();
                store.size.set((rect.width(), rect.height()));
            }
        };
        measure();
        let callback = Closure::<dyn Fn()>::new(measure);
        if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
            observer.observe(&el);
        }
        // The observer lives as long as the page; so does its callback.
        callback.forget();
    });
}
