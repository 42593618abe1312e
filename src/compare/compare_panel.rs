//! The comparison over the map: a real table, one column per compared
//! project or site and one row per field, the field names kept in view
//! while the columns scroll sideways (a phone swipes them), each row's
//! standout marked in words, rows where all agree greyed. Exported as CSV
//! and printed on its own.

use imap_core::model::compare::{Cell, Comparison, compare, file_name};
use imap_core::model::export;
use imap_i18n::{CompareTexts, Lang, Texts};
use leptos::prelude::*;

use super::compare_tray::kind_code;
use crate::dom::download_text;
use crate::state::Store;

#[component]
pub fn ComparePanel() -> impl IntoView {
    let store = expect_context::<Store>();
    let shown = Memo::new(move |_| store.shortlist.with(|s| s.shown()));
    let table = Memo::new(move |_| {
        let kind = shown.get()?;
        let data = store.dataset()?;
        let lang = store.lang.get();
        let ids = store.shortlist.with(|s| s.ids(kind).to_vec());
        let places = store.loading.places.get();
        let places = places.as_ref().map_or(&[][..], |p| &p.items[..]);
        Some((compare(&data, kind, &ids, places, lang), lang))
    });
    let title = NodeRef::<leptos::html::H2>::new();
    // Opened by a press (not by the link), the comparison takes the focus.
    Effect::new(move |was_open: Option<bool>| {
        let open = shown.get().is_some();
        if open && was_open == Some(false) {
            request_animation_frame(move || {
                if let Some(title) = title.get_untracked() {
                    let _ = title.focus();
                }
            });
        }
        open
    });
    move || {
        let (comparison, lang) = table.get()?;
        let words = lang.compare_words();
        let kind = comparison.kind;
        let export_csv = {
            let comparison = comparison.clone();
            move |_| {
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
                >
                    <CompareTable comparison lang/>
                </div>
            </section>
        })
    }
}

#[component]
fn CompareTable(comparison: Comparison, lang: Lang) -> impl IntoView {
    let store = expect_context::<Store>();
    let words = lang.compare_words();
    let kind = comparison.kind;
    let heads = comparison
        .columns
        .into_iter()
        .map(|column| {
            let remove = lang.compare_remove(&column.name);
            let id = column.id.clone();
            view! {
                <th scope="col" data-compare-id=column.id>
                    <span class="imap-compare-name">{column.name}</span>
                    {column.other_name.map(|n| view! { <span class="imap-compare-other">{n}</span> })}
                    <button
                        class="imap-chip-remove imap-compare-remove"
                        type="button"
                        aria-label=remove.clone()
                        title=remove
                        on:click=move |_| store.remove_compared(kind, &id)
                    >
                        "×"
                    </button>
                </th>
            }
        })
        .collect_view();
    let rows = comparison
        .rows
        .into_iter()
        .map(|row| {
            let mark = lang.standout(&row.field);
            let cells = row
                .cells
                .iter()
                .zip(row.standout)
                .map(|(cell, standout)| {
                    view! {
                        <td class:imap-compare-standout=standout>
                            {cell_view(cell, lang)}
                            {standout.then(|| view! { <span class="imap-compare-mark">{mark}</span> })}
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr class:imap-compare-alike=row.alike>
                    <th scope="row">{lang.compare_field(&row.field)}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="imap-compare-table" data-testid="compare-table">
            <caption class="imap-visually-hidden">{lang.compare_title(kind)}</caption>
            <thead>
                <tr>
                    <th scope="col" class="imap-compare-corner">{words.field}</th>
                    {heads}
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// A cell as text, but a link as a link and an industry with its colour;
/// text from the data only ever as text.
fn cell_view(cell: &Cell, lang: Lang) -> AnyView {
    match cell {
        Cell::Link(url) => view! {
            <a href=url.clone() target="_blank" rel="noopener noreferrer">{lang.t().open_link}</a>
        }
        .into_any(),
        Cell::Industry { label, color } => view! {
            <span class="imap-swatch" style:background-color=color.clone()></span>
            {label.clone()}
        }
        .into_any(),
        Cell::Missing => {
            view! { <span class="imap-compare-missing">{lang.compare_cell(cell)}</span> }.into_any()
        }
        _ => lang.compare_cell(cell).into_any(),
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
