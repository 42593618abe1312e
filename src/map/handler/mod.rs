//! One file per way of moving the map. Pointer gestures share the list of
//! active pointers here: one pointer drags (`drag`), two pinch (`touch_zoom`).

mod drag;
pub mod keyboard;
mod touch_zoom;
pub mod wheel_zoom;

use leptos::html::Div;
use leptos::prelude::*;
use web_sys::PointerEvent;

use crate::store::Store;

/// Enter or Space on a focused marker acts like a click: runs `act`.
pub fn on_activate(act: impl Fn() + 'static) -> impl Fn(web_sys::KeyboardEvent) + 'static {
    move |ev| {
        if ev.key() == "Enter" || ev.key() == " " {
            ev.prevent_default();
            act();
        }
    }
}

/// A pointer that is down on the map: id and last position in map pixels.
#[derive(Clone, Copy, Debug)]
struct Pointer {
    id: i32,
    x: f64,
    y: f64,
}

#[derive(Default)]
struct State {
    pointers: Vec<Pointer>,
    /// Whether the current gesture moved far enough to be a drag, not a click.
    dragging: bool,
    travelled: f64,
}

#[derive(Clone, Copy)]
pub struct Gestures {
    store: Store,
    area: NodeRef<Div>,
    state: StoredValue<State>,
}

impl Gestures {
    pub fn new(store: Store, area: NodeRef<Div>) -> Self {
        Gestures {
            store,
            area,
            state: StoredValue::new(State::default()),
        }
    }

    /// True while (and right after) a drag: a pin under the pointer must not
    /// take the release as a click.
    pub fn was_drag(&self) -> bool {
        self.state.with_value(|s| s.dragging)
    }

    /// A click handler for a marker: runs `act` unless the press was a drag.
    pub fn on_click(self, act: impl Fn() + 'static) -> impl Fn(web_sys::MouseEvent) + 'static {
        move |_| {
            if !self.was_drag() {
                act();
            }
        }
    }

    fn local(&self, ev: &PointerEvent) -> Pointer {
        let (left, top) = self
            .area
            .get_untracked()
            .map(|el| {
                let r = el.get_bounding_client_rect();
                (r.left(), r.top())
            })
            .unwrap_or_default();
        Pointer {
            id: ev.pointer_id(),
            x: f64::from(ev.client_x()) - left,
            y: f64::from(ev.client_y()) - top,
        }
    }

    pub fn down(&self, ev: PointerEvent) {
        if ev.button() != 0 {
            return;
        }
        let p = self.local(&ev);
        self.state.update_value(|s| {
            if s.pointers.is_empty() {
                s.dragging = false;
                s.travelled = 0.0;
            }
            s.pointers.retain(|q| q.id != p.id);
            s.pointers.push(p);
        });
    }

    pub fn moved(&self, ev: PointerEvent) {
        let p = self.local(&ev);
        let Some(view) = self.store.view.get_untracked() else {
            return;
        };
        let mut next = None;
        let mut capture = false;
        self.state.update_value(|s| {
            let Some(i) = s.pointers.iter().position(|q| q.id == p.id) else {
                return;
            };
            let before = s.pointers[i];
            match s.pointers.len() {
                1 => {
                    s.travelled += (p.x - before.x).hypot(p.y - before.y);
                    if !s.dragging && s.travelled > drag::THRESHOLD {
                        s.dragging = true;
                        capture = true;
                    }
                    if s.dragging {
                        next = Some(drag::pan(view, before, p));
                    }
                }
                _ => {
                    let other = s.pointers[if i == 0 { 1 } else { 0 }];
                    s.dragging = true;
                    next = Some(touch_zoom::pinch(view, other, before, p));
                }
            }
            s.pointers[i] = p;
        });
        if capture && let Some(el) = self.area.get_untracked() {
            let _ = el.set_pointer_capture(p.id);
        }
        if let Some(view) = next {
            self.store.view.set(Some(view));
        }
    }

    pub fn up(&self, ev: PointerEvent) {
        let id = ev.pointer_id();
        self.state
            .update_value(|s| s.pointers.retain(|q| q.id != id));
    }
}
