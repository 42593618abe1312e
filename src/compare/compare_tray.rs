//! The compare tray under the results: what is in it, by kind, each name
//! with a × that takes it out, the button that opens the comparison and
//! one that empties the tray. Seen whether the sidebar is open or folded.

use imap_core::shortlist::Kind;
use imap_i18n::CompareTexts;
use leptos::prelude::*;

use super::shown_name;
use crate::state::Store;

#[component]
pub fn CompareTray() -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        let data = store.dataset()?;
        let lang = store.lang.get();
        let list = store.shortlist.get();
        if list.is_empty() {
            return None;
        }
        let words = lang.compare_words();
        let kinds = [Kind::Projects, Kind::Sites]
            .into_iter()
            .filter(|kind| !list.ids(*kind).is_empty())
            .map(|kind| {
                let names: Vec<(String, String)> = list
                    .ids(kind)
                    .iter()
                    .filter_map(|id| shown_name(&data, kind, id, lang).map(|n| (id.clone(), n)))
                    .collect();
                let count = names.len();
                let chips = names
                    .into_iter()
                    .map(|(id, name)| {
                        let remove = lang.compare_remove(&name);
                        let full = name.clone();
                        view! {
                            <li class="imap-chip-active">
                                <span title=full>{name}</span>
                                <button
                                    class="imap-chip-remove"
                                    type="button"
                                    aria-label=remove.clone()
                                    title=remove
                                    on:click=move |_| store.remove_compared(kind, &id)
                                >
                                    "×"
                                </button>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="imap-tray-kind" data-kind=kind_code(kind)>
                        <ul class="imap-tray-items">{chips}</ul>
                        <div class="imap-tray-actions">
                            <button
                                class="imap-button imap-tray-open"
                                type="button"
                                data-testid="compare-open"
                                data-kind=kind_code(kind)
                                aria-label=lang.compare_open(kind, count)
                                // Shown instead in a phone's folded card (the CSS).
                                data-short=lang.compare_open_short(count)
                                on:click=move |_| store.show_comparison(Some(kind))
                            >
                                <span class="imap-tray-long">{lang.compare_open(kind, count)}</span>
                            </button>
                            <button
                                class="imap-button"
                                type="button"
                                data-testid="compare-clear"
                                on:click=move |_| store.clear_compared(kind)
                            >
                                {words.clear}
                            </button>
                        </div>
                    </div>
                }
            })
            .collect_view();
        Some(view! {
            <section class="imap-tray" data-testid="compare-tray" aria-label=words.tray>
                {kinds}
            </section>
        })
    }
}

pub fn kind_code(kind: Kind) -> &'static str {
    match kind {
        Kind::Projects => "projects",
        Kind::Sites => "sites",
    }
}
