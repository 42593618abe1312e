//! The web app (build it with Trunk, see README): the Leptos front end over
//! `imap-core`. `mount` finds where it lives (the full page, or a host
//! page's element); `state` owns the app state and its sync with the URL;
//! `loader` fetches the data files; `map` draws and moves the map; `control`
//! and `panel` are what sits around it. It compiles natively too (so lints
//! and type checks cover it), but runs only in the browser.

mod app;
mod control;
mod dom;
mod filter;
mod focus;
mod host_events;
mod list;
mod loader;
mod map;
mod map_image;
mod marks;
mod mount;
mod panel;
mod print;
mod sidebar;
mod state;
mod transfer;

use leptos::prelude::*;

fn main() {
    let Some(mount) = mount::Mount::find() else {
        return;
    };
    let parent = mount.parent.clone();
    leptos::mount::mount_to(parent, move || view! { <app::App mount=mount/> }).forget();
}
