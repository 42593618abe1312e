//! The view as URL parameters (ui-contract.md): parsed on load, written back
//! on every change, so a link reopens exactly the same view.

pub mod data_path;

use crate::lang::Lang;
use crate::model::filter::Filters;
use crate::model::rules::is_valid_investment;
use crate::model::site::{Availability, LandUse, SiteFilters};
use crate::model::sort::Sort;

/// The sidebar's tabs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    #[default]
    Filters,
    List,
}

/// Map centre and zoom as carried by `view=lon,lat,zoom`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ViewParam {
    pub lon: f64,
    pub lat: f64,
    pub zoom: f64,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct UrlState {
    /// `None` when the link does not say: the page's default applies (Chinese,
    /// or the host element's `data-lang` when mounted).
    pub lang: Option<Lang>,
    pub filters: Filters,
    pub project: Option<String>,
    /// Extension: the selected site (`site=`).
    pub site: Option<String>,
    /// Extension: the sites layer's filters (`sites=0`, `site_use`,
    /// `site_status`, `site_min`, `site_max`).
    pub sites: SiteFilters,
    /// Extension: the places layer hidden (`places=0`).
    pub hide_places: bool,
    /// Extension: the list's order (`sort=investment-desc`).
    pub sort: Option<Sort>,
    /// Extension: the sidebar's open tab (`tab=list`; filters when absent).
    pub tab: Tab,
    pub view: Option<ViewParam>,
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
        for (k, v) in form_urlencoded::parse(query.as_bytes()) {
            let f = &mut state.filters;
            match k.as_ref() {
                "lang" => state.lang = Lang::from_code(&v),
                "industry" => f.industries = Some(id_list(&v)),
                "status" => f.statuses = Some(id_list(&v)),
                // Empty: no district chosen, as the select shows it.
                "district" => f.districts = Some(id_list(&v)).filter(|d| !d.is_empty()),
                "min" => f.min = amount(&v).filter(|n| is_valid_investment(*n)),
                "max" => f.max = amount(&v).filter(|n| is_valid_investment(*n)),
                "q" => f.query = v.into_owned(),
                "project" => state.project = Some(v.into_owned()).filter(|s| !s.is_empty()),
                "site" => state.site = Some(v.into_owned()).filter(|s| !s.is_empty()),
                "sites" => state.sites.shown = v != "0",
                "places" => state.hide_places = v == "0",
                "site_use" => {
                    state.sites.land_uses = Some(
                        id_list(&v)
                            .iter()
                            .filter_map(|c| LandUse::from_code(c))
                            .collect(),
                    )
                }
                "site_status" => {
                    state.sites.availabilities = Some(
                        id_list(&v)
                            .iter()
                            .filter_map(|c| Availability::from_code(c))
                            .collect(),
                    )
                }
                "site_min" => state.sites.min_ha = amount(&v).filter(|n| *n <= MAX_SITE_HA),
                "site_max" => state.sites.max_ha = amount(&v).filter(|n| *n <= MAX_SITE_HA),
                "sort" => state.sort = Sort::parse(&v),
                "tab" => state.tab = if v == "list" { Tab::List } else { Tab::Filters },
                "view" => state.view = view(&v),
                "embed" => state.embed = v == "1" || v == "true",
                "data" => state.data = Some(v.into_owned()).filter(|s| !s.is_empty()),
                _ => state.other.push((k.into_owned(), v.into_owned())),
            }
        }
        // A range given the wrong way round (min=20&max=1) means 1–20.
        ordered(&mut state.filters.min, &mut state.filters.max);
        ordered(&mut state.sites.min_ha, &mut state.sites.max_ha);
        state
    }

    /// The query string without `?`, parameters in a fixed order, defaults left out.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let Some(lang) = self.lang {
            pairs.push(("lang", lang.code().to_string()));
        }
        if let Some(data) = &self.data {
            pairs.push(("data", data.clone()));
        }
        if self.embed {
            pairs.push(("embed", "1".to_string()));
        }
        let f = &self.filters;
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
        if let Some(sort) = self.sort {
            pairs.push(("sort", sort.code()));
        }
        if self.tab == Tab::List {
            pairs.push(("tab", "list".to_string()));
        }
        if self.hide_places {
            pairs.push(("places", "0".to_string()));
        }
        let s = &self.sites;
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
        if let Some(id) = &self.project {
            pairs.push(("project", id.clone()));
        }
        if let Some(id) = &self.site {
            pairs.push(("site", id.clone()));
        }
        if let Some(v) = self.view {
            pairs.push(("view", format!("{:.5},{:.5},{:.2}", v.lon, v.lat, v.zoom)));
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
    v.trim()
        .parse::<f64>()
        .ok()
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
        .map(|p| p.trim().parse::<f64>())
        .collect::<Result<_, _>>()
        .ok()?;
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

/// Whether a page's fragment (`#top`, `#data=…&lang=en`) is a host page's
/// anchor rather than the map's parameters: something, and no `=` in it.
/// Mounted in a host page, the map keeps its state in the fragment and
/// leaves an anchor alone.
pub fn is_host_anchor(hash: &str) -> bool {
    let fragment = hash.trim_start_matches('#');
    !fragment.is_empty() && !fragment.contains('=')
}
