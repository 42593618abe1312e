//! The list view of the matching projects.

mod project_list;

pub use project_list::ProjectList;
