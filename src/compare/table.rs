//! The comparison's `<table>`, built with the DOM's own calls rather than
//! Leptos views: it is rebuilt whole when what it shows changes, and a
//! table of typed views cost the later module about 6 KB gzip more
//! (README, "Measured"). Text from the data is only ever set as text.

use imap_core::model::compare::{Cell, Comparison};
use imap_i18n::{CompareTexts, Lang, Texts};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::mount::document;

/// The attribute of a column's × that names the item it takes out.
pub const REMOVES: &str = "data-removes";

fn element(tag: &str, class: &str, text: &str) -> Option<Element> {
    let e = document()?.create_element(tag).ok()?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    if !text.is_empty() {
        e.set_text_content(Some(text));
    }
    Some(e)
}

fn append(parent: &Element, child: Option<Element>) -> Option<Element> {
    let child = child?;
    parent.append_child(&child).ok()?;
    Some(child)
}

/// The table: a caption, a header row (the fields' corner, then each item's
/// names and its ×) and one row per field, each row's standout marked.
pub fn table(comparison: &Comparison, lang: Lang) -> Option<Element> {
    let words = lang.compare_words();
    let table = element("table", "imap-compare-table", "")?;
    let _ = table.set_attribute("data-testid", "compare-table");
    let title = lang.compare_title(comparison.kind);
    append(&table, element("caption", "imap-visually-hidden", title));
    let head = append(&table, element("thead", "", ""))?;
    let row = append(&head, element("tr", "", ""))?;
    let corner = append(&row, element("th", "imap-compare-corner", words.field))?;
    let _ = corner.set_attribute("scope", "col");
    for column in &comparison.columns {
        let th = append(&row, element("th", "", ""))?;
        let _ = th.set_attribute("scope", "col");
        let _ = th.set_attribute("data-compare-id", &column.id);
        append(&th, element("span", "imap-compare-name", &column.name));
        if let Some(other) = &column.other_name {
            append(&th, element("span", "imap-compare-other", other));
        }
        let remove = append(
            &th,
            element("button", "imap-chip-remove imap-compare-remove", "×"),
        )?;
        let label = lang.compare_remove(&column.name);
        for (name, value) in [
            ("type", "button"),
            ("aria-label", &label),
            ("title", &label),
            (REMOVES, &column.id),
        ] {
            let _ = remove.set_attribute(name, value);
        }
    }
    let body = append(&table, element("tbody", "", ""))?;
    for row in &comparison.rows {
        let tr = append(
            &body,
            element("tr", if row.alike { "imap-compare-alike" } else { "" }, ""),
        )?;
        let th = append(&tr, element("th", "", &lang.compare_field(&row.field)))?;
        let _ = th.set_attribute("scope", "row");
        let mark = lang.standout(&row.field);
        for (cell, standout) in row.cells.iter().zip(&row.standout) {
            let td = append(
                &tr,
                element(
                    "td",
                    if *standout {
                        "imap-compare-standout"
                    } else {
                        ""
                    },
                    "",
                ),
            )?;
            fill(&td, cell, lang);
            if *standout {
                append(&td, element("span", "imap-compare-mark", mark));
            }
        }
    }
    Some(table)
}

/// A cell's value: a link as a link, an industry with its colour, what is
/// missing said so, the rest as text.
fn fill(td: &Element, cell: &Cell, lang: Lang) {
    match cell {
        Cell::Link(url) => {
            if let Some(a) = append(td, element("a", "", lang.t().open_link)) {
                for (name, value) in [
                    ("href", url.as_str()),
                    ("target", "_blank"),
                    ("rel", "noopener noreferrer"),
                ] {
                    let _ = a.set_attribute(name, value);
                }
            }
        }
        Cell::Industry { label, color } => {
            if let Some(swatch) = append(td, element("span", "imap-swatch", "")) {
                // Through the style object: a strict CSP refuses a style attribute.
                if let Some(swatch) = swatch.dyn_ref::<HtmlElement>() {
                    let _ = swatch.style().set_property("background-color", color);
                }
            }
            let _ = td.append_with_str_1(label);
        }
        Cell::Missing => {
            append(
                td,
                element("span", "imap-compare-missing", &lang.compare_cell(cell)),
            );
        }
        _ => {
            let _ = td.append_with_str_1(&lang.compare_cell(cell));
        }
    }
}
