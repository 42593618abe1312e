//! The pure core of the investment map: the data model (`model`),
//! geographic coordinates (`geo`), screen geometry (`geometry`), the UI's
//! layout policy (`layout`), what the visitor chose (`choices`) and its URL
//! parameters (`url_state`), and which language is shown (`lang`). No DOM,
//! no Leptos, no visible text: everything here is tested natively with
//! `cargo test`.

pub mod choices;
pub mod geo;
pub mod geometry;
pub mod lang;
pub mod layout;
pub mod model;
pub mod order;
pub mod url_state;
