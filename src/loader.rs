//! Fetches the manifest and its files. A manifest named by a link (`data=`)
//! must be a same-origin relative path; one chosen by the host page may be
//! any URL. The files a manifest names are relative paths on the manifest's
//! own origin. Anything else is refused before a request is made.

use std::cell::Cell;

use futures::future::join3;

use crate::dom::next_task;
use crate::transfer::{self, Failure, STALL_SECONDS};
use imap_core::model::case_fold::CaseFold;
use imap_core::model::dataset::{Dataset, Progress};
use imap_core::model::feature_collection::is_web_link;
use imap_core::model::manifest::Manifest;
use imap_core::model::problems::{FileError, FileErrorKind};
use imap_core::url_state::data_path::is_relative_path;

/// Where the manifest comes from.
#[derive(Clone)]
pub enum ManifestSource {
    /// Named by a link (`data=`), or the full page's default: a same-origin
    /// relative path, resolved against `base` (`Mount::link_base`).
    Link { path: String, base: String },
    /// Chosen by the host page (`data-src`, or the app's own folder): an
    /// absolute URL, on any origin that lets the page read it (CORS).
    Host(String),
}

/// Fetches the files a manifest names, relative to it.
pub struct Files {
    manifest_url: String,
}

impl Files {
    /// The manifest's address, as fetched (and as the service worker keeps it).
    pub fn manifest_url(&self) -> &str {
        &self.manifest_url
    }

    pub async fn fetch(&self, path: &str) -> Result<String, FileError> {
        self.fetch_counted(path, &|_| ()).await
    }

    /// As `fetch`, telling `on_chunk` the size of each piece that arrives.
    async fn fetch_counted(
        &self,
        path: &str,
        on_chunk: &dyn Fn(usize),
    ) -> Result<String, FileError> {
        let url = resolve(path, &self.manifest_url)?;
        fetch_text(path, &url, on_chunk).await
    }

    /// A basemap's tile URL template: an http(s) template as given (the
    /// portal's licensed tile host), a relative one on the manifest's
    /// origin; anything else is not drawn.
    pub fn tile_template(&self, template: &str) -> Option<String> {
        let plain = template.replace(['{', '}'], "");
        if is_web_link(&plain) {
            return Some(template.trim().to_string());
        }
        let url = resolve(template, &self.manifest_url).ok()?;
        Some(url.replace("%7B", "{").replace("%7D", "}"))
    }
}

/// The data set, and its files for what is loaded later (the context); or
/// the error that left nothing to draw (manifest unusable). `received`
/// hears the bytes of the data files downloaded so far, `all_in` that
/// every data file is in (read or failed), before the reading, and
/// `progress` follows the reading of the projects.
pub async fn load(
    source: ManifestSource,
    received: impl Fn(u64),
    all_in: impl FnOnce(),
    progress: impl Fn(Progress),
) -> Result<(Dataset, Files), FileError> {
    let (manifest_path, manifest_url) = match source {
        ManifestSource::Link { path, base } => {
            let url = resolve(&path, &base)?;
            (path, url)
        }
        ManifestSource::Host(url) => (url.clone(), url),
    };
    let text = fetch_text(&manifest_path, &manifest_url, &|_| ()).await?;
    let manifest = Manifest::parse(&manifest_path, &text)?;
    let files = Files { manifest_url };
    let total = Cell::new(0u64);
    let count = |bytes: usize| {
        total.set(total.get() + bytes as u64);
        received(total.get());
    };
    let fetch_file = |path: String| {
        let (files, count) = (&files, &count);
        async move { files.fetch_counted(&path, count).await }
    };
    let sites_path = manifest.sites.clone();
    let sites = async move {
        match sites_path {
            Some(path) => Some(fetch_file(path).await),
            None => None,
        }
    };
    let (boundaries, projects, sites) = join3(
        fetch_file(manifest.boundaries.clone()),
        fetch_file(manifest.projects.clone()),
        sites,
    )
    .await;
    all_in();
    let lowercase = |text: &str| String::from(js_sys::JsString::from(text).to_lower_case());
    let mut data = Dataset::assemble_in_steps(
        manifest,
        boundaries,
        projects,
        CaseFold::with(lowercase),
        |step| {
            progress(step);
            next_task()
        },
    )
    .await;
    if let Some(sites) = sites {
        data.add_sites(sites);
    }
    Ok((data, files))
}

/// An absolute URL for the relative `path` under `base`, only when it stays
/// on `base`'s origin (the page's, or the manifest's).
fn resolve(path: &str, base: &str) -> Result<String, FileError> {
    let refused = || FileError::new(path, FileErrorKind::RefusedPath);
    if !is_relative_path(path) {
        return Err(refused());
    }
    let base_origin = web_sys::Url::new(base).map_err(|_| refused())?.origin();
    let url = web_sys::Url::new_with_base(path, base).map_err(|_| refused())?;
    if url.origin() != base_origin {
        return Err(refused());
    }
    Ok(url.href())
}

async fn fetch_text(path: &str, url: &str, on_chunk: &dyn Fn(usize)) -> Result<String, FileError> {
    let failed = |kind| FileError::new(path, kind);
    transfer::fetch_text(url, on_chunk)
        .await
        .map_err(|failure| match failure {
            Failure::Network => failed(FileErrorKind::Fetch { status: None }),
            Failure::Status(status) => failed(FileErrorKind::Fetch {
                status: Some(status),
            }),
            Failure::Stalled => failed(FileErrorKind::Stalled {
                seconds: STALL_SECONDS,
            }),
            // The origin rule holds for where the data came from, not only
            // for the path asked for.
            Failure::OffOrigin => failed(FileErrorKind::RefusedPath),
            Failure::NotUtf8(valid) => FileError::not_utf8(path, valid.as_bytes()),
        })
}
