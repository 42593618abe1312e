//! One file per way of moving the map: `keyboard`, `wheel_zoom`, and here
//! the pointers (one drags, two pinch), whose arithmetic is the core's
//! `geometry::gesture`.

pub mod keyboard;
pub mod wheel_zoom;

use imap_core::geo::projection::WorldPoint;
use imap_core::geometry::gesture::{Pointer, PointerGesture};
use leptos::html::Div;
use leptos::prelude::*;
use web_sys::{MouseEvent, PointerEvent, TouchEvent};

use crate::state::{GestureHint, Store};

/// Enter or Space on a focused marker acts like a click: runs `act`.
pub fn on_activate(act: impl Fn() + 'static) -> impl Fn(web_sys::KeyboardEvent) + 'static {
    move |ev| {
        if crate::dom::activates(&ev) {
            ev.prevent_default();
            act();
        }
    }
}

#[derive(Clone, Copy)]
pub struct Gestures {
    store: Store,
    area: NodeRef<Div>,
    state: StoredValue<PointerGesture>,
}

impl Gestures {
    pub fn new(store: Store, area: NodeRef<Div>) -> Self {
        Gestures {
            store,
            area,
            state: StoredValue::new(if store.cooperative {
                PointerGesture::cooperative()
            } else {
                PointerGesture::default()
            }),
        }
    }

    /// True while (and right after) a drag: a pin under the pointer must not
    /// take the release as a click.
    pub fn was_drag(&self) -> bool {
        self.state.with_value(PointerGesture::was_drag)
    }

    /// A click handler for something on the map: runs `act` unless the
    /// press was a drag. The click stops there: the map under it hears
    /// only taps on itself.
    pub fn on_click(self, act: impl Fn() + 'static) -> impl Fn(web_sys::MouseEvent) + 'static {
        self.on_tap(move |_| act())
    }

    /// `on_click` for what needs the tapped point, in world coordinates.
    pub fn on_tap(self, act: impl Fn(WorldPoint) + 'static) -> impl Fn(MouseEvent) + 'static {
        move |ev| {
            ev.stop_propagation();
            if self.was_drag() {
                return;
            }
            let (x, y) = self.offset(f64::from(ev.client_x()), f64::from(ev.client_y()));
            if let Some(view) = self.store.view.get_untracked() {
                act(view.to_world(x, y));
            }
        }
    }

    /// A point of the page (client px) in the map's own pixels.
    fn offset(&self, client_x: f64, client_y: f64) -> (f64, f64) {
        let (left, top) = self
            .area
            .get_untracked()
            .map(|el| {
                let r = el.get_bounding_client_rect();
                (r.left(), r.top())
            })
            .unwrap_or_default();
        (client_x - left, client_y - top)
    }

    fn local(&self, ev: &PointerEvent) -> Pointer {
        let (x, y) = self.offset(f64::from(ev.client_x()), f64::from(ev.client_y()));
        Pointer {
            id: ev.pointer_id(),
            x,
            y,
            touch: ev.pointer_type() == "touch",
        }
    }

    pub fn down(&self, ev: PointerEvent) {
        if ev.button() != 0 {
            return;
        }
        let p = self.local(&ev);
        self.state.update_value(|s| s.press(p));
    }

    pub fn moved(&self, ev: PointerEvent) {
        let p = self.local(&ev);
        let Some(view) = self.store.view.get_untracked() else {
            return;
        };
        let Some(motion) = self.state.try_update_value(|s| s.moved(p, view)) else {
            return;
        };
        if motion.drag_started
            && let Some(el) = self.area.get_untracked()
        {
            let _ = el.set_pointer_capture(p.id);
        }
        if let Some(view) = motion.view {
            self.store.set_view(view);
        }
        if motion.needs_two_fingers {
            self.store.show_hint(GestureHint::TwoFingers);
        }
    }

    /// In a host page, one finger scrolls the page (CSS `touch-action`);
    /// a second finger keeps the page still so that two move the map.
    pub fn touch_start(&self, ev: TouchEvent) {
        if self.store.cooperative && ev.touches().length() >= 2 {
            ev.prevent_default();
        }
    }

    /// In a host page, one finger moving over the map scrolls the page: say
    /// that two move the map.
    pub fn touch_move(&self, ev: TouchEvent) {
        if self.store.cooperative && ev.touches().length() == 1 {
            self.store.show_hint(GestureHint::TwoFingers);
        }
    }

    pub fn up(&self, ev: PointerEvent) {
        let id = ev.pointer_id();
        self.state.update_value(|s| s.release(id));
    }
}
