//! The web app (build it with Trunk, see README): the Leptos front end over
//! `imap-core`. The loader (`embed.js`) starts it with `start_map`, where it
//! lives (the full page, or a host page's element: `mount`); `start` loads
//! the data and draws the first map without Leptos (`first_map`), then
//! `later` brings the app (the later module) to take over; `state` owns
//! the app state and its sync with the URL; `loader` fetches the data
//! files; `map` draws and moves the map; `control` and `panel` are what sits
//! around it. It compiles natively too (so lints and type checks cover it),
//! but runs only in the browser.

mod app;
mod compare;
mod control;
mod debounce;
mod deferred;
mod dom;
mod filter;
mod first_map;
mod focus;
mod host_events;
mod later;
mod list;
mod loader;
mod map;
mod map_image;
mod marks;
mod mount;
mod panel;
mod print;
mod sidebar;
mod start;
mod state;
mod transfer;

use wasm_bindgen::prelude::wasm_bindgen;

/// Nothing runs when the module is instantiated: the loader calls
/// `start_map` once it knows where the map goes (a host page may add its
/// element later).
fn main() {}

/// Starts the map: over the full page (`host` absent), or in `mount_point`,
/// the loader's box in the shadow root it gave the host page's element.
/// `prefetched` holds the downloads the loader started (URL → promise of a
/// response), which the app takes instead of asking again;
/// `download_later` starts the later module's download (`later`).
#[wasm_bindgen]
pub fn start_map(
    host: Option<web_sys::Element>,
    mount_point: Option<web_sys::HtmlElement>,
    prefetched: Option<js_sys::Map>,
    download_later: Option<js_sys::Function>,
) {
    transfer::adopt(prefetched);
    later::adopt_download(download_later);
    let Some(mount) = mount::Mount::new(host, mount_point) else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let (started, before) = start::start(&mount).await;
        if let Some(first_map::Before::Map(_)) = &before {
            marks::first_map_ready(mount.host.as_ref());
        }
        later::bring_app(later::Waiting {
            mount,
            started,
            before,
        });
    });
}
