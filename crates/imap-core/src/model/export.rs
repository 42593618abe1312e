//! The filtered list as a CSV file that Excel opens correctly: UTF-8 with a
//! byte-order mark, and the filters in the file name.

use crate::lang::Lang;

use super::dataset::Dataset;
use super::filter::Filters;
use super::money::{exact_number, plain_number};
use super::project::Project;

/// The CSV columns, in order; `headers` names them in the reader's language.
pub const COLUMNS: usize = 16;

/// The CSV text, BOM first, one row per project in the given order; labels
/// (industry, status, district) in `lang`.
pub fn csv<'a>(
    data: &Dataset,
    projects: impl IntoIterator<Item = &'a Project>,
    lang: Lang,
    headers: &[&str; COLUMNS],
) -> String {
    let rows = projects.into_iter().map(|p| {
        let district = p.district.as_deref().map(|id| {
            data.boundary(id)
                .map(|b| b.label(lang).to_string())
                .unwrap_or_else(|| id.to_string())
        });
        let precision = if p.approximate {
            "approximate"
        } else {
            "exact"
        };
        let row: [String; COLUMNS] = [
            p.id.clone(),
            p.name.clone(),
            p.name_en.clone().unwrap_or_default(),
            data.manifest.industries[p.industry].label(lang).to_string(),
            data.manifest.statuses[p.status].label(lang).to_string(),
            p.investment.map(exact_number).unwrap_or_default(),
            district.unwrap_or_default(),
            p.date.clone().unwrap_or_default(),
            p.company.clone().unwrap_or_default(),
            p.description.clone().unwrap_or_default(),
            p.description_en.clone().unwrap_or_default(),
            p.area_ha.map(exact_number).unwrap_or_default(),
            crate::decimal::padded(p.lon, 6),
            crate::decimal::padded(p.lat, 6),
            precision.to_string(),
            p.url.clone().unwrap_or_default(),
        ];
        row
    });
    table(headers, rows)
}

/// A CSV file that Excel opens correctly (UTF-8 with a byte-order mark),
/// every cell defused.
pub fn table<const N: usize>(
    headers: &[&str; N],
    rows: impl IntoIterator<Item = [String; N]>,
) -> String {
    let mut text = String::from(BOM);
    write_line(&mut text, headers);
    for row in rows {
        write_line(&mut text, &row.map(|cell| defuse(&cell)));
    }
    text
}

/// `table` for rows of any length, the first one too defused: a
/// comparison's header row holds names from the data.
pub fn grid(rows: &[Vec<String>]) -> String {
    let mut text = String::from(BOM);
    for row in rows {
        write_line(
            &mut text,
            &row.iter().map(|cell| defuse(cell)).collect::<Vec<_>>(),
        );
    }
    text
}

/// Excel reads a CSV file as UTF-8 only after this mark.
const BOM: &str = "\u{feff}";

/// One line of CSV, written to the same bytes as the `csv` crate's writer
/// (a native test compares them): a cell with a comma, a quote or a line
/// break is quoted, its quotes doubled; a line of one empty cell is `""`.
/// Written here because that writer also offers a quoting style that asks
/// whether a cell is a number, which links std's float parser and its
/// tables into the later module (README, "First load on a phone").
fn write_line(text: &mut String, cells: &[impl AsRef<str>]) {
    let start = text.len();
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            text.push(',');
        }
        let cell = cell.as_ref();
        if cell.contains([',', '"', '\r', '\n']) {
            text.push('"');
            text.push_str(&cell.replace('"', "\"\""));
            text.push('"');
        } else {
            text.push_str(cell);
        }
    }
    if text.len() == start {
        text.push_str("\"\"");
    }
    text.push('\n');
}

/// What a defused cell may start with: spreadsheets run a cell that starts
/// with `=`, `+`, `-`, `@` (or a tab, carriage return or line feed) as a
/// formula; a leading apostrophe keeps it text. A cell that itself starts
/// with an apostrophe gets one more, so that `undefuse` gives it back whole.
const GUARDED: [char; 8] = ['=', '+', '-', '@', '\t', '\r', '\n', '\''];

pub fn defuse(cell: &str) -> String {
    if cell.starts_with(GUARDED) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// A cell as it was before `defuse`: the guard apostrophe removed. A cell
/// an editor typed with an apostrophe of its own (`'abc`) is left alone.
pub fn undefuse(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(GUARDED) => rest,
        _ => cell,
    }
}

/// `projects.csv`, or with the filters: `projects_industry-a+b_min-1_q-科技.csv`
/// (`extension` `csv`; the map image is `png`).
pub fn file_name(filters: &Filters, extension: &str) -> String {
    let mut parts = vec!["projects".to_string()];
    for (name, list) in [
        ("industry", &filters.industries),
        ("status", &filters.statuses),
        ("district", &filters.districts),
    ] {
        if let Some(ids) = list {
            let ids = if ids.is_empty() {
                "none".to_string()
            } else {
                ids.join("+")
            };
            parts.push(format!("{name}-{}", safe(&ids)));
        }
    }
    for (name, bound) in [("min", filters.min), ("max", filters.max)] {
        if let Some(v) = bound {
            parts.push(format!("{name}-{}", plain_number(v)));
        }
    }
    match filters.years {
        Some((from, to)) if from == to => parts.push(format!("years-{from}")),
        Some((from, to)) => parts.push(format!("years-{from}-{to}")),
        None => {}
    }
    let q = filters.query.trim();
    if !q.is_empty() {
        parts.push(format!("q-{}", safe(q)));
    }
    let mut name: String = parts.join("_");
    if name.chars().count() > 150 {
        name = name.chars().take(150).collect();
    }
    format!("{name}.{extension}")
}

/// Letters (any script), digits, `+`, `.` and `-` survive; the rest becomes `-`.
pub(crate) fn safe(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '+' | '.' | '-') {
                c
            } else {
                '-'
            }
        })
        .collect()
}
