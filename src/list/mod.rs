//! The matching projects as a list: on screen (sortable, in step with the
//! map) and, when printing, as a table of every match.

mod print_list;
mod project_list;

pub use print_list::PrintList;
pub use project_list::ProjectList;

use crate::state::{Derived, Store};
use imap_core::model::sort::SortKey;
use leptos::prelude::*;

/// The matching projects' indexes in the list's order (the list, the
/// printout and the CSV).
pub fn in_list_order(store: Store, derived: Derived) -> Vec<usize> {
    let Some(data) = store.dataset() else {
        return Vec::new();
    };
    let mut rows = derived.matching.get().to_vec();
    let sort = store.sort.get();
    // Names are collated only when the list is ordered by them.
    let ranks = match sort.key {
        SortKey::Name => derived.late().name_ranks.get(),
        _ => Default::default(),
    };
    sort.apply(&mut rows, &data.projects, &ranks);
    rows
}
