//! The matching projects as a list: on screen (sortable, in step with the
//! map) and, when printing, as a table of every match.

mod print_list;
mod project_list;

pub use print_list::PrintList;
pub use project_list::ProjectList;

use crate::state::{Derived, Store};
use leptos::prelude::*;

/// The matching projects' indexes in the list's order.
fn in_list_order(store: Store, derived: Derived) -> Vec<usize> {
    let Some(data) = store.dataset() else {
        return Vec::new();
    };
    let mut rows = derived.matching.get().to_vec();
    store
        .sort
        .get()
        .apply(&mut rows, &data.projects, store.lang.get());
    rows
}
