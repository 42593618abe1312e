//! The moments others watch for: the performance marks of ui-contract.md
//! (for benchmarks and tests), and the same moments as host-page events
//! when the app is mounted (`host_events`).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::later::Later;
use crate::state::{Derived, Store};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Moment {
    /// The first complete map is in the DOM.
    Ready,
    /// The DOM shows a change of the matching set.
    Filtered,
    /// The later module has arrived and its views are in the DOM: every
    /// control works.
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

/// Marks `map:ready` once, when the first complete map is in the DOM (and
/// then asks for the later module), `app:complete` once that module's views
/// are in the DOM too, and `map:filtered` after each later change of the
/// matching set, once the DOM shows it; `also` hears of each moment right
/// after its mark.
pub fn watch(store: Store, derived: Derived, later: Later, also: impl Fn(Moment) + Copy + 'static) {
    let ready = StoredValue::new(false);
    Effect::new(move |_| {
        if !ready.get_value() && store.view.get().is_some() && store.dataset().is_some() {
            ready.set_value(true);
            after_updates(Moment::Ready, also);
            later.fetch_when_idle();
            later.then(move || after_updates(Moment::Complete, also));
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
        if let Some(performance) = window().performance() {
            let _ = performance.mark(moment.mark());
        }
        also(moment);
    });
}
