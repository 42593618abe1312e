//! The performance marks of ui-contract.md, for benchmarks and tests.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::state::{Derived, Store};

pub const READY: &str = "map:ready";
pub const FILTERED: &str = "map:filtered";

/// `map:ready` once, when the first complete map is in the DOM;
/// `map:filtered` after each later change of the matching set, once the
/// DOM shows it.
pub fn watch(store: Store, derived: Derived) {
    let ready = StoredValue::new(false);
    Effect::new(move |_| {
        if !ready.get_value() && store.view.get().is_some() && store.dataset().is_some() {
            ready.set_value(true);
            mark_after_updates(READY);
        }
    });
    Effect::new(move |_| {
        derived.matching.track();
        if ready.get_value() {
            mark_after_updates(FILTERED);
        }
    });
}

/// Marks once the view updates already under way are done: this effect can
/// run before the render effects woken by the same change, and a task
/// spawned now is queued behind them.
fn mark_after_updates(name: &'static str) {
    spawn_local(async move {
        if let Some(performance) = window().performance() {
            let _ = performance.mark(name);
        }
    });
}
