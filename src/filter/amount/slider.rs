//! The two handles of the amount range, on the log scale, as the ARIA
//! slider pattern has them: each handle a focusable `slider` (arrow keys a
//! fiftieth of the scale, Page Up / Page Down ten of those, Home / End the
//! ends), and the track takes mouse, touch and pen drags from rest with
//! pointer capture, moving the nearer handle.

use imap_core::model::amount_scale::{LogScale, SLIDER_STEPS, SliderHandle, keyed, position_at};
use imap_i18n::Texts;
use leptos::html::Div;
use leptos::prelude::*;

use crate::dom::percent;
use crate::state::Store;
use imap_core::bounded::bounded;
use imap_core::decimal::fixed;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Lower,
    Upper,
}

/// Both handles: where each is put, and the bounds they set.
#[derive(Clone, Copy)]
struct Handles {
    store: Store,
    scale: Memo<LogScale>,
    /// Each handle's own place (it moves on a drag between two round
    /// bounds that give the same filter): tracked apart from the filters.
    lower: RwSignal<SliderHandle>,
    upper: RwSignal<SliderHandle>,
}

impl Handles {
    fn handle(&self, side: Side) -> RwSignal<SliderHandle> {
        match side {
            Side::Lower => self.lower,
            Side::Upper => self.upper,
        }
    }

    /// Where a handle shows its bound (tracked).
    fn position(&self, side: Side) -> f64 {
        let (min, max) = self.store.filters.with(|f| (f.min, f.max));
        let bound = match side {
            Side::Lower => min,
            Side::Upper => max,
        };
        self.scale
            .with(|s| self.handle(side).with(|h| h.position(s, bound)))
    }

    /// How far a handle may go: up to the other one.
    fn room(&self, side: Side) -> (f64, f64) {
        untrack(|| match side {
            Side::Lower => (0.0, self.position(Side::Upper)),
            Side::Upper => (self.position(Side::Lower), SLIDER_STEPS),
        })
    }

    fn put(&self, side: Side, pos: f64) {
        let (lo, hi) = self.room(side);
        let pos = bounded(pos, lo, hi).round();
        let bound = self
            .scale
            .with_untracked(|s| self.handle(side).try_update(|h| h.put(s, pos)))
            .flatten();
        let (min, max) = self.store.filters.with_untracked(|f| (f.min, f.max));
        match side {
            Side::Lower => self.store.set_amount(bound, max),
            Side::Upper => self.store.set_amount(min, bound),
        }
    }

    /// The handle a press at `pos` takes: the nearer one (the lower to the
    /// left of both when they meet).
    fn nearer(&self, pos: f64) -> Side {
        let (lower, upper) = untrack(|| (self.position(Side::Lower), self.position(Side::Upper)));
        if (pos - lower).abs() < (pos - upper).abs() || (lower == upper && pos < lower) {
            Side::Lower
        } else {
            Side::Upper
        }
    }
}

#[component]
pub fn AmountSlider(scale: Memo<LogScale>) -> impl IntoView {
    let store = expect_context::<Store>();
    let handles = Handles {
        store,
        scale,
        lower: RwSignal::new(SliderHandle::lower()),
        upper: RwSignal::new(SliderHandle::upper()),
    };
    let track = NodeRef::<Div>::new();
    let lower = NodeRef::<Div>::new();
    let upper = NodeRef::<Div>::new();
    let dragging = StoredValue::new(None::<(i32, Side)>);
    let at = move |ev: &web_sys::PointerEvent| {
        let rect = track.get_untracked()?.get_bounding_client_rect();
        Some(position_at(
            f64::from(ev.client_x()) - rect.left(),
            rect.width(),
        ))
    };
    let down = move |ev: web_sys::PointerEvent| {
        if ev.button() != 0 {
            return;
        }
        let Some(pos) = at(&ev) else {
            return;
        };
        ev.prevent_default();
        let side = handles.nearer(pos);
        dragging.set_value(Some((ev.pointer_id(), side)));
        if let Some(el) = track.get_untracked() {
            // The drag stays with the track however far the pointer goes.
            let _ = el.set_pointer_capture(ev.pointer_id());
        }
        let thumb = match side {
            Side::Lower => lower,
            Side::Upper => upper,
        };
        if let Some(el) = thumb.get_untracked() {
            let _ = el.focus();
        }
        handles.put(side, pos);
    };
    let moved = move |ev: web_sys::PointerEvent| {
        if let (Some((id, side)), Some(pos)) = (dragging.get_value(), at(&ev))
            && id == ev.pointer_id()
        {
            handles.put(side, pos);
        }
    };
    let up = move |_: web_sys::PointerEvent| dragging.set_value(None);
    let share = move |side: Side| percent(handles.position(side) / SLIDER_STEPS * 100.0);
    view! {
        <div
            class="imap-range"
            node_ref=track
            on:pointerdown=down
            on:pointermove=moved
            on:pointerup=up
            on:pointercancel=up
        >
            <div class="imap-range-track"></div>
            <div
                class="imap-range-fill"
                style:left=move || share(Side::Lower)
                style:right=move || percent(100.0 - handles.position(Side::Upper) / SLIDER_STEPS * 100.0)
            ></div>
            <Thumb handles=handles side=Side::Lower node=lower/>
            <Thumb handles=handles side=Side::Upper node=upper/>
        </div>
    }
}

#[component]
fn Thumb(handles: Handles, side: Side, node: NodeRef<Div>) -> impl IntoView {
    let store = handles.store;
    let label = move || {
        let t = store.lang.get().t();
        match side {
            Side::Lower => t.amount_min,
            Side::Upper => t.amount_max,
        }
    };
    // What the handle means, in words: its bound, or no bound at its end.
    let value_text = move || {
        let lang = store.lang.get();
        let bound = store.filters.with(|f| match side {
            Side::Lower => f.min,
            Side::Upper => f.max,
        });
        bound.map_or_else(|| lang.t().amount_any.to_string(), |v| lang.money(v))
    };
    let key = move |ev: web_sys::KeyboardEvent| {
        let (lo, hi) = handles.room(side);
        let pos = untrack(|| handles.position(side));
        if let Some(to) = keyed(pos, &ev.key(), lo, hi) {
            ev.prevent_default();
            handles.put(side, to);
        }
    };
    view! {
        <div
            class="imap-range-thumb"
            node_ref=node
            role="slider"
            tabindex="0"
            data-testid=match side {
                Side::Lower => "amount-min",
                Side::Upper => "amount-max",
            }
            aria-label=label
            aria-orientation="horizontal"
            aria-valuemin="0"
            aria-valuemax=fixed(SLIDER_STEPS, 0)
            aria-valuenow=move || fixed(handles.position(side), 0)
            aria-valuetext=value_text
            style:left=move || percent(handles.position(side) / SLIDER_STEPS * 100.0)
            on:keydown=key
        ></div>
    }
}
