//! Fetches the manifest and its files, relative to the page and the
//! manifest, refusing any path that would leave the site before a request.

use futures::future::join3;
use gloo_net::http::Request;

use crate::dom::next_task;
use imap_core::model::dataset::{Dataset, Progress};
use imap_core::model::manifest::Manifest;
use imap_core::model::problems::{FileError, FileErrorKind};
use imap_core::url_state::data_path::is_relative_path;

const DEFAULT_MANIFEST: &str = "data/map.json";

/// The data set, or the error that left nothing to draw (manifest unusable).
/// `progress` follows the reading of the projects.
pub async fn load(
    data_param: Option<String>,
    progress: impl Fn(Progress),
) -> Result<Dataset, FileError> {
    let manifest_path = data_param.unwrap_or_else(|| DEFAULT_MANIFEST.to_string());
    let page = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    let manifest_url = resolve(&manifest_path, &page)?;
    let text = fetch_text(&manifest_path, &manifest_url).await?;
    let manifest = Manifest::parse(&manifest_path, &text)?;
    let fetch_file = |path: String| {
        let base = manifest_url.clone();
        async move {
            let url = resolve(&path, &base)?;
            fetch_text(&path, &url).await
        }
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
    let mut data = Dataset::assemble_in_steps(manifest, boundaries, projects, |step| {
        progress(step);
        next_task()
    })
    .await;
    if let Some(sites) = sites {
        data.add_sites(sites);
    }
    Ok(data)
}

/// An absolute URL for `path` under `base`, only when it stays on the page's origin.
fn resolve(path: &str, base: &str) -> Result<String, FileError> {
    let refused = || FileError::new(path, FileErrorKind::RefusedPath);
    if !is_relative_path(path) {
        return Err(refused());
    }
    let url = web_sys::Url::new_with_base(path, base).map_err(|_| refused())?;
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    if url.origin() != origin {
        return Err(refused());
    }
    Ok(url.href())
}

async fn fetch_text(path: &str, url: &str) -> Result<String, FileError> {
    let failed = |status| FileError::new(path, FileErrorKind::Fetch { status });
    let response = Request::get(url).send().await.map_err(|_| failed(None))?;
    if !response.ok() {
        return Err(failed(Some(response.status())));
    }
    // Bytes, not text: a 40 MB file as a JS string would take twice that
    // in the JS heap before being copied into wasm memory.
    let bytes = response.binary().await.map_err(|_| failed(None))?;
    String::from_utf8(bytes).map_err(|e| {
        let before = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        FileError::new(
            path,
            FileErrorKind::Json {
                line: before.iter().filter(|&&b| b == b'\n').count() + 1,
                column: before.len() - line_start + 1,
                detail: "invalid UTF-8".to_string(),
            },
        )
    })
}
