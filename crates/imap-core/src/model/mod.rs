//! The data model: parsing and validating the data files, and filtering.
//! Pure Rust without DOM access, so all of it is tested natively.

pub mod amount_scale;
pub mod boundary;
pub mod case_fold;
pub mod compare;
pub mod contact;
pub mod dataset;
pub mod district;
pub mod export;
pub mod feature_collection;
pub mod feature_scan;
pub mod filter;
pub mod late_layer;
pub mod manifest;
pub mod money;
pub mod place;
pub mod problems;
pub mod project;
pub mod region;
pub mod rules;
pub mod sheet_fault;
pub mod site;
pub mod sort;
pub mod suspicion;
pub mod years;
