//! Projects or sites side by side: one row per field the data has, one
//! cell per item, aligned; in each row the standout is marked (the largest
//! amount, the nearest airport) and a row where every item agrees is
//! marked alike, so that what differs is easy to see. Values stay typed:
//! the text table words them.

use crate::lang::Lang;
use crate::shortlist::Kind;

use super::contact::Contact;
use super::dataset::Dataset;
use super::export::safe;
use super::place::{Place, PlaceKind, distances_from, shown_metres};
use super::project::Project;
use super::rules::visible;
use super::site::{Availability, LandUse, Site};

/// What a row is about.
#[derive(Clone, Debug, PartialEq)]
pub enum Field {
    Industry,
    Status,
    Date,
    Investment,
    Area,
    Company,
    District,
    Location,
    LandUse,
    Availability,
    PlotRatio,
    Description,
    Contact,
    Link,
    /// The nearest place of a kind (its name is in each cell).
    Nearest(PlaceKind),
    /// A city centre, by its name.
    DistanceTo(String),
}

/// One item's value in a row.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// The data does not say ("not disclosed").
    Missing,
    Text(String),
    /// An industry, with its colour.
    Industry {
        label: String,
        color: String,
    },
    /// 亿元.
    Money(f64),
    Hectares(f64),
    Number(f64),
    /// Metres, to the place named (or the row's own place).
    Distance {
        place: Option<String>,
        metres: f64,
    },
    /// A district's name; `derived` when the data placed it by position.
    District {
        name: String,
        derived: bool,
    },
    /// In none of the districts.
    Outside,
    Location {
        approximate: bool,
        lon: f64,
        lat: f64,
    },
    LandUse(LandUse),
    Availability(Availability),
    /// A web address that is safe to link (checked when read).
    Link(String),
}

impl Cell {
    fn amount(&self) -> Option<f64> {
        match self {
            Cell::Money(n) | Cell::Hectares(n) | Cell::Number(n) => Some(*n),
            Cell::Distance { metres, .. } => Some(*metres),
            _ => None,
        }
    }
}

/// Which end of a row's numbers stands out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Want {
    Most,
    Least,
}

#[derive(Debug, PartialEq)]
pub struct Row {
    pub field: Field,
    pub cells: Vec<Cell>,
    /// The cells that stand out: the largest (or nearest), ties included;
    /// none where fewer than two items have a value or all are equal.
    pub standout: Vec<bool>,
    /// Every item has the same value.
    pub alike: bool,
}

/// One compared item: its id and names (in the visitor's language first).
#[derive(Debug, PartialEq)]
pub struct Column {
    pub id: String,
    pub name: String,
    pub other_name: Option<String>,
}

#[derive(Debug, PartialEq)]
pub struct Comparison {
    pub kind: Kind,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

/// One item's value for a field, and which end of the field's numbers
/// stands out (if any).
type Entry = (Field, Option<Want>, Cell);

/// The comparison of `ids` (those the data knows, in order) of one kind,
/// with distances to `places`; data labels in `lang`. Each item gives its
/// entries in the same order, the rows are those entries side by side
/// (built item by item: one function per kind rather than one per row
/// keeps the wasm small, README "Measured").
pub fn compare(
    data: &Dataset,
    kind: Kind,
    ids: &[String],
    places: &[Place],
    lang: Lang,
) -> Comparison {
    let mut columns = Vec::new();
    let mut items: Vec<Vec<Entry>> = Vec::new();
    let mut at = Vec::new();
    for id in ids {
        let (column_of, entries, position) = match kind {
            Kind::Projects => match data.project(id) {
                Some(p) => (
                    column(&p.id, &p.name, p.name_en.as_deref(), lang),
                    project_entries(data, p, lang),
                    Some((p.lon, p.lat)),
                ),
                None => continue,
            },
            Kind::Sites => match data.site(id) {
                Some(s) => (
                    column(&s.id, &s.name, s.name_en.as_deref(), lang),
                    site_entries(data, s, lang),
                    s.anchor(),
                ),
                None => continue,
            },
        };
        columns.push(column_of);
        items.push(entries);
        at.push(position);
    }
    let mut rows = side_by_side(items);
    rows.extend(distances(places, &at, lang));
    Comparison {
        kind,
        columns,
        rows,
    }
}

fn project_entries(data: &Dataset, p: &Project, lang: Lang) -> Vec<Entry> {
    let m = &data.manifest;
    let text = |value: &Option<String>| value.clone().map_or(Cell::Missing, Cell::Text);
    let district = match &p.district {
        Some(id) => Cell::District {
            name: data
                .boundary(id)
                .map_or(id.clone(), |d| d.label(lang).to_string()),
            derived: p.district_derived,
        },
        None => Cell::Outside,
    };
    vec![
        (
            Field::Industry,
            None,
            Cell::Industry {
                label: m.industries[p.industry].label(lang).to_string(),
                color: m.industry_color(p.industry).to_string(),
            },
        ),
        (
            Field::Status,
            None,
            Cell::Text(m.statuses[p.status].label(lang).to_string()),
        ),
        (Field::Date, None, text(&p.date)),
        (
            Field::Investment,
            Some(Want::Most),
            p.investment.map_or(Cell::Missing, Cell::Money),
        ),
        (
            Field::Area,
            Some(Want::Most),
            p.area_ha.map_or(Cell::Missing, Cell::Hectares),
        ),
        (Field::Company, None, text(&p.company)),
        (Field::District, None, district),
        (
            Field::Location,
            None,
            Cell::Location {
                approximate: p.approximate,
                lon: p.lon,
                lat: p.lat,
            },
        ),
        (
            Field::Description,
            None,
            description(lang, &p.description, &p.description_en),
        ),
        (
            Field::Contact,
            None,
            contact(p.contact.as_deref().or(m.contact.as_ref()), None, lang),
        ),
        (
            Field::Link,
            None,
            p.url.clone().map_or(Cell::Missing, Cell::Link),
        ),
    ]
}

fn site_entries(data: &Dataset, s: &Site, lang: Lang) -> Vec<Entry> {
    vec![
        (Field::Area, Some(Want::Most), Cell::Hectares(s.area_ha)),
        (Field::LandUse, None, Cell::LandUse(s.land_use)),
        (
            Field::Availability,
            None,
            Cell::Availability(s.availability),
        ),
        (
            Field::PlotRatio,
            Some(Want::Most),
            s.plot_ratio_max.map_or(Cell::Missing, Cell::Number),
        ),
        (
            Field::Description,
            None,
            description(lang, &s.description, &s.description_en),
        ),
        (
            Field::Contact,
            None,
            contact(data.manifest.contact.as_ref(), s.contact.as_deref(), lang),
        ),
        (
            Field::Link,
            None,
            s.url.clone().map_or(Cell::Missing, Cell::Link),
        ),
    ]
}

/// The items' entries as rows, field by field; a field no item has is left
/// out, but for the investment: it is what investors ask first.
fn side_by_side(items: Vec<Vec<Entry>>) -> Vec<Row> {
    let mut rows: Vec<(Field, Option<Want>, Vec<Cell>)> = Vec::new();
    for entries in items {
        for (i, (field, want, cell)) in entries.into_iter().enumerate() {
            match rows.get_mut(i) {
                Some(row) => row.2.push(cell),
                None => rows.push((field, want, vec![cell])),
            }
        }
    }
    rows.into_iter()
        .filter(|(field, _, cells)| {
            *field == Field::Investment || cells.iter().any(|c| *c != Cell::Missing)
        })
        .map(|(field, want, cells)| row(field, want, cells))
        .collect()
}

fn row(field: Field, want: Option<Want>, cells: Vec<Cell>) -> Row {
    let standout = match want {
        Some(want) => standouts(&cells, want),
        None => vec![false; cells.len()],
    };
    let alike = cells.len() > 1 && cells.iter().all(|c| *c == cells[0]);
    Row {
        field,
        cells,
        standout,
        alike,
    }
}

/// The distance rows: the nearest place of each kind (named in each cell,
/// as it may differ by item), and every city centre; an item without a
/// position has none. The rows in the order of the first item with one.
fn distances(places: &[Place], at: &[Option<(f64, f64)>], lang: Lang) -> Vec<Row> {
    let each: Vec<Vec<(&Place, f64)>> = at
        .iter()
        .map(|at| at.map_or(vec![], |(lon, lat)| distances_from(places, lon, lat)))
        .collect();
    let Some(first) = each.iter().find(|d| !d.is_empty()) else {
        return vec![];
    };
    first
        .iter()
        .map(|(place, _)| {
            let city = place.kind == PlaceKind::City;
            let cells = each
                .iter()
                .map(|d| {
                    let found = d.iter().find(|(p, _)| match city {
                        true => p.id == place.id,
                        false => p.kind == place.kind,
                    });
                    match found {
                        // As shown: "about 61 km" twice is no standout.
                        Some((p, metres)) => Cell::Distance {
                            place: (!city).then(|| p.label(lang).to_string()),
                            metres: shown_metres(*metres),
                        },
                        None => Cell::Missing,
                    }
                })
                .collect();
            let field = match city {
                true => Field::DistanceTo(place.label(lang).to_string()),
                false => Field::Nearest(place.kind),
            };
            row(field, Some(Want::Least), cells)
        })
        .collect()
}

fn column(id: &str, name: &str, name_en: Option<&str>, lang: Lang) -> Column {
    let (name, other_name) = match (lang, name_en) {
        (Lang::En, Some(en)) => (en.to_string(), Some(name.to_string())),
        _ => (name.to_string(), name_en.map(str::to_string)),
    };
    Column {
        id: id.to_string(),
        name,
        other_name,
    }
}

fn description(lang: Lang, zh: &Option<String>, en: &Option<String>) -> Cell {
    let text = lang.pick(zh.as_deref().unwrap_or_default(), en.as_deref());
    if text.is_empty() {
        Cell::Missing
    } else {
        Cell::Text(text.to_string())
    }
}

/// Whom to ask, one part a line, as it would be read: a character that is
/// not seen is left out (`visible`). `own` is a site's own contact text.
fn contact(shared: Option<&Contact>, own: Option<&str>, lang: Lang) -> Cell {
    let mut lines: Vec<String> = own.map(visible).into_iter().collect();
    if let Some(c) = shared.filter(|_| own.is_none()) {
        lines.extend(c.name.as_ref().map(|n| n.get(lang).to_string()));
        for part in [&c.phone, &c.email, &c.url].into_iter().flatten() {
            lines.push(visible(part));
        }
        lines.extend(c.address.as_ref().map(|a| a.get(lang).to_string()));
    }
    if lines.is_empty() {
        Cell::Missing
    } else {
        Cell::Text(lines.join("\n"))
    }
}

/// The cells with the most (or least) of a row's numbers, ties included;
/// none where fewer than two cells have a number or all are equal.
fn standouts(cells: &[Cell], want: Want) -> Vec<bool> {
    let numbers: Vec<Option<f64>> = cells.iter().map(Cell::amount).collect();
    let present: Vec<f64> = numbers.iter().flatten().copied().collect();
    let best = present.iter().copied().reduce(|a, b| match want {
        Want::Most => a.max(b),
        Want::Least => a.min(b),
    });
    let all_equal = present.windows(2).all(|w| w[0] == w[1]);
    match best {
        Some(best) if present.len() >= 2 && !all_equal => {
            numbers.iter().map(|n| *n == Some(best)).collect()
        }
        _ => vec![false; cells.len()],
    }
}

/// `compare_projects_a+b.csv`, `compare_sites_s1+s2.csv`.
pub fn file_name(kind: Kind, ids: &[String]) -> String {
    let kind = match kind {
        Kind::Projects => "projects",
        Kind::Sites => "sites",
    };
    let ids: String = safe(&ids.join("+")).chars().take(120).collect();
    format!("compare_{kind}_{ids}.csv")
}
