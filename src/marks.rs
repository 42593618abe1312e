//! The moments others watch for: the performance marks of ui-contract.md
//! (for benchmarks and tests), and the same moments as host-page events
//! when the app is mounted (`host_events`).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::state::{Derived, Store};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Moment {
    /// The first complete map is in the DOM (the first module's, or the
    /// app's when there was none).
    Ready,
    /// The DOM shows a change of the matching set.
    Filtered,
    /// The app (the later module) has taken over and its map is in the
    /// DOM: every control works.
    Complete,
}

impl Moment {
    fn mark(self) -> &'static str {
        match self {
            Moment::Ready => "map:ready",
            Moment::Filtered => "map:filtered",
            Moment::Complete => "app:complete",
        }
    }
}

/// Marks `map:ready` for the first map (`first_map`), drawn before the
/// app, and tells the host page (`host`, when mounted).
pub fn first_map_ready(host: Option<&web_sys::Element>) {
    mark(Moment::Ready);
    if let Some(host) = host {
        crate::host_events::ready(host);
    }
}

/// Marks, once the app's first map is in the DOM, `map:ready` (unless the
/// first map was drawn before the app: `first_drawn`) and `app:complete`;
/// then `map:filtered` after each change of the matching set, once the DOM
/// shows it. `also` hears of each moment right after its mark.
pub fn watch(
    store: Store,
    derived: Derived,
    first_drawn: bool,
    also: impl Fn(Moment) + Copy + 'static,
) {
    let ready = StoredValue::new(false);
    Effect::new(move |_| {
        if !ready.get_value() && store.view.get().is_some() && store.dataset().is_some() {
            ready.set_value(true);
            if !first_drawn {
                after_updates(Moment::Ready, also);
            }
            after_updates(Moment::Complete, also);
        }
    });
    Effect::new(move |_| {
        derived.matching.track();
        if ready.get_value() {
            after_updates(Moment::Filtered, also);
        }
    });
}

/// Marks once the view updates already under way are done: this effect can
/// run before the render effects woken by the same change, and a task
/// spawned now is queued behind them.
fn after_updates(moment: Moment, also: impl Fn(Moment) + 'static) {
    spawn_local(async move {
        mark(moment);
        also(moment);
    });
}

fn mark(moment: Moment) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(moment.mark());
    }
}
