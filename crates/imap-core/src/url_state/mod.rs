//! The view as URL parameters (ui-contract.md): parsed on load, written back
//! on every change, so a link reopens exactly the same view.

pub mod data_path;
pub mod qr;

use crate::choices::{Choices, Selection, Tab, ViewParam};
use crate::decimal::padded;
use crate::lang::Lang;
use crate::model::rules::is_valid_investment;
use crate::model::site::{Availability, LandUse};
use crate::model::sort::Sort;
use crate::shortlist::{Kind, Shortlist};

/// A link: the visitor's choices, and what the page was opened with.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UrlState {
    pub choices: Choices,
    pub embed: bool,
    pub data: Option<String>,
    /// Parameters that are not ours, kept in place so the app never drops them.
    pub other: Vec<(String, String)>,
}

impl UrlState {
    /// Reads a query string (with or without the leading `?`). Malformed
    /// values are ignored, never an error.
    pub fn parse(query: &str) -> UrlState {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut state = UrlState::default();
        let (mut compared, mut sites_compared, mut compare_view) = (vec![], vec![], None);
        for (k, v) in form_urlencoded::parse(query.as_bytes()) {
            let c = &mut state.choices;
            let f = &mut c.filters;
            match k.as_ref() {
                "lang" => c.lang = Lang::from_code(&v),
                "industry" => f.industries = Some(id_list(&v)),
                "status" => f.statuses = Some(id_list(&v)),
                // Empty: no district chosen, as the select shows it.
                "district" => f.districts = Some(id_list(&v)).filter(|d| !d.is_empty()),
                "min" => f.min = amount(&v).filter(|n| is_valid_investment(*n)),
                "max" => f.max = amount(&v).filter(|n| is_valid_investment(*n)),
                "q" => f.query = v.into_owned(),
                "years" => f.set_years(years(&v)),
                // A project wins over a site, wherever each stands.
                "project" if !v.is_empty() => c.selection = Selection::Project(v.into_owned()),
                "site" if !v.is_empty() && c.selection.project().is_none() => {
                    c.selection = Selection::Site(v.into_owned())
                }
                "project" | "site" => {}
                "sites" => c.sites.shown = v != "0",
                "places" => c.places_shown = v != "0",
                "site_use" => {
                    c.sites.land_uses = Some(
                        id_list(&v)
                            .iter()
                            .filter_map(|c| LandUse::from_code(c))
                            .collect(),
                    )
                }
                "site_status" => {
                    c.sites.availabilities = Some(
                        id_list(&v)
                            .iter()
                            .filter_map(|c| Availability::from_code(c))
                            .collect(),
                    )
                }
                "site_min" => c.sites.min_ha = amount(&v).filter(|n| *n <= MAX_SITE_HA),
                "site_max" => c.sites.max_ha = amount(&v).filter(|n| *n <= MAX_SITE_HA),
                "compare" => compared = id_list(&v),
                "site_compare" => sites_compared = id_list(&v),
                "compare_view" => compare_view = shown_comparison(&v),
                "sort" => c.sort = Sort::parse(&v).unwrap_or_default(),
                "tab" => c.tab = if v == "list" { Tab::List } else { Tab::Filters },
                "view" => c.view = view(&v),
                "embed" => state.embed = v == "1" || v == "true",
                "data" => state.data = Some(v.into_owned()).filter(|s| !s.is_empty()),
                _ => state.other.push((k.into_owned(), v.into_owned())),
            }
        }
        // A range given the wrong way round (min=20&max=1) means 1–20.
        let c = &mut state.choices;
        c.shortlist = Shortlist::opened(&compared, &sites_compared, compare_view);
        // One panel over the map: a comparison the link opens wins over a detail.
        if c.shortlist.shown().is_some() {
            c.deselect();
        }
        ordered(&mut c.filters.min, &mut c.filters.max);
        ordered(&mut c.sites.min_ha, &mut c.sites.max_ha);
        state
    }

    /// The query string without `?`, parameters in a fixed order, defaults left out.
    pub fn to_query(&self) -> String {
        let c = &self.choices;
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let Some(lang) = c.lang {
            pairs.push(("lang", lang.code().to_string()));
        }
        if let Some(data) = &self.data {
            pairs.push(("data", data.clone()));
        }
        if self.embed {
            pairs.push(("embed", "1".to_string()));
        }
        let f = &c.filters;
        for (name, list) in [
            ("industry", &f.industries),
            ("status", &f.statuses),
            ("district", &f.districts),
        ] {
            if let Some(ids) = list {
                pairs.push((name, ids.join(",")));
            }
        }
        for (name, bound) in [("min", f.min), ("max", f.max)] {
            if let Some(v) = bound {
                pairs.push((name, crate::model::money::exact_number(v)));
            }
        }
        if !f.query.is_empty() {
            pairs.push(("q", f.query.clone()));
        }
        match f.years {
            Some((from, to)) if from == to => pairs.push(("years", from.to_string())),
            Some((from, to)) => pairs.push(("years", format!("{from}-{to}"))),
            None => {}
        }
        if c.sort != Sort::default() {
            pairs.push(("sort", c.sort.code()));
        }
        if c.tab == Tab::List {
            pairs.push(("tab", "list".to_string()));
        }
        if !c.places_shown {
            pairs.push(("places", "0".to_string()));
        }
        let s = &c.sites;
        if !s.shown {
            pairs.push(("sites", "0".to_string()));
        }
        if let Some(uses) = &s.land_uses {
            pairs.push(("site_use", codes(uses.iter().map(|u| u.code()))));
        }
        if let Some(states) = &s.availabilities {
            pairs.push(("site_status", codes(states.iter().map(|a| a.code()))));
        }
        for (name, bound) in [("site_min", s.min_ha), ("site_max", s.max_ha)] {
            if let Some(v) = bound {
                pairs.push((name, crate::model::money::exact_number(v)));
            }
        }
        let list = &c.shortlist;
        for (name, kind) in [("compare", Kind::Projects), ("site_compare", Kind::Sites)] {
            if !list.ids(kind).is_empty() {
                pairs.push((name, list.ids(kind).join(",")));
            }
        }
        if list.shown() != list.opened_shown() {
            let view = match list.shown() {
                Some(Kind::Projects) => "projects",
                Some(Kind::Sites) => "sites",
                None => "0",
            };
            pairs.push(("compare_view", view.to_string()));
        }
        match &c.selection {
            Selection::Project(id) => pairs.push(("project", id.clone())),
            Selection::Site(id) => pairs.push(("site", id.clone())),
            Selection::None => {}
        }
        if let Some(v) = c.view {
            pairs.push((
                "view",
                format!(
                    "{},{},{}",
                    padded(v.lon, 5),
                    padded(v.lat, 5),
                    padded(v.zoom, 2)
                ),
            ));
        }
        let mut out = String::new();
        for (k, v) in pairs
            .iter()
            .map(|(k, v)| (*k, v.as_str()))
            .chain(self.other.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        {
            if !out.is_empty() {
                out.push('&');
            }
            out.push_str(&encode(k));
            out.push('=');
            out.push_str(&encode(v));
        }
        out
    }
}

/// Extension `compare_view`: the comparison a link opens where it is not
/// the first non-empty one (`projects`, `sites`), or none (`0`).
fn shown_comparison(text: &str) -> Option<Option<Kind>> {
    match text {
        "projects" => Some(Some(Kind::Projects)),
        "sites" => Some(Some(Kind::Sites)),
        "0" => Some(None),
        _ => None,
    }
}

/// `2019-2021` (either way round) or `2021`: four-digit years.
fn years(text: &str) -> Option<(u16, u16)> {
    let year = |y: &str| {
        (y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
            .then(|| y.parse().ok())
            .flatten()
    };
    match text.split_once('-') {
        Some((from, to)) => Some((year(from)?, year(to)?)),
        None => year(text).map(|y| (y, y)),
    }
}

/// Form encoding, but with `,` and `/` (legal in a query) left readable.
fn encode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes())
        .collect::<String>()
        .replace("%2C", ",")
        .replace("%2F", "/")
}

fn codes<'a>(codes: impl Iterator<Item = &'a str>) -> String {
    codes.collect::<Vec<_>>().join(",")
}

fn id_list(v: &str) -> Vec<String> {
    v.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn ordered(low: &mut Option<f64>, high: &mut Option<f64>) {
    if let (Some(l), Some(h)) = (*low, *high)
        && l > h
    {
        std::mem::swap(low, high);
    }
}

/// A bound in a link: a finite, non-negative number, read exactly (a link
/// reopens the same filter), but below a millionth (100 yuan, 0.01 m²) it is
/// zero, so that it is written back short: `4.9e-324` would otherwise come
/// back with 323 zeros.
fn amount(v: &str) -> Option<f64> {
    crate::decimal::parse(v)
        .filter(|n| n.is_finite() && *n >= 0.0)
        .map(|n| if n < 1e-6 { 0.0 } else { n })
}

/// The largest site area a link may ask for, in hectares: 10,000 km², more
/// than the whole city of Jiangmen; `site_max=1e308` is ignored instead of
/// coming back as a 309-digit number.
pub const MAX_SITE_HA: f64 = 1_000_000.0;

fn view(v: &str) -> Option<ViewParam> {
    let parts: Vec<f64> = v
        .split(',')
        .map(crate::decimal::parse)
        .collect::<Option<_>>()?;
    match parts.as_slice() {
        [lon, lat, zoom]
            if parts.iter().all(|n| n.is_finite())
                && (-180.0..=180.0).contains(lon)
                && (-90.0..=90.0).contains(lat) =>
        {
            Some(ViewParam {
                lon: *lon,
                lat: *lat,
                zoom: *zoom,
            })
        }
        _ => None,
    }
}

/// Where the map's parameters live in a page's address (ui-contract.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Location {
    /// `?industry=…`: the full page owns its query string.
    Query,
    /// `#industry=…`: mounted, the host page owns the query string.
    Fragment,
}

impl Location {
    /// The map's parameters (without `?` or `#`) in an address whose query
    /// string is `search` and fragment `hash` (each with its sign, or
    /// empty); a host page's own anchor holds none.
    pub fn params(self, search: &str, hash: &str) -> String {
        let text = match self {
            Location::Query => search,
            Location::Fragment if is_host_anchor(hash) => "",
            Location::Fragment => hash,
        };
        text.trim_start_matches(['?', '#']).to_string()
    }

    /// The address from `path` onwards with `params` where this location
    /// keeps them, and the rest of it (`search`, `hash`) as it was.
    pub fn address(self, path: &str, search: &str, hash: &str, params: &str) -> String {
        match (self, params) {
            (Location::Query, "") => format!("{path}{hash}"),
            (Location::Query, _) => format!("{path}?{params}{hash}"),
            (Location::Fragment, "") => format!("{path}{search}"),
            (Location::Fragment, _) => format!("{path}{search}#{params}"),
        }
    }
}

/// Whether a page's fragment (`#top`, `#data=…&lang=en`) is a host page's
/// anchor rather than the map's parameters: something, and no `=` in it.
/// Mounted in a host page, the map keeps its state in the fragment and
/// leaves an anchor alone.
pub fn is_host_anchor(hash: &str) -> bool {
    let fragment = hash.trim_start_matches('#');
    !fragment.is_empty() && !fragment.contains('=')
}
