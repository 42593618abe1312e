//! The later module: the app (Leptos, every panel and control) arrives in
//! a second wasm module, downloaded once the data files are in and
//! mounted as soon as it is there, while the first map (`first_map`,
//! drawn by the first module) is already on screen (ARCHITECTURE.md, "Two
//! modules"). If it fails, the first map's card says so with Retry.
//!
//! The build (`scripts/wasm-build.mjs`) splits the module at the function
//! marked `#[wasm_split(later, …)]` (`mount_app`): its code, and every
//! function only it reaches, goes into the later module.

use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};

use crate::app::App;
use crate::first_map::{Before, Card, Note};
use crate::mount::Mount;
use crate::start::Started;
use crate::transfer::within;

thread_local! {
    /// Starts the later module's download (from the loader, `embed.js`).
    static DOWNLOAD: std::cell::RefCell<Option<js_sys::Function>> = const { std::cell::RefCell::new(None) };
    /// What the app starts from, until the later module mounts it.
    static WAITING: std::cell::RefCell<Option<Waiting>> = const { std::cell::RefCell::new(None) };
}

/// A download of the later module that takes longer counts as failed (it
/// is 280 KB: 6 s on a slow 3G network). Retry then waits for the same
/// download, or starts a new one if it failed.
const LIMIT_SECONDS: u32 = 30;

/// A failed download of the later module, as the split function returns it.
#[derive(Debug)]
pub struct NotLoaded;

impl From<SplitLoaderError> for NotLoaded {
    fn from(_: SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// Keeps the loader's function that starts the later module's download.
pub fn adopt_download(download: Option<js_sys::Function>) {
    DOWNLOAD.with_borrow_mut(|d| *d = download);
}

/// Starts the later module's download without loading it: called once the
/// data files are in (the data comes first), before they are read and the
/// first map drawn. The loader takes that download when `mount_app` asks
/// for the module.
pub fn download_early() {
    DOWNLOAD.with_borrow(|d| {
        if let Some(download) = d {
            let _ = download.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
}

/// What the app starts from: where it goes, the link and the data, and
/// the first map or card it takes over from.
pub struct Waiting {
    pub mount: Mount,
    pub started: Started,
    pub before: Option<Before>,
}

/// Loads the later module and mounts the app from it. While it is coming,
/// the first map works; if it fails (or takes over `LIMIT_SECONDS`), the
/// first map's card says so with Retry.
pub fn bring_app(waiting: Waiting) {
    WAITING.with_borrow_mut(|w| *w = Some(waiting));
    try_to_mount();
}

fn try_to_mount() {
    say_where("coming");
    // Not Leptos' executor: it starts with the app.
    wasm_bindgen_futures::spawn_local(async move {
        if matches!(within(LIMIT_SECONDS, mount_app()).await, Ok(Ok(()))) {
            return;
        }
        say_where("failed");
        with_card(|card| {
            card.note(Note::Failed(Box::new(|| {
                with_card(|card| card.note(Note::Coming));
                try_to_mount();
            })))
        });
    });
}

/// Mounts the app: the first code of the later module.
#[wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible)]
fn mount_app() -> Result<(), NotLoaded> {
    let Some(Waiting {
        mount,
        started,
        before,
    }) = WAITING.with_borrow_mut(Option::take)
    else {
        return Ok(());
    };
    let handover = before.map(|b| b.hand_over()).unwrap_or_default();
    let parent = mount.parent.clone();
    leptos::mount::mount_to(parent, move || {
        view! { <App mount=mount started=started handover=handover/> }
    })
    .forget();
    Ok(())
}

/// `data-later` on the first map's root: whether the module is coming or
/// failed (tests wait for it).
fn say_where(state: &str) {
    with_card(|card| {
        let _ = card.root.set_attribute("data-later", state);
    });
}

/// Runs `f` on the first map's card while the app is awaited.
fn with_card(f: impl FnOnce(&Card)) {
    WAITING.with_borrow(|waiting| {
        if let Some(before) = waiting.as_ref().and_then(|w| w.before.as_ref()) {
            f(before.card());
        }
    });
}
