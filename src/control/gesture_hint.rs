//! The brief hint over the map when a gesture went to the host page (framed
//! or mounted): how to zoom with the wheel, or that two fingers move the map.

use imap_i18n::Texts;
use leptos::prelude::*;

use crate::state::{GestureHint as Hint, Store};

#[component]
pub fn GestureHint() -> impl IntoView {
    let store = expect_context::<Store>();
    // ⌘ on Apple keyboards, Ctrl elsewhere.
    let apple = window()
        .navigator()
        .platform()
        .is_ok_and(|p| p.starts_with("Mac") || p.starts_with("iP"));
    let text = move || {
        let t = store.lang.get().t();
        store.gesture_hint.get().map(|hint| match hint {
            Hint::Wheel if apple => t.hint_wheel_cmd,
            Hint::Wheel => t.hint_wheel_ctrl,
            Hint::TwoFingers => t.hint_two_fingers,
        })
    };
    view! {
        <p class="imap-gesture-hint" data-testid="gesture-hint" role="status" class:imap-gesture-hint--shown=move || text().is_some()>
            {text}
        </p>
    }
}
