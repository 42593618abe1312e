//! The web app (build it with Trunk, see README): the Leptos front end over
//! `imap-core`. `store` owns the app state and its sync with the URL;
//! `loader` fetches the data files; `map` draws and moves the map; `control`
//! and `panel` are what sits around it. It compiles natively too (so lints
//! and type checks cover it), but runs only in the browser.

mod app;
mod control;
mod dom;
mod filter;
mod list;
mod loader;
mod map;
mod marks;
mod panel;
mod sidebar;
mod state;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Mounts into `#investment-map` when the page has one, else into `<body>`.
fn main() {
    let host = document()
        .get_element_by_id("investment-map")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    let fullpage = host.is_none();
    let Some(parent) = host.or_else(|| document().body()) else {
        return;
    };
    leptos::mount::mount_to(parent, move || view! { <app::App fullpage=fullpage/> }).forget();
}
