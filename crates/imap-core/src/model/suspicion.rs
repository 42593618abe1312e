//! What the app accepts but an editor most likely did not mean: a pin far
//! from the zone, two pins on one spot, an amount off by a unit, a colour
//! that vanishes on the map. Notes for `mapdata validate`, never errors;
//! `imap-i18n` words them.

use std::collections::HashMap;

use crate::geo::great_circle;
use crate::model::boundary::Role;
use crate::model::dataset::Dataset;
use crate::model::district::DistrictIndex;
use geo::{Closest, ClosestPoint, Contains, MultiPolygon, Point};

/// Farther than this outside the zone is more than a pin placed roughly.
pub const FAR_FROM_FOCUS_KM: f64 = 3.0;
/// Amounts are in 亿元: 1,000 亿元 is a large city's yearly investment, and
/// under 0.01 亿元 (1 million yuan) is usually 万元 typed as 亿元.
pub const LARGE_AMOUNT: f64 = 1000.0;
pub const SMALL_AMOUNT: f64 = 0.01;
/// The zone's land on the map: the stylesheet's `--imap-focus-fill`
/// (`style/01-base.css`; a test keeps the two equal).
pub const MAP_LAND: &str = "#fff6de";
/// Below this contrast with the land, a pin (hollow ones are a ring of the
/// colour) is hard to see.
pub const MIN_CONTRAST: f64 = 2.0;

#[derive(Clone, Debug, PartialEq)]
pub enum Suspicion {
    OutsideEveryBoundary,
    FarFromFocus { km: f64 },
    SameCoordinates { as_id: String },
    LargeAmount(f64),
    SmallAmount(f64),
    FutureDate(String),
    SameName { as_id: String },
    LightColour { color: String, contrast: f64 },
}

/// A suspicion about a project (by id) or, for colours, an industry (by id).
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    pub id: String,
    pub suspicion: Suspicion,
}

/// Every note on `data`, projects in file order, then industries; `today`
/// is `YYYY-MM-DD`.
pub fn check(data: &Dataset, today: &str) -> Vec<Note> {
    let districts = DistrictIndex::new(&data.boundaries);
    let focus: Vec<&MultiPolygon<f64>> = data
        .boundaries
        .iter()
        .filter(|b| b.role == Role::Focus)
        .map(|b| &b.shape)
        .collect();
    let mut notes = Vec::new();
    let mut at_position: HashMap<(i64, i64), &str> = HashMap::new();
    let mut by_name: HashMap<&str, &str> = HashMap::new();
    for p in &data.projects {
        let mut note = |suspicion| {
            notes.push(Note {
                id: p.id.clone(),
                suspicion,
            })
        };
        if !data.boundaries.is_empty() && districts.locate(p.lon, p.lat).is_none() {
            note(Suspicion::OutsideEveryBoundary);
        }
        if let Some(km) = km_outside(&focus, p.lon, p.lat).filter(|km| *km > FAR_FROM_FOCUS_KM) {
            note(Suspicion::FarFromFocus { km });
        }
        let position = ((p.lon * 1e6).round() as i64, (p.lat * 1e6).round() as i64);
        match at_position.get(&position) {
            Some(first) => note(Suspicion::SameCoordinates {
                as_id: first.to_string(),
            }),
            None => {
                at_position.insert(position, &p.id);
            }
        }
        match p.investment {
            Some(amount) if amount > LARGE_AMOUNT => note(Suspicion::LargeAmount(amount)),
            Some(amount) if amount < SMALL_AMOUNT => note(Suspicion::SmallAmount(amount)),
            _ => {}
        }
        if let Some(date) = p.date.as_deref().filter(|d| is_after(d, today)) {
            note(Suspicion::FutureDate(date.to_string()));
        }
        match by_name.get(p.name.trim()) {
            Some(first) => note(Suspicion::SameName {
                as_id: first.to_string(),
            }),
            None => {
                by_name.insert(p.name.trim(), &p.id);
            }
        }
    }
    let land = rgb(MAP_LAND).unwrap_or([1.0; 3]);
    for industry in &data.manifest.industries {
        let Some(color) = industry.color.as_deref() else {
            continue;
        };
        if let Some(contrast) = rgb(color)
            .map(|c| contrast(c, land))
            .filter(|contrast| *contrast < MIN_CONTRAST)
        {
            notes.push(Note {
                id: industry.id.clone(),
                suspicion: Suspicion::LightColour {
                    color: color.to_string(),
                    contrast,
                },
            });
        }
    }
    notes
}

/// How far outside the focus shapes a point is, in km; `None` inside one
/// or when there are none.
fn km_outside(focus: &[&MultiPolygon<f64>], lon: f64, lat: f64) -> Option<f64> {
    let point = Point::new(lon, lat);
    if focus.is_empty() || focus.iter().any(|shape| shape.contains(&point)) {
        return None;
    }
    focus
        .iter()
        .filter_map(|shape| match shape.closest_point(&point) {
            Closest::SinglePoint(p) | Closest::Intersection(p) => Some(p),
            Closest::Indeterminate => None,
        })
        .map(|nearest| great_circle::metres((lon, lat), (nearest.x(), nearest.y())) / 1000.0)
        .min_by(f64::total_cmp)
}

/// Whether a `YYYY[-MM[-DD]]` date is after `today`, compared at its own
/// precision (this year is not the future).
fn is_after(date: &str, today: &str) -> bool {
    today.get(..date.len()).is_some_and(|now| date > now)
}

/// `#rgb` or `#rrggbb` as linear-light red, green, blue.
fn rgb(color: &str) -> Option<[f64; 3]> {
    let hex = color.strip_prefix('#')?;
    let expanded: String = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect(),
        6 => hex.to_string(),
        _ => return None,
    };
    let channel = |i: usize| {
        u8::from_str_radix(expanded.get(i..i + 2)?, 16)
            .ok()
            .map(|v| {
                let s = f64::from(v) / 255.0;
                if s <= 0.04045 {
                    s / 12.92
                } else {
                    ((s + 0.055) / 1.055).powf(2.4)
                }
            })
    };
    Some([channel(0)?, channel(2)?, channel(4)?])
}

/// WCAG 2 contrast ratio of two linear-light colours.
fn contrast(a: [f64; 3], b: [f64; 3]) -> f64 {
    let luminance = |[r, g, b]: [f64; 3]| 0.2126 * r + 0.7152 * g + 0.0722 * b;
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}
