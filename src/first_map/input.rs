//! The first map's input, as the app's map takes it (`map::handler`): one
//! pointer drags, two pinch, the wheel zooms around the pointer (in a host
//! page only with Ctrl or ⌘), the keys pan and zoom, a tap on a pin picks
//! it and one on a badge zooms to its members; the zoom buttons zoom and go
//! home. The arithmetic is the core's `geometry::gesture`.

use imap_core::geometry::gesture::{self, KeyMove, Pointer};
use imap_core::geometry::markers;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{Element, Event, KeyboardEvent, MouseEvent, PointerEvent, WheelEvent};

use super::{FirstMap, draw};

/// Listens on the map's element for as long as it is in the page.
pub fn listen(map: &FirstMap, cooperative: bool) {
    on(map, "pointerdown", |map, ev: PointerEvent| {
        if ev.button() == 0 {
            let p = local(map, &ev);
            map.shared.gesture.borrow_mut().press(p);
        }
    });
    on(map, "pointermove", |map, ev: PointerEvent| {
        let p = local(map, &ev);
        let motion = map
            .shared
            .gesture
            .borrow_mut()
            .moved(p, map.shared.view.get());
        if motion.drag_started {
            let _ = map.shared.area.set_pointer_capture(p.id);
        }
        if let Some(view) = motion.view {
            map.move_to(view);
        }
    });
    for name in ["pointerup", "pointercancel"] {
        on(map, name, |map, ev: PointerEvent| {
            map.shared.gesture.borrow_mut().release(ev.pointer_id());
        });
    }
    on(map, "wheel", move |map, ev: WheelEvent| {
        if !gesture::wheel_zooms(cooperative, ev.ctrl_key() || ev.meta_key()) {
            return;
        }
        ev.prevent_default();
        let pixels = gesture::wheel_pixels(ev.delta_y(), ev.delta_mode());
        let (x, y) = offset(map, &ev);
        map.move_to(gesture::wheel(map.shared.view.get(), pixels, x, y));
    });
    on(map, "keydown", |map, ev: KeyboardEvent| {
        if crate::dom::activates(&ev) {
            if let Some(target) = marker_of(&ev) {
                ev.prevent_default();
                act_on(map, &target);
            }
            return;
        }
        match gesture::key(map.shared.view.get(), &ev.key()) {
            Some(KeyMove::To(view)) => map.move_to(view),
            Some(KeyMove::Home) => map.go_home(),
            None => return,
        }
        ev.prevent_default();
    });
    on(map, "click", |map, ev: MouseEvent| {
        if map.shared.gesture.borrow().was_drag() {
            return;
        }
        if let Some(target) = marker_of(&ev) {
            act_on(map, &target);
        }
    });
    // A phone turned while the app is coming: the map keeps its middle.
    // (Once the app has taken over, the element is gone, its size 0, and
    // nothing happens.)
    let held = map.clone();
    let resized = Closure::<dyn Fn()>::new(move || held.fit_to_area());
    if let Some(window) = web_sys::window() {
        let _ = window.add_event_listener_with_callback("resize", resized.as_ref().unchecked_ref());
    }
    resized.forget();
    if let Some([zoom_in, zoom_out, home]) =
        draw::zoom_buttons(&map.shared.card.root, map.shared.lang)
    {
        let zoom_by = |delta: f64| {
            move |map: &FirstMap, _: MouseEvent| map.move_to(map.shared.view.get().zoomed_by(delta))
        };
        on_element(map, &zoom_in, "click", zoom_by(1.0));
        on_element(map, &zoom_out, "click", zoom_by(-1.0));
        on_element(map, &home, "click", |map, _: MouseEvent| map.go_home());
    }
}

/// A pin picks its project, a badge zooms to its members.
fn act_on(map: &FirstMap, marker: &Element) {
    if let Some(id) = marker.get_attribute("data-project-id") {
        map.pick(id);
        return;
    }
    let at = marker.get_attribute("data-cluster-at");
    let cluster = at.and_then(|at| map.shared.drawing.cluster(&at));
    if let Some(cluster) = cluster {
        map.move_to(markers::zoom_into(map.shared.view.get(), &cluster));
    }
}

/// The pin or badge an event happened on.
fn marker_of(ev: &Event) -> Option<Element> {
    let target: Element = ev.target()?.dyn_into().ok()?;
    target
        .closest("[data-project-id], [data-cluster-count]")
        .ok()
        .flatten()
}

fn on<E: JsCast + 'static>(map: &FirstMap, name: &str, handle: impl Fn(&FirstMap, E) + 'static) {
    on_element(map, &map.shared.area, name, handle);
}

fn on_element<E: JsCast + 'static>(
    map: &FirstMap,
    target: &Element,
    name: &str,
    handle: impl Fn(&FirstMap, E) + 'static,
) {
    let held = map.clone();
    let listener = Closure::<dyn Fn(Event)>::new(move |ev: Event| {
        if let Ok(ev) = ev.dyn_into::<E>() {
            handle(&held, ev);
        }
    });
    let _ = target.add_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
    // The element goes with the first map; its listeners with it.
    listener.forget();
}

/// A mouse event's point in the map's own pixels.
fn offset(map: &FirstMap, ev: &MouseEvent) -> (f64, f64) {
    let r = map.shared.area.get_bounding_client_rect();
    (
        f64::from(ev.client_x()) - r.left(),
        f64::from(ev.client_y()) - r.top(),
    )
}

fn local(map: &FirstMap, ev: &PointerEvent) -> Pointer {
    let (x, y) = offset(map, ev);
    Pointer {
        id: ev.pointer_id(),
        x,
        y,
        touch: ev.pointer_type() == "touch",
    }
}
