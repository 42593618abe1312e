//! What runs before the app: reads the link, loads the data while a status
//! says how far it has come, then hands both to the app (`Started`). It
//! uses no Leptos, so the first map can be drawn from a module that holds
//! none (ARCHITECTURE.md, "Two modules").
//!
//! The status is the stand-in's: on the full page the static header card
//! of index.html (`#imap-shell`), on a host page a box the loader's mount
//! point gets for the time of the loading. Either is the map's root
//! (`data-testid="map-root"`, `data-state="loading"`) until the app takes
//! over.

use std::sync::Arc;

use imap_core::model::dataset::{Dataset, Progress};
use imap_core::model::problems::FileError;
use imap_core::url_state::UrlState;
use imap_i18n::{Lang, Texts};
use web_sys::{Element, HtmlElement};

use crate::loader::{self, Files, ManifestSource};
use crate::mount::Mount;
use crate::state::Location;

/// Below this, the download is too quick for its size to be worth showing.
const SHOWN_FROM_BYTES: u64 = 256 * 1024;

/// What the app starts from.
pub struct Started {
    pub location: Location,
    /// The state the link opened.
    pub opened: UrlState,
    /// The data set and its files (for the layers loaded later), or the
    /// error that left nothing to draw.
    pub loaded: Result<(Arc<Dataset>, Files), FileError>,
}

/// Reads the link and loads the data.
pub async fn start(mount: &Mount) -> Started {
    // Mounted into a host page, the host owns the query string.
    let location = match mount.host {
        None => Location::Query,
        Some(_) => Location::Fragment,
    };
    let opened = UrlState::parse(&location.read());
    let lang = opened.lang.unwrap_or(mount.lang);
    let stand_in = StandIn::show(mount, lang);
    let source = opened
        .data
        .clone()
        .map_or(mount.manifest.clone(), |path| ManifestSource::Link {
            path,
            base: mount.link_base.clone(),
        });
    let status = |text: String| stand_in.say(&text);
    let loaded = loader::load(
        source,
        |bytes| {
            // Worth a figure only when the download takes a while.
            if bytes >= SHOWN_FROM_BYTES {
                status(lang.downloaded(bytes));
            }
        },
        |p: Progress| status(lang.reading_projects(p.done, p.total)),
    )
    .await;
    if loaded.is_ok() {
        crate::later::download_early();
    }
    stand_in.remove();
    Started {
        location,
        opened,
        loaded: loaded.map(|(data, files)| (Arc::new(data), files)),
    }
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The map's root while the data loads.
struct StandIn {
    root: Option<Element>,
    /// Where the progress goes.
    status: Option<Element>,
    /// index.html's stand-in on a page that mounts the map into an element
    /// of its own: it goes too.
    shell: Option<Element>,
}

impl StandIn {
    fn show(mount: &Mount, lang: Lang) -> StandIn {
        let shell = document().and_then(|d| d.get_element_by_id("imap-shell"));
        let stand_in = match (&mount.host, shell) {
            (None, Some(shell)) => StandIn {
                status: shell.query_selector(".imap-shell-loading").ok().flatten(),
                root: Some(shell),
                shell: None,
            },
            (_, shell) => StandIn {
                shell,
                ..StandIn::make(&mount.parent, lang).unwrap_or(StandIn {
                    root: None,
                    status: None,
                    shell: None,
                })
            },
        };
        if let Some(root) = &stand_in.root {
            let _ = root.set_attribute("data-testid", "map-root");
            let _ = root.set_attribute("data-state", "loading");
        }
        stand_in
    }

    /// A root with a loading status in the middle, as the app's.
    fn make(parent: &HtmlElement, lang: Lang) -> Option<StandIn> {
        let document = document()?;
        let root = document.create_element("div").ok()?;
        root.set_class_name("imap");
        let status = document.create_element("p").ok()?;
        status.set_class_name("imap-loading");
        let _ = root.set_attribute("lang", lang.code());
        let _ = status.set_attribute("role", "status");
        status.set_text_content(Some(lang.t().loading));
        let _ = root.append_child(&status);
        let _ = parent.append_child(&root);
        Some(StandIn {
            root: Some(root),
            status: Some(status),
            shell: None,
        })
    }

    fn say(&self, text: &str) {
        if let Some(status) = &self.status {
            status.set_text_content(Some(text));
        }
    }

    /// Gives the place to the app: its root is the map's root from now on.
    fn remove(self) {
        for element in self.root.into_iter().chain(self.shell) {
            element.remove();
        }
    }
}
