//! The year the years filter's play control shows, large on the map while
//! it steps through the years; `None` when it is not playing.

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Playback {
    pub year: ReadSignal<Option<u16>>,
    set_year: WriteSignal<Option<u16>>,
}

impl Playback {
    pub(super) fn new() -> Playback {
        let (year, set_year) = signal(None);
        Playback { year, set_year }
    }

    pub fn show(self, year: u16) {
        self.set_year.set(Some(year));
    }

    pub fn stop(self) {
        self.set_year.set(None);
    }
}
