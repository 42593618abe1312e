//! "加入对比 / Compare": a toggle that puts a project or site in the
//! compare tray or takes it out, pressed while it is in; when the tray of
//! its kind is full it says so instead of acting.

use imap_core::shortlist::Kind;
use imap_i18n::{CompareTexts, Texts};
use leptos::prelude::*;

use crate::state::Store;

/// `compact`: a list row's small square, reached from its row by the right
/// arrow rather than by Tab (one Tab stop for the whole list); else a
/// detail's labelled button.
#[component]
pub fn CompareToggle(kind: Kind, id: String, #[prop(optional)] compact: bool) -> impl IntoView {
    let store = expect_context::<Store>();
    let id = StoredValue::new(id);
    // (in the tray, the tray full without it)
    let state = move || {
        store.shortlist.with(|s| {
            id.with_value(|id| {
                (
                    s.contains(kind, id),
                    !s.contains(kind, id) && s.is_full(kind),
                )
            })
        })
    };
    let words = move || store.lang.get().compare_words();
    view! {
        <button
            class="imap-button imap-compare-toggle"
            class:imap-compare-toggle--compact=compact
            type="button"
            data-testid="compare-add"
            aria-pressed=move || state().0.to_string()
            aria-disabled=move || state().1.then_some("true")
            // A row's square says whose it is.
            aria-label=move || {
                let lang = store.lang.get();
                let name = store.dataset().and_then(|data| id.with_value(|id| super::shown_name(&data, kind, id, lang)));
                compact.then(|| lang.labelled(words().add, &name.unwrap_or_default()))
            }
            tabindex=compact.then_some("-1")
            title=move || if state().1 { store.lang.get().compare_full() } else { words().add.to_string() }
            on:click=move |ev| {
                // In a list row: the row itself does not open.
                ev.stop_propagation();
                if !state().1 {
                    id.with_value(|id| store.toggle_compared(kind, id));
                }
            }
        >
            // A row's square shows only the mark (its name is the label);
            // a detail's says the label too.
            {move || {
                let mark = if state().0 { "✓" } else { "+" };
                if compact {
                    mark.into_any()
                } else {
                    view! {
                        <span aria-hidden="true" class="imap-compare-toggle-mark">{mark}</span>
                        <span>{words().add}</span>
                    }
                    .into_any()
                }
            }}
        </button>
    }
}
