//! The later module: everything the first map does not need arrives in a
//! second wasm module, downloaded while the first map is drawn and loaded
//! at idle once it is (ARCHITECTURE.md, "Two modules"). A view in it is a `later_view!`, shown
//! by `<LaterView>`: until the module is there, a note says it is coming;
//! if it fails, a message with Retry.
//!
//! The build (`scripts/wasm-build.mjs`) splits the module at the functions
//! marked `#[wasm_split(later, …)]`: their code, and every function only
//! they reach, goes into the later module.

use imap_i18n::Texts;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_split::{SplitLoaderError, wasm_split};
use send_wrapper::SendWrapper;

use crate::dom;
use crate::state::Store;
use crate::transfer::within;

thread_local! {
    /// Starts the later module's download (from the loader, `embed.js`).
    static DOWNLOAD: std::cell::RefCell<Option<js_sys::Function>> = const { std::cell::RefCell::new(None) };
}

/// Keeps the loader's function that starts the later module's download.
pub fn adopt_download(download: Option<js_sys::Function>) {
    DOWNLOAD.with_borrow_mut(|d| *d = download);
}

/// Starts the later module's download without loading it: called once the
/// data has been read, so its bytes come while the first map is drawn (the
/// network is idle then) and not at all when there is no map to draw. The
/// loader takes that download when `Later::fetch` asks for the module.
pub fn download_early() {
    DOWNLOAD.with_borrow(|d| {
        if let Some(download) = d {
            let _ = download.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
}

/// A download of the later module that takes longer counts as failed (it
/// is 150 KB: 3 s on a slow 3G network). Retry then waits for the same
/// download, or starts a new one if it failed.
const LIMIT_SECONDS: u32 = 30;

/// Where the later module is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arrival {
    /// Not asked for yet.
    Waiting,
    Coming,
    Arrived,
    Failed,
}

/// A failed download of the later module, as the split functions return it.
#[derive(Debug)]
pub struct NotLoaded;

impl From<SplitLoaderError> for NotLoaded {
    fn from(_: SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// What the app knows of the later module; in the context.
#[derive(Clone, Copy)]
pub struct Later {
    arrival: RwSignal<Arrival>,
    /// What runs once the module is there (`then`).
    waiting: StoredValue<Vec<Box<dyn FnOnce()>>, LocalStorage>,
}

impl Later {
    pub fn provide() -> Later {
        let later = Later {
            arrival: RwSignal::new(Arrival::Waiting),
            waiting: StoredValue::new_local(Vec::new()),
        };
        provide_context(later);
        later
    }

    pub fn arrival(&self) -> Arrival {
        self.arrival.get()
    }

    /// `data-later` on the map's root: where the module is.
    pub fn state(&self) -> &'static str {
        match self.arrival() {
            Arrival::Waiting => "waiting",
            Arrival::Coming => "coming",
            Arrival::Arrived => "arrived",
            Arrival::Failed => "failed",
        }
    }

    /// Fetches the module unless it is there or on its way: a failed
    /// download is tried again from scratch.
    pub fn fetch(self) {
        if matches!(
            self.arrival.get_untracked(),
            Arrival::Coming | Arrival::Arrived
        ) {
            return;
        }
        self.arrival.set(Arrival::Coming);
        spawn_local(async move {
            if !matches!(within(LIMIT_SECONDS, later_module()).await, Ok(Ok(()))) {
                self.arrival.set(Arrival::Failed);
                return;
            }
            self.arrival.set(Arrival::Arrived);
            // Once its views are drawn, for work that looks for them.
            dom::next_paint().await;
            let waiting = self.waiting.try_update_value(std::mem::take);
            for then in waiting.unwrap_or_default() {
                then();
            }
        });
    }

    /// Runs `work` (code of the later module, or a use of its views) once
    /// the module is there and its views are drawn.
    pub fn then(self, work: impl FnOnce() + 'static) {
        if self.arrival.get_untracked() == Arrival::Arrived {
            work();
        } else {
            self.waiting
                .update_value(|waiting| waiting.push(Box::new(work)));
        }
    }

    /// Fetches the module once the browser is idle after the first map,
    /// without waiting for a first use.
    pub fn fetch_when_idle(self) {
        spawn_local(async move {
            dom::idle().await;
            self.fetch();
        });
    }
}

/// Calling it loads the later module (it holds nothing else).
#[wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible)]
fn later_module() -> Result<(), NotLoaded> {
    Ok(())
}

/// Declares a view of the later module:
/// `later_view!(fn name(arg: Type) { view! {…} })` makes `name`, an async
/// function that loads the module (if it is not there) and returns the view.
macro_rules! later_view {
    ($(#[$attr:meta])* $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) $body:block) => {
        $(#[$attr])*
        #[::leptos::wasm_split::wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible)]
        $vis fn $name($($arg: $ty),*) -> Result<::leptos::prelude::AnyView, $crate::later::NotLoaded> {
            // Untracked: the `Suspend` that shows it reruns on what is
            // read while it is built (and would rebuild the whole view).
            let view = ::leptos::prelude::untrack(|| ::leptos::prelude::IntoAny::into_any($body));
            Ok(view)
        }
    };
}
pub(crate) use later_view;

/// A view of the later module where it goes: a note that it is coming
/// until the module is there (a control used meanwhile acts once it is),
/// then the view, or a message with Retry if the download failed. `quiet`
/// views (the map's extra layers) show no note.
#[component]
pub fn LaterView<F, Fut>(view: F, #[prop(optional)] quiet: bool) -> impl IntoView
where
    F: Fn() -> Fut + Copy + Send + Sync + 'static,
    Fut: Future<Output = Result<AnyView, NotLoaded>> + 'static,
{
    let later = expect_context::<Later>();
    let store = expect_context::<Store>();
    let t = move || store.lang.get().t();
    move || match later.arrival() {
        // The future is not `Send` (wasm has one thread).
        Arrival::Arrived => Suspend::new(SendWrapper::new(async move {
            // Fails only if the module went away after arriving: nothing to show.
            view().await.unwrap_or_else(|NotLoaded| ().into_any())
        }))
        .into_any(),
        Arrival::Waiting | Arrival::Coming if quiet => ().into_any(),
        Arrival::Waiting | Arrival::Coming => coming(t),
        Arrival::Failed if quiet => ().into_any(),
        Arrival::Failed => view! {
            <div class="imap-later imap-later--failed" role="alert" data-testid="later-failed">
                <p>{move || t().later_failed}</p>
                <button class="imap-button" type="button" on:click=move |_| later.fetch()>
                    {move || t().retry}
                </button>
            </div>
        }
        .into_any(),
    }
}

/// The note where a view of the later module will show.
fn coming(t: impl Fn() -> &'static imap_i18n::Strings + Send + Sync + 'static) -> AnyView {
    view! {
        <p class="imap-later imap-later--coming" role="status" data-testid="later-coming">
            {move || t().later_coming}
        </p>
    }
    .into_any()
}
