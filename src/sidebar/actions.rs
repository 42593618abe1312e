//! Share and take away: copy the link to this exact view, export the list.

use imap_i18n::Texts;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::dom::{copy_text, download_text};
use crate::state::{Derived, Store, UrlSync};
use imap_core::model::export;

#[derive(Clone, PartialEq)]
enum Copy {
    Idle,
    Done,
    /// The clipboard was refused: show the link to copy by hand.
    Manual(String),
}

#[component]
pub fn Actions() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let url = expect_context::<UrlSync>();
    let copy = RwSignal::new(Copy::Idle);
    let t = move || store.lang.get().t();
    let copy_link = move |_| {
        // In a task queued behind the URL sync of any change made just
        // before, and with its pending write done, the link is exact.
        spawn_local(async move {
            url.flush();
            let href = window().location().href().unwrap_or_default();
            if copy_text(&href).await {
                copy.set(Copy::Done);
                set_timeout(
                    move || copy.set(Copy::Idle),
                    std::time::Duration::from_secs(2),
                );
            } else {
                copy.set(Copy::Manual(href));
            }
        });
    };
    let export_csv = move |_| {
        let Some(data) = store.dataset_untracked() else {
            return;
        };
        let lang = store.lang.get_untracked();
        let mut rows = derived.matching.get_untracked().to_vec();
        store
            .sort
            .get_untracked()
            .apply(&mut rows, &data.projects, lang);
        let text = export::csv(
            &data,
            rows.iter().map(|&i| &data.projects[i]),
            lang,
            &lang.t().csv_headers,
        );
        let name = store.filters.with_untracked(export::file_name);
        let _ = download_text(&name, &text, "text/csv;charset=utf-8");
    };
    view! {
        <div class="imap-actions">
            <button class="imap-button" type="button" data-testid="copy-link" on:click=copy_link>
                {move || if copy.get() == Copy::Done { t().copied } else { t().copy_link }}
            </button>
            <button class="imap-button" type="button" data-testid="export-csv" on:click=export_csv>
                {move || t().export_csv}
            </button>
        </div>
        {move || match copy.get() {
            Copy::Manual(href) => Some(view! {
                <label class="imap-manual-copy">
                    {t().copy_manually}
                    <input type="text" readonly value=href on:focus=move |ev| {
                        let input: web_sys::HtmlInputElement = event_target(&ev);
                        input.select();
                    }/>
                </label>
            }),
            _ => None,
        }}
    }
}
