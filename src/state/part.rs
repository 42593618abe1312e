//! A part of the visitor's choices, read as its own subscription.

use imap_core::choices::Choices;
use leptos::prelude::*;

/// One part of the choices (`pick`): its readers rerun only when that part
/// changes. Every part is a `Memo<Choices>` made by one function
/// (`choices_memo`) with its own comparison, so the wasm holds one memo's
/// code for all of them rather than one per part's type: 1.7 KB gzip less
/// than a `Memo<T>` per part (README, "Measured").
pub struct Part<T: 'static> {
    memo: Memo<Choices>,
    pick: fn(&Choices) -> &T,
}

impl<T> Clone for Part<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Part<T> {}

impl<T: Clone> Part<T> {
    /// `changed` compares what `pick` picks (`part!` writes both).
    pub fn new(
        choices: RwSignal<Choices>,
        pick: fn(&Choices) -> &T,
        changed: fn(Option<&Choices>, Option<&Choices>) -> bool,
    ) -> Self {
        Part {
            memo: choices_memo(choices, changed),
            pick,
        }
    }

    pub fn get(&self) -> T {
        self.with(T::clone)
    }

    pub fn with<R>(&self, read: impl FnOnce(&T) -> R) -> R {
        let pick = self.pick;
        self.memo.with(|choices| read(pick(choices)))
    }

    pub fn with_untracked<R>(&self, read: impl FnOnce(&T) -> R) -> R {
        let pick = self.pick;
        self.memo.with_untracked(|choices| read(pick(choices)))
    }
}

/// Not generic, so that every part's memo is one and the same code.
fn choices_memo(
    choices: RwSignal<Choices>,
    changed: fn(Option<&Choices>, Option<&Choices>) -> bool,
) -> Memo<Choices> {
    Memo::new_with_compare(move |_| choices.get(), changed)
}

/// `part!(choices.filters)`: the part of `choices` in that field.
macro_rules! part {
    ($choices:ident . $field:ident) => {
        $crate::state::part::Part::new(
            $choices,
            |c| &c.$field,
            |a, b| a.map(|c| &c.$field) != b.map(|c| &c.$field),
        )
    };
}

pub(crate) use part;
