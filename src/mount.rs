//! Where the app lives. The full page mounts into `<body>` and keeps its
//! state in the query string. On a host page, `embed.js` has given the host
//! element (or a box it made in it) a shadow root with the app's stylesheet
//! and a mount point; the host element's `data-src` names the manifest and
//! `data-lang` the first language, and the state goes into the URL fragment.

use imap_i18n::Lang;
use web_sys::{Element, HtmlElement};

use crate::loader::ManifestSource;

/// The manifest next to the app's own files.
const DEFAULT_MANIFEST: &str = "data/map.json";

pub struct Mount {
    /// The element the app is rendered into.
    pub parent: HtmlElement,
    /// The host page's element, when mounted into one.
    pub host: Option<Element>,
    /// The manifest to read unless the link names one (`data=`).
    pub manifest: ManifestSource,
    /// What a link's `data=` is relative to: the app's page (its `<base>`,
    /// the app's own folder) on the full page; on a host page the page's own
    /// address, never the host's `<base>`, so a link stays on the page's
    /// origin.
    pub link_base: String,
    /// The language unless the link names one (`lang=`).
    pub lang: Lang,
}

impl Mount {
    /// The full page (`host` absent), or the host page's element with the
    /// loader's mount point in it.
    pub fn new(host: Option<Element>, mount_point: Option<HtmlElement>) -> Option<Mount> {
        let document = document()?;
        let page_base = document.base_uri().ok().flatten().unwrap_or_default();
        let (Some(host), Some(mount_point)) = (host, mount_point) else {
            return Some(Mount {
                parent: document.body()?,
                host: None,
                manifest: ManifestSource::Link {
                    path: DEFAULT_MANIFEST.to_string(),
                    base: page_base.clone(),
                },
                link_base: page_base,
                lang: Lang::default(),
            });
        };
        // The app's own folder, as embed.js saw it (else the host page's).
        let base = mount_point
            .dataset()
            .get("base")
            .unwrap_or_else(|| page_base.clone());
        // A relative data-src is relative to the host page, as any URL in its markup.
        let manifest = match host
            .get_attribute("data-src")
            .filter(|s| !s.trim().is_empty())
        {
            Some(src) => ManifestSource::Host(absolute(&src, &page_base)),
            None => ManifestSource::Host(absolute(DEFAULT_MANIFEST, &base)),
        };
        let lang = host
            .get_attribute("data-lang")
            .and_then(|code| Lang::from_code(&code))
            .unwrap_or_default();
        Some(Mount {
            parent: mount_point,
            host: Some(host),
            manifest,
            link_base: web_sys::window()?.location().href().unwrap_or_default(),
            lang,
        })
    }
}

/// `url` made absolute against `base`; as written when it is not a URL at
/// all (loading it then fails with a message naming it).
fn absolute(url: &str, base: &str) -> String {
    web_sys::Url::new_with_base(url.trim(), base).map_or_else(|_| url.to_string(), |u| u.href())
}

/// The page's document (the first module's code reaches it without
/// Leptos).
pub fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}
