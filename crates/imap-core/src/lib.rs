//! The pure core of the investment map: the data model (`model`) and
//! the reading of its JSON files (`json`),
//! geographic coordinates (`geo`), screen geometry (`geometry`), the UI's
//! layout policy (`layout`), what the visitor chose (`choices`, with the
//! compare tray: `shortlist`) and its URL
//! parameters (`url_state`), which language is shown (`lang`), and what
//! the editors' data tool reports (`tool`). No DOM, no Leptos, no visible
//! text: everything here is tested natively with `cargo test`.

pub mod bounded;
pub mod choices;
pub mod decimal;
pub mod exp2;
pub mod geo;
pub mod geometry;
pub mod json;
pub mod lang;
pub mod layout;
pub mod model;
pub mod order;
pub mod shortlist;
pub mod tool;
pub mod url_state;
pub mod utf8;
