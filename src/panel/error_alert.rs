//! File-level errors: the manifest that could not be used, or a data file
//! that failed while the rest of the map still works.

use imap_i18n::Texts;
use leptos::prelude::*;

use crate::state::{Load, Store};

#[component]
pub fn ErrorAlert() -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        let lang = store.lang.get();
        let messages: Vec<String> = match store.load.get() {
            Load::Loading => return None,
            Load::Failed(error) => vec![lang.file_error(&error)],
            Load::Ready(data) => {
                let (_, late) = store.late_problems();
                data.file_errors
                    .iter()
                    .chain(&late)
                    .map(|e| lang.file_error(e))
                    .collect()
            }
        };
        if messages.is_empty() {
            return None;
        }
        Some(view! {
            <div class="imap-alert" role="alert">
                <strong class="imap-alert-title">{lang.t().error_title}</strong>
                <ul>{messages.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
            </div>
        })
    }
}
