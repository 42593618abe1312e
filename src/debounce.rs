//! The last of a run of calls wins: a call waits (a pause, or the next
//! paint) and runs only if no newer call came meanwhile. Typing in a field,
//! a moving view's URL, a hint that each call shows again.

use std::time::Duration;

use leptos::prelude::*;

use crate::dom;

#[derive(Clone, Copy)]
pub struct Debounce {
    latest: StoredValue<u64>,
}

impl Debounce {
    pub fn new() -> Self {
        Self {
            latest: StoredValue::new(0),
        }
    }

    /// Runs `f` after `pause`, unless another call, or `cancel`, comes first.
    pub fn after(self, pause: Duration, f: impl FnOnce() + 'static) {
        let this = self.supersede();
        set_timeout(move || self.run_if_latest(this, f), pause);
    }

    /// Runs `f` just after the next paint, unless superseded first.
    pub fn after_next_paint(self, f: impl FnOnce() + 'static) {
        let this = self.supersede();
        dom::after_next_paint(move || self.run_if_latest(this, f));
    }

    /// What is waiting will not run.
    pub fn cancel(self) {
        self.supersede();
    }

    fn supersede(self) -> u64 {
        let this = self.latest.get_value() + 1;
        self.latest.set_value(this);
        this
    }

    /// `try_`: the owner (a field on another tab) may be gone by then.
    fn run_if_latest(self, this: u64, f: impl FnOnce()) {
        if self.latest.try_get_value() == Some(this) {
            f();
        }
    }
}
