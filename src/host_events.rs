//! Events for the host page (ui-contract.md, Embedding), dispatched on the
//! mount element and bubbling: `investment-map:ready`,
//! `investment-map:select` (`detail: {id}` or `null`) and
//! `investment-map:filter` (`detail: {count, query}`, `query` being the
//! parameters the fragment holds).

use leptos::prelude::*;
use wasm_bindgen::JsValue;
use web_sys::Element;

use crate::marks::Moment;
use crate::state::{Derived, Store, UrlSync};

/// Tells the host of the app's moments (`marks::watch` calls it).
pub fn on_moment(
    host: Element,
    store: Store,
    derived: Derived,
    url: UrlSync,
) -> impl Fn(Moment) + Copy + 'static {
    let host = StoredValue::new_local(host);
    move |moment| {
        host.with_value(|host| match moment {
            Moment::Ready => ready(host),
            Moment::Filtered => {
                let count = derived.matching.with_untracked(|m| m.len());
                let detail = object(&[
                    ("count", JsValue::from(count as f64)),
                    ("query", JsValue::from(url.query_untracked(store))),
                ]);
                dispatch(host, "investment-map:filter", &detail);
            }
            // Not in the contract's events: the host sees a working map at `Ready`.
            Moment::Complete => {}
        })
    }
}

/// `investment-map:ready`: the first map is drawn.
pub fn ready(host: &Element) {
    dispatch(host, "investment-map:ready", &JsValue::NULL);
}

/// `investment-map:select` whenever the selected project changes.
pub fn watch_selection(host: Element, store: Store) {
    Effect::new(move |first: Option<()>| {
        let selected = store.selection.with(|s| s.project().map(String::from));
        if first.is_some() {
            let detail = selected.map_or(JsValue::NULL, |id| object(&[("id", JsValue::from(id))]));
            dispatch(&host, "investment-map:select", &detail);
        }
    });
}

fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (name, value) in fields {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object.into()
}

fn dispatch(host: &Element, name: &str, detail: &JsValue) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_detail(detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}
