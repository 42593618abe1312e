//! What runs before the app, without Leptos (ARCHITECTURE.md, "Two
//! modules"): reads the link, loads the data while a status says how far it
//! has come, and draws the first map (`first_map`) until the app takes
//! over with the same data (`Started`).
//!
//! All of it happens in the stand-in: on the full page the static header
//! card of index.html (`#imap-shell`), on a host page a card of the same
//! classes that it makes in the loader's mount point. The stand-in is the
//! map's root (`data-testid="map-root"`) until the app's; its `data-state`
//! stays `loading` (the contract's `ready` is the app's: every control
//! works), while `map:ready` is marked once the first map is drawn.

use std::cell::RefCell;
use std::sync::Arc;

use imap_core::model::dataset::{Dataset, Progress};
use imap_core::model::problems::FileError;
use imap_core::url_state::UrlState;
use imap_i18n::{Lang, Texts};
use web_sys::{Document, Element};

use crate::first_map::{Before, Card, FirstMap};
use crate::loader::{self, Files, ManifestSource};
use crate::mount::{Mount, document};
use crate::state::{Location, PageAddress};

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

/// Reads the link, loads the data and draws the first map.
pub async fn start(mount: &Mount) -> (Started, Option<Before>) {
    // Mounted into a host page, the host owns the query string.
    let location = match mount.host {
        None => Location::Query,
        Some(_) => Location::Fragment,
    };
    let opened = UrlState::parse(&location.read());
    let lang = opened.choices.lang_or(mount.lang);
    let card = stand_in(mount, lang, opened.embed);
    let source = opened
        .data
        .clone()
        .map_or(mount.manifest.clone(), |path| ManifestSource::Link {
            path,
            base: mount.link_base.clone(),
        });
    let status = card
        .as_ref()
        .and_then(|c| c.root.query_selector(".imap-shell-loading").ok().flatten());
    let say = |text: String| {
        if let Some(status) = &status {
            status.set_text_content(Some(&text));
        }
    };
    let loaded = loader::load(
        source,
        |bytes| {
            // Worth a figure only when the download takes a while.
            if bytes >= SHOWN_FROM_BYTES {
                say(lang.downloaded(bytes));
            }
        },
        // The network is free from here on: the rest of the app downloads
        // while the data is read and the first map drawn.
        crate::later::download_early,
        |p: Progress| say(lang.reading_projects(p.done, p.total)),
    )
    .await
    .map(|(data, files)| (Arc::new(data), files));
    let before = card.map(|card| match &loaded {
        Ok((data, _)) => {
            let cooperative = mount.host.is_some() || opened.embed;
            match FirstMap::draw(card, data.clone(), &opened, lang, cooperative) {
                Ok(map) => Before::Map(map),
                Err(card) => Before::Card(card),
            }
        }
        Err(_) => Before::Card(card),
    });
    let started = Started {
        location,
        opened,
        loaded,
    };
    (started, before)
}

/// The stand-in: index.html's card on the full page (another one on the
/// page goes: the map is mounted elsewhere), else a card made like it.
fn stand_in(mount: &Mount, lang: Lang, embed: bool) -> Option<Card> {
    let document = document()?;
    let shell = document.get_element_by_id("imap-shell");
    let root = match (&mount.host, shell) {
        (None, Some(shell)) => shell,
        (_, shell) => {
            if let Some(shell) = shell {
                shell.remove();
            }
            make_card(&document, &mount.parent, lang)?
        }
    };
    let _ = root.set_attribute("data-testid", "map-root");
    let _ = root.set_attribute("data-state", "loading");
    if mount.host.is_none() && embed {
        let _ = root.class_list().add_2("imap--embed", "imap--cooperative");
    }
    let part = |selector: &str| root.query_selector(selector).ok().flatten();
    Some(Card {
        title: part(".imap-title"),
        results: part(".imap-results"),
        header: part(".imap-header"),
        root,
        lang,
        note: RefCell::new(None),
    })
}

/// A card as index.html's (`#imap-shell`), in `parent`.
fn make_card(document: &Document, parent: &Element, lang: Lang) -> Option<Element> {
    let element = |tag: &str, class: &str, inside: &Element| {
        let e = document.create_element(tag).ok()?;
        e.set_class_name(class);
        inside.append_child(&e).ok()?;
        Some(e)
    };
    let root = document.create_element("div").ok()?;
    root.set_class_name("imap imap-shell imap--cooperative");
    let aside = element("aside", "imap-sidebar", &root)?;
    let top = element("div", "imap-sidebar-top", &aside)?;
    let header = element("header", "imap-header", &top)?;
    let header_top = element("div", "imap-header-top", &header)?;
    element("h1", "imap-title", &header_top)?.set_text_content(Some(lang.first().app_title));
    let results = element("p", "imap-results", &header)?;
    let _ = results.set_attribute("role", "status");
    element("span", "imap-shell-loading", &results)?.set_text_content(Some(lang.first().loading));
    parent.append_child(&root).ok()?;
    Some(root)
}
