//! The project under the pointer or keyboard focus, on the map or in the
//! list: its pin lights, and on the map its card shows.

use leptos::prelude::*;

use super::Derived;

#[derive(Clone, Copy)]
pub struct Hover {
    pub id: ReadSignal<Option<String>>,
    /// Whether the hovered project's card shows: hovered on the map; a row
    /// in the list already says what the card would, and only lights the pin.
    pub card: ReadSignal<bool>,
    set_id: WriteSignal<Option<String>>,
    set_card: WriteSignal<bool>,
}

impl Hover {
    pub(super) fn new() -> Hover {
        let (id, set_id) = signal(None);
        let (card, set_card) = signal(false);
        Hover {
            id,
            card,
            set_id,
            set_card,
        }
    }

    /// `hover(true)` as the pointer or focus enters the project's pin
    /// (`on_map`) or row, `hover(false)` as it leaves.
    pub fn hovering(self, id: StoredValue<String>, on_map: bool) -> impl Fn(bool) + Copy + 'static {
        move |on| {
            self.set_card.set(on_map);
            self.set_id.set(on.then(|| id.get_value()));
        }
    }

    /// A hovered pin may be filtered away; its tooltip and highlight go with it.
    pub fn drop_on_filter(self, derived: Derived) {
        Effect::new(move |_| {
            derived.matching.track();
            self.set_id.set(None);
        });
    }
}
