//! Places that give the zone its context (the manifest's `places`):
//! airports, ports, railway stations, city centres. Shown as small
//! symbols; a project's or site's detail gives straight-line distances.

use crate::geo::great_circle;
use crate::lang::Lang;

use super::feature_collection::Feature;
use super::late_layer::{Budget, LateLayer};
use super::problems::{FileError, Reason};
use crate::model::rules::{DESCRIPTION_MAX_CHARS, NAME_MAX_CHARS};
use crate::order::sorted;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlaceKind {
    Airport,
    Port,
    Rail,
    City,
    Other,
}

impl PlaceKind {
    pub const ALL: [PlaceKind; 5] = [
        PlaceKind::Airport,
        PlaceKind::Port,
        PlaceKind::Rail,
        PlaceKind::City,
        PlaceKind::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            PlaceKind::Airport => "airport",
            PlaceKind::Port => "port",
            PlaceKind::Rail => "rail",
            PlaceKind::City => "city",
            PlaceKind::Other => "other",
        }
    }

    fn from_code(s: &str) -> Option<PlaceKind> {
        PlaceKind::ALL.into_iter().find(|k| k.code() == s)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub id: String,
    pub name: String,
    pub name_en: Option<String>,
    pub kind: PlaceKind,
    pub lon: f64,
    pub lat: f64,
    /// Where the position comes from.
    pub source: String,
}

impl Place {
    pub fn label(&self, lang: Lang) -> &str {
        lang.pick(&self.name, self.name_en.as_deref())
    }
}

/// The most places drawn: far more than a zone has airports, ports,
/// stations and cities, far fewer than would slow a phone.
pub const MAX_PLACES: usize = 2_000;

const BUDGET: Budget<Place> = Budget {
    weight: |_| 1,
    total: MAX_PLACES,
};

/// The places file: its places, and what was skipped.
pub fn load(file: &str, text: Result<String, FileError>) -> LateLayer<Place> {
    LateLayer::load(file, text, BUDGET, build)
}

/// `load`, awaiting `pause` between steps.
pub async fn load_in_steps<F: std::future::Future<Output = ()>>(
    file: &str,
    text: Result<String, FileError>,
    pause: impl FnMut() -> F,
) -> LateLayer<Place> {
    LateLayer::load_in_steps(file, text, BUDGET, build, pause).await
}

/// Straight-line distances from (`lon`, `lat`), in metres: to the nearest
/// place of each kind, and to every city centre; airports, ports, stations,
/// cities, others, nearest first within each (great-circle distance, within
/// 0.5 % of the geodesic, which would add 7.3 KB gzip to the wasm).
pub fn distances_from(places: &[Place], lon: f64, lat: f64) -> Vec<(&Place, f64)> {
    let all: Vec<(&Place, f64)> = places
        .iter()
        .map(|p| (p, great_circle::metres((lon, lat), (p.lon, p.lat))))
        .collect();
    let all = sorted(all, &|a, b| {
        a.0.kind.cmp(&b.0.kind).then(a.1.total_cmp(&b.1))
    });
    let mut kept: Vec<(&Place, f64)> = Vec::new();
    for (place, metres) in all {
        let first_of_kind = kept.last().is_none_or(|(p, _)| p.kind != place.kind);
        if place.kind == PlaceKind::City || first_of_kind {
            kept.push((place, metres));
        }
    }
    kept
}

/// A distance as it is shown: to the metre below 1 km, to 100 m below
/// 10 km, to the kilometre beyond; two distances shown alike compare alike.
pub fn shown_metres(metres: f64) -> f64 {
    let step = match metres {
        m if m < 1_000.0 => 1.0,
        m if m < 10_000.0 => 100.0,
        _ => 1_000.0,
    };
    (metres / step).round() * step
}

fn build(feature: &Feature, id: String, warnings: &mut Vec<Reason>) -> Result<Place, Reason> {
    let props = &feature.props;
    let (lon, lat) = feature.point()?;
    let kind = props.required_text("kind")?;
    let kind = PlaceKind::from_code(&kind).ok_or_else(|| Reason::InvalidChoice {
        property: "kind",
        value: kind.to_string(),
    })?;
    Ok(Place {
        name: props.required_shown_text("name", NAME_MAX_CHARS, warnings)?,
        name_en: props.shown_text("name_en", NAME_MAX_CHARS, warnings)?,
        source: props.required_shown_text("source", DESCRIPTION_MAX_CHARS, warnings)?,
        kind,
        lon,
        lat,
        id,
    })
}
