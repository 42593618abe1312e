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
use super::place::{Place, PlaceKind, distances_from};
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

#[derive(Clone, Debug, PartialEq)]
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
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    pub id: String,
    pub name: String,
    pub other_name: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub kind: Kind,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

/// The comparison of `ids` (those the data knows, in order) of one kind,
/// with distances to `places`; data labels in `lang`.
pub fn compare(
    data: &Dataset,
    kind: Kind,
    ids: &[String],
    places: &[Place],
    lang: Lang,
) -> Comparison {
    let mut builder = Builder::default();
    match kind {
        Kind::Projects => {
            let items: Vec<&Project> = ids.iter().filter_map(|id| data.project(id)).collect();
            for p in &items {
                builder
                    .columns
                    .push(column(&p.id, &p.name, p.name_en.as_deref(), lang));
            }
            project_rows(&mut builder, data, &items, lang);
            let at: Vec<_> = items.iter().map(|p| Some((p.lon, p.lat))).collect();
            builder.distances(places, &at, lang);
        }
        Kind::Sites => {
            let items: Vec<&Site> = ids.iter().filter_map(|id| data.site(id)).collect();
            for s in &items {
                builder
                    .columns
                    .push(column(&s.id, &s.name, s.name_en.as_deref(), lang));
            }
            site_rows(&mut builder, data, &items, lang);
            let at: Vec<_> = items.iter().map(|s| s.anchor()).collect();
            builder.distances(places, &at, lang);
        }
    }
    Comparison {
        kind,
        columns: builder.columns,
        rows: builder.rows,
    }
}

fn project_rows(b: &mut Builder, data: &Dataset, items: &[&Project], lang: Lang) {
    let m = &data.manifest;
    let text = |value: &Option<String>| value.clone().map_or(Cell::Missing, Cell::Text);
    b.row(
        Field::Industry,
        None,
        items.iter().map(|p| Cell::Industry {
            label: m.industries[p.industry].label(lang).to_string(),
            color: m.industry_color(p.industry).to_string(),
        }),
    );
    b.row(
        Field::Status,
        None,
        items
            .iter()
            .map(|p| Cell::Text(m.statuses[p.status].label(lang).to_string())),
    );
    b.row(Field::Date, None, items.iter().map(|p| text(&p.date)));
    // Shown even when no item discloses one: it is what investors ask first.
    b.always(
        Field::Investment,
        Want::Most,
        items
            .iter()
            .map(|p| p.investment.map_or(Cell::Missing, Cell::Money)),
    );
    b.row(
        Field::Area,
        Some(Want::Most),
        items
            .iter()
            .map(|p| p.area_ha.map_or(Cell::Missing, Cell::Hectares)),
    );
    b.row(Field::Company, None, items.iter().map(|p| text(&p.company)));
    b.row(
        Field::District,
        None,
        items.iter().map(|p| match &p.district {
            Some(id) => Cell::District {
                name: data
                    .boundary(id)
                    .map_or(id.clone(), |d| d.label(lang).to_string()),
                derived: p.district_derived,
            },
            None => Cell::Outside,
        }),
    );
    b.row(
        Field::Location,
        None,
        items.iter().map(|p| Cell::Location {
            approximate: p.approximate,
            lon: p.lon,
            lat: p.lat,
        }),
    );
    b.row(
        Field::Description,
        None,
        items
            .iter()
            .map(|p| description(lang, &p.description, &p.description_en)),
    );
    b.row(
        Field::Contact,
        None,
        items
            .iter()
            .map(|p| contact(p.contact.as_deref().or(m.contact.as_ref()), None, lang)),
    );
    b.row(
        Field::Link,
        None,
        items
            .iter()
            .map(|p| p.url.clone().map_or(Cell::Missing, Cell::Link)),
    );
}

fn site_rows(b: &mut Builder, data: &Dataset, items: &[&Site], lang: Lang) {
    b.row(
        Field::Area,
        Some(Want::Most),
        items.iter().map(|s| Cell::Hectares(s.area_ha)),
    );
    b.row(
        Field::LandUse,
        None,
        items.iter().map(|s| Cell::LandUse(s.land_use)),
    );
    b.row(
        Field::Availability,
        None,
        items.iter().map(|s| Cell::Availability(s.availability)),
    );
    b.row(
        Field::PlotRatio,
        Some(Want::Most),
        items
            .iter()
            .map(|s| s.plot_ratio_max.map_or(Cell::Missing, Cell::Number)),
    );
    b.row(
        Field::Description,
        None,
        items
            .iter()
            .map(|s| description(lang, &s.description, &s.description_en)),
    );
    b.row(
        Field::Contact,
        None,
        items
            .iter()
            .map(|s| contact(data.manifest.contact.as_ref(), s.contact.as_deref(), lang)),
    );
    b.row(
        Field::Link,
        None,
        items
            .iter()
            .map(|s| s.url.clone().map_or(Cell::Missing, Cell::Link)),
    );
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

#[derive(Default)]
struct Builder {
    columns: Vec<Column>,
    rows: Vec<Row>,
}

impl Builder {
    /// A row, unless no item has a value in it.
    fn row(&mut self, field: Field, want: Option<Want>, cells: impl Iterator<Item = Cell>) {
        let cells: Vec<Cell> = cells.collect();
        if cells.iter().any(|c| *c != Cell::Missing) {
            self.push(field, want, cells);
        }
    }

    fn always(&mut self, field: Field, want: Want, cells: impl Iterator<Item = Cell>) {
        self.push(field, Some(want), cells.collect());
    }

    fn push(&mut self, field: Field, want: Option<Want>, cells: Vec<Cell>) {
        let standout = match want {
            Some(want) => standouts(&cells, want),
            None => vec![false; cells.len()],
        };
        let alike = cells.len() > 1 && cells.iter().all(|c| *c == cells[0]);
        self.rows.push(Row {
            field,
            cells,
            standout,
            alike,
        });
    }

    /// The distance rows: the nearest place of each kind (named in each
    /// cell, as it may differ by item), and every city centre; an item
    /// without a position has none.
    fn distances(&mut self, places: &[Place], at: &[Option<(f64, f64)>], lang: Lang) {
        let each: Vec<Vec<(&Place, f64)>> = at
            .iter()
            .map(|at| at.map_or(vec![], |(lon, lat)| distances_from(places, lon, lat)))
            .collect();
        // The rows in the order the first item with a position has them.
        let Some(first) = each.iter().find(|d| !d.is_empty()) else {
            return;
        };
        for (place, _) in first {
            let (field, cells): (Field, Vec<Cell>) = if place.kind == PlaceKind::City {
                let cells = each
                    .iter()
                    .map(|d| match d.iter().find(|(p, _)| p.id == place.id) {
                        Some((_, metres)) => Cell::Distance {
                            place: None,
                            metres: *metres,
                        },
                        None => Cell::Missing,
                    })
                    .collect();
                (Field::DistanceTo(place.label(lang).to_string()), cells)
            } else {
                let cells = each
                    .iter()
                    .map(|d| match d.iter().find(|(p, _)| p.kind == place.kind) {
                        Some((p, metres)) => Cell::Distance {
                            place: Some(p.label(lang).to_string()),
                            metres: *metres,
                        },
                        None => Cell::Missing,
                    })
                    .collect();
                (Field::Nearest(place.kind), cells)
            };
            self.row(field, Some(Want::Least), cells.into_iter());
        }
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
