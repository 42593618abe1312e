//! The performance marks of ui-contract.md, for benchmarks and tests.

use leptos::prelude::*;

use super::store::Store;

pub const READY: &str = "map:ready";
pub const FILTERED: &str = "map:filtered";

/// `map:ready` once, when the first complete map is in the DOM (effects run
/// after the render effects that built it); `map:filtered` after each later
/// change of the matching set.
pub fn watch(store: Store) {
    let ready = StoredValue::new(false);
    Effect::new(move |_| {
        if !ready.get_value() && store.view.get().is_some() && store.dataset().is_some() {
            ready.set_value(true);
            mark(READY);
        }
    });
    Effect::new(move |_| {
        store.matching.track();
        if ready.get_value() {
            mark(FILTERED);
        }
    });
}

fn mark(name: &str) {
    if let Some(performance) = window().performance() {
        let _ = performance.mark(name);
    }
}
