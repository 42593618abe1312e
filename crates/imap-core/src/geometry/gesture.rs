//! How pointer, wheel and key input moves the view: the arithmetic of the
//! map's gestures, kept apart from the DOM events that feed it.

use super::viewport::Viewport;
use crate::bounded::bounded;

/// Pixels a pointer must travel before a press becomes a drag; below it, a
/// press on a pin stays a click.
pub const DRAG_THRESHOLD: f64 = 4.0;
/// Zoom levels per pixel of wheel travel: one notch (100 px) is half a level.
const ZOOM_PER_WHEEL_PIXEL: f64 = 1.0 / 200.0;
/// Wheel travel counted at most per event, so a fast flick stays controllable.
const MAX_WHEEL_PIXELS: f64 = 300.0;
/// Pixels an arrow key pans.
pub const KEY_PAN_STEP: f64 = 80.0;

/// A pointer that is down on the map: its id and position in map pixels,
/// and whether it is a finger.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pointer {
    pub id: i32,
    pub x: f64,
    pub y: f64,
    pub touch: bool,
}

/// A press that is a tap until its pointer has travelled more than
/// `DRAG_THRESHOLD` in all, and a drag from then on: the map's gestures and
/// the bottom sheet's grip tell a tap from a drag alike.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct TapOrDrag {
    travelled: f64,
    dragging: bool,
}

impl TapOrDrag {
    /// Counts a move by (`dx`, `dy`); true when this move makes it a drag.
    pub fn travel(&mut self, dx: f64, dy: f64) -> bool {
        self.travelled += dx.hypot(dy);
        let starts = !self.dragging && self.travelled > DRAG_THRESHOLD;
        self.dragging |= starts;
        starts
    }

    /// A drag at once, whatever the travel (a second finger: a pinch).
    pub fn drag(&mut self) {
        self.dragging = true;
    }

    /// True once a drag, until the next press.
    pub fn is_drag(&self) -> bool {
        self.dragging
    }
}

/// The pointers down on the map: one drags, two pinch. Cooperative (in a
/// host page, framed or mounted), one finger is left to scroll the page and
/// only two move the map.
#[derive(Debug, Default)]
pub struct PointerGesture {
    cooperative: bool,
    pointers: Vec<Pointer>,
    /// Whether the current gesture moved far enough to be a drag, not a click.
    press: TapOrDrag,
}

/// What a pointer's move does: the new view, whether the drag has just
/// begun (the map then captures the pointer), and whether it was one finger
/// that only two may use (the map then says so).
#[derive(Debug, Default, PartialEq)]
pub struct Motion {
    pub view: Option<Viewport>,
    pub drag_started: bool,
    pub needs_two_fingers: bool,
}

impl PointerGesture {
    pub fn cooperative() -> PointerGesture {
        PointerGesture {
            cooperative: true,
            ..PointerGesture::default()
        }
    }

    pub fn press(&mut self, p: Pointer) {
        if self.pointers.is_empty() {
            self.press = TapOrDrag::default();
        }
        self.pointers.retain(|q| q.id != p.id);
        self.pointers.push(p);
    }

    pub fn moved(&mut self, p: Pointer, view: Viewport) -> Motion {
        let Some(i) = self.pointers.iter().position(|q| q.id == p.id) else {
            return Motion::default();
        };
        let before = self.pointers[i];
        let mut motion = Motion::default();
        if self.pointers.len() == 1 && self.cooperative && p.touch {
            motion.needs_two_fingers = true;
        } else if self.pointers.len() == 1 {
            motion.drag_started = self.press.travel(p.x - before.x, p.y - before.y);
            if self.press.is_drag() {
                motion.view = Some(pan(view, before, p));
            }
        } else {
            let other = self.pointers[if i == 0 { 1 } else { 0 }];
            self.press.drag();
            motion.view = Some(pinch(view, other, before, p));
        }
        self.pointers[i] = p;
        motion
    }

    pub fn release(&mut self, id: i32) {
        self.pointers.retain(|q| q.id != id);
    }

    /// True while (and right after) a drag: a pin under the pointer must not
    /// take the release as a click.
    pub fn was_drag(&self) -> bool {
        self.press.is_drag()
    }
}

/// The map follows one pointer from `from` to `to`.
pub fn pan(view: Viewport, from: Pointer, to: Pointer) -> Viewport {
    view.panned(to.x - from.x, to.y - from.y)
}

/// Two pointers pinching: `still` stays put while `from` moves to `to`; the
/// map follows the midpoint and scales with the distance between them.
pub fn pinch(view: Viewport, still: Pointer, from: Pointer, to: Pointer) -> Viewport {
    let before = (from.x - still.x).hypot(from.y - still.y);
    let after = (to.x - still.x).hypot(to.y - still.y);
    if before < 1.0 || after < 1.0 {
        return view;
    }
    let mid_before = ((from.x + still.x) / 2.0, (from.y + still.y) / 2.0);
    let mid_after = ((to.x + still.x) / 2.0, (to.y + still.y) / 2.0);
    view.zoomed_at(
        view.zoom + (after / before).log2(),
        mid_before.0,
        mid_before.1,
    )
    .panned(mid_after.0 - mid_before.0, mid_after.1 - mid_before.1)
}

/// Whether a wheel event zooms the map: always on the full page; in a host
/// page only with Ctrl or ⌘ held (otherwise the page scrolls).
/// Trackpad pinches arrive as wheel events with Ctrl set.
pub fn wheel_zooms(cooperative: bool, ctrl_or_meta: bool) -> bool {
    !cooperative || ctrl_or_meta
}

/// A wheel event's travel in pixels, whatever unit it came in
/// (`WheelEvent.deltaMode`: 0 pixels, 1 lines, 2 pages).
pub fn wheel_pixels(delta_y: f64, delta_mode: u32) -> f64 {
    match delta_mode {
        1 => delta_y * 40.0,
        2 => delta_y * 800.0,
        _ => delta_y,
    }
}

/// Wheel travel in pixels (down is positive) zooms around the pointer at (x, y).
pub fn wheel(view: Viewport, pixels: f64, x: f64, y: f64) -> Viewport {
    let zoom =
        view.zoom - bounded(pixels, -MAX_WHEEL_PIXELS, MAX_WHEEL_PIXELS) * ZOOM_PER_WHEEL_PIXEL;
    view.zoomed_at(zoom, x, y)
}

/// What a key does to the map: arrows pan, + and - zoom, 0 goes home.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum KeyMove {
    To(Viewport),
    Home,
}

/// The move for a key (`KeyboardEvent.key`), if it moves the map.
pub fn key(view: Viewport, key: &str) -> Option<KeyMove> {
    let to = match key {
        "ArrowLeft" => view.panned(KEY_PAN_STEP, 0.0),
        "ArrowRight" => view.panned(-KEY_PAN_STEP, 0.0),
        "ArrowUp" => view.panned(0.0, KEY_PAN_STEP),
        "ArrowDown" => view.panned(0.0, -KEY_PAN_STEP),
        "+" | "=" => view.zoomed_by(1.0),
        "-" | "_" => view.zoomed_by(-1.0),
        "0" => return Some(KeyMove::Home),
        _ => return None,
    };
    Some(KeyMove::To(to))
}
