//! File-level errors: the manifest that could not be used, or a data file
//! that failed while the rest of the map still works.

use imap_i18n::Texts;
use leptos::prelude::*;

use crate::state::{Load, Store};
use imap_core::model::problems::{FileError, FileErrorKind};

/// Loads the page again: the files that did arrive come from the cache.
fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

#[component]
pub fn ErrorAlert() -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        let lang = store.lang.get();
        let errors: Vec<FileError> = match store.loading.data.get() {
            Load::Failed(error) => vec![error],
            Load::Ready(data) => {
                let (_, late) = store.loading.late_problems();
                data.file_errors.iter().chain(&late).cloned().collect()
            }
        };
        if errors.is_empty() {
            return None;
        }
        // The network may do better next time; a broken file will not.
        let retry = errors.iter().any(|e| {
            matches!(
                e.kind,
                FileErrorKind::Stalled { .. } | FileErrorKind::Fetch { status: None }
            )
        });
        Some(view! {
            <div class="imap-alert" role="alert">
                <strong class="imap-alert-title">{lang.t().error_title}</strong>
                <ul>{errors.iter().map(|e| view! { <li>{lang.file_error(e)}</li> }).collect_view()}</ul>
                {retry.then(|| view! {
                    <button class="imap-button" type="button" data-testid="retry" on:click=|_| reload()>
                        {lang.t().retry}
                    </button>
                })}
            </div>
        })
    }
}
