//! investment-map: an interactive investment map of Jiangmen Hi-tech Zone.
//!
//! `model`, `geometry`, `url_state` and `i18n` are pure Rust and tested
//! natively; `ui` is the Leptos front end, built for the browser only.

pub mod geometry;
pub mod i18n;
pub mod mapdata;
pub mod model;
pub mod url_state;

#[cfg(target_arch = "wasm32")]
pub mod ui;
