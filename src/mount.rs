//! Where the app lives. The full page mounts into `<body>` and keeps its
//! state in the query string. On a host page, `embed.js` has given
//! `#investment-map` a shadow root with the app's stylesheet and a mount
//! point; the host element's `data-src` names the manifest and `data-lang`
//! the first language, and the state goes into the URL fragment.

use imap_i18n::Lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::loader::ManifestSource;

/// The manifest next to the app's own files.
const DEFAULT_MANIFEST: &str = "data/map.json";

pub struct Mount {
    /// The element the app is rendered into.
    pub parent: HtmlElement,
    /// The host page's `#investment-map`, when mounted into one.
    pub host: Option<HtmlElement>,
    /// The manifest to read unless the link names one (`data=`).
    pub manifest: ManifestSource,
    /// The language unless the link names one (`lang=`).
    pub lang: Lang,
}

impl Mount {
    pub fn find() -> Option<Mount> {
        let document = document();
        let Some(host) = document
            .get_element_by_id("investment-map")
            .and_then(|el| el.dyn_into::<HtmlElement>().ok())
        else {
            return Some(Mount {
                parent: document.body()?,
                host: None,
                manifest: ManifestSource::Link(DEFAULT_MANIFEST.to_string()),
                lang: Lang::default(),
            });
        };
        let data = host.dataset();
        let mount_point = host
            .shadow_root()
            .and_then(|root| root.query_selector(".imap-mount").ok().flatten())
            .and_then(|el| el.dyn_into::<HtmlElement>().ok());
        // The app's own folder, as embed.js saw it (else the host page's).
        let base = mount_point
            .as_ref()
            .and_then(|m| m.dataset().get("base"))
            .or_else(|| document.base_uri().ok().flatten())
            .unwrap_or_default();
        // A relative data-src is relative to the host page, as any URL in its markup.
        let page = document.base_uri().ok().flatten().unwrap_or_default();
        let manifest = match data.get("src").filter(|s| !s.trim().is_empty()) {
            Some(src) => ManifestSource::Host(absolute(&src, &page)),
            None => ManifestSource::Host(absolute(DEFAULT_MANIFEST, &base)),
        };
        let lang = data
            .get("lang")
            .and_then(|code| Lang::from_code(&code))
            .unwrap_or_default();
        Some(Mount {
            parent: mount_point.unwrap_or_else(|| host.clone()),
            host: Some(host),
            manifest,
            lang,
        })
    }
}

/// Once the app runs, the static stand-in (`#imap-shell` in index.html)
/// keeps only its header card over the app's: the app's own loading
/// progress shows through the rest.
pub fn see_through_shell() {
    if let Some(shell) = document().get_element_by_id("imap-shell") {
        let _ = shell.class_list().add_1("imap-shell--app-below");
    }
}

/// Takes away the static stand-in once the app shows its map or an error.
pub fn remove_shell() {
    if let Some(shell) = document().get_element_by_id("imap-shell") {
        shell.remove();
    }
}

/// `url` made absolute against `base`; as written when it is not a URL at
/// all (loading it then fails with a message naming it).
fn absolute(url: &str, base: &str) -> String {
    web_sys::Url::new_with_base(url.trim(), base).map_or_else(|_| url.to_string(), |u| u.href())
}
