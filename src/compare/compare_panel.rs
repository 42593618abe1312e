//! The comparison over the map: a real table, one column per compared
//! project or site and one row per field, the field names kept in view
//! while the columns scroll sideways (a phone swipes them), each row's
//! standout marked in words, rows where all agree greyed. Exported as CSV
//! and printed on its own.

use imap_core::model::compare::{Comparison, compare, file_name};
use imap_core::model::export;
use imap_i18n::{CompareTexts, Lang, Texts};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::compare_tray::kind_code;
use super::table;
use crate::dom::download_text;
use crate::focus::focus_after_render;
use crate::state::Store;

#[component]
pub fn ComparePanel() -> impl IntoView {
    let store = expect_context::<Store>();
    let shown = Memo::new(move |_| store.shortlist.with(|s| s.shown()));
    // Built where it is drawn, and again for the CSV: no copy is kept.
    let current = move || {
        let kind = shown.get()?;
        let data = store.dataset()?;
        let lang = store.lang.get();
        let ids = store.shortlist.with(|s| s.ids(kind).to_vec());
        let places = store.loading.places.get();
        let places = places.as_ref().map_or(&[][..], |p| &p.items[..]);
        Some((compare(&data, kind, &ids, places, lang), lang))
    };
    let title = NodeRef::<leptos::html::H2>::new();
    // The app's root, to give the focus back to once the panel is gone.
    let root = StoredValue::new_local(None::<web_sys::HtmlElement>);
    // Opened by a press (not by the link), the comparison takes the focus;
    // closed, it gives it to the tray's button (else the map).
    Effect::new(move |was_open: Option<bool>| {
        let open = shown.get().is_some();
        if open {
            request_animation_frame(move || {
                let Some(title) = title.get_untracked() else {
                    return;
                };
                let app = title.closest(".imap").ok().flatten();
                root.set_value(app.and_then(|a| a.dyn_into().ok()));
                if was_open == Some(false) {
                    let _ = title.focus();
                }
            });
        } else if was_open == Some(true)
            && let Some(root) = root.get_value()
        {
            focus_after_render(root, "[data-testid=compare-open], .imap-map");
        }
        open
    });
    let scroll = NodeRef::<leptos::html::Div>::new();
    // The table, built anew whenever what it shows changes.
    Effect::new(move |_| {
        let (comparison, lang) = current()?;
        let scroll = scroll.get()?;
        let table = table::table(&comparison, lang)?;
        scroll.replace_children_with_node_1(&table);
        Some(())
    });
    move || {
        let (kind, lang) = (shown.get()?, store.lang.get());
        store.dataset()?;
        let words = lang.compare_words();
        let export_csv = move |_| {
            if let Some((comparison, lang)) = untrack(current) {
                let text = export::grid(&worded(&comparison, lang));
                let ids: Vec<String> = comparison.columns.iter().map(|c| c.id.clone()).collect();
                let _ = download_text(&file_name(kind, &ids), &text, "text/csv;charset=utf-8");
            }
        };
        Some(view! {
            <section
                class="imap-compare"
                data-testid="compare-panel"
                data-kind=kind_code(kind)
                aria-labelledby="imap-compare-title"
            >
                <div class="imap-compare-head">
                    <h2 id="imap-compare-title" class="imap-compare-title" tabindex="-1" node_ref=title>
                        {lang.compare_title(kind)}
                    </h2>
                    <div class="imap-compare-actions">
                        <button class="imap-button" type="button" data-testid="compare-csv" on:click=export_csv>
                            {lang.t().export_csv}
                        </button>
                        <button
                            class="imap-button"
                            type="button"
                            data-testid="compare-print"
                            on:click=move |_| {
                                let _ = window().print();
                            }
                        >
                            {words.print}
                        </button>
                        <button
                            class="imap-button imap-compare-close"
                            type="button"
                            data-testid="compare-close"
                            aria-label=words.close
                            title=words.close
                            on:click=move |_| store.show_comparison(None)
                        >
                            "×"
                        </button>
                    </div>
                </div>
                <p class="imap-compare-swipe">{words.swipe}</p>
                <div
                    class="imap-compare-scroll"
                    role="region"
                    tabindex="0"
                    aria-labelledby="imap-compare-title"
                    on:click=move |ev| {
                        // A column's ×: one listener for the whole table.
                        let target: web_sys::Element = event_target(&ev);
                        if let Some(id) = target.get_attribute(table::REMOVES) {
                            store.remove_compared(kind, &id);
                            // Its column is gone: the focus goes to the title, not the page.
                            request_animation_frame(move || {
                                if let Some(title) = title.get_untracked() {
                                    let _ = title.focus();
                                }
                            });
                        }
                    }
                    node_ref=scroll
                >
                </div>
            </section>
        })
    }
}

/// The table as the CSV's rows: names first, then one line per field.
fn worded(comparison: &Comparison, lang: Lang) -> Vec<Vec<String>> {
    let head = std::iter::once(lang.compare_words().field.to_string())
        .chain(comparison.columns.iter().map(|c| c.name.clone()))
        .collect();
    let rows = comparison.rows.iter().map(|row| {
        std::iter::once(lang.compare_field(&row.field))
            .chain(row.cells.iter().map(|c| lang.compare_cell(c)))
            .collect()
    });
    std::iter::once(head).chain(rows).collect()
}
