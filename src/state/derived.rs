//! What follows from the state: the matching projects and sites, the live
//! counts, the per-industry summary and the markers on the map. Each is a
//! memo, recomputed once per change of what it reads.

use std::sync::Arc;

use imap_core::geo::projection::{WorldPoint, project};
use imap_core::geometry::cluster::{Item, Marker};
use imap_core::geometry::markers;
use imap_core::model::filter::{FacetCounts, Matcher, Summary};
use imap_core::model::sort::name_ranks;
use imap_i18n::Lang;
use leptos::prelude::*;

use super::Store;

#[derive(Clone, Copy)]
pub struct Derived {
    store: Store,
    /// Indices (into `Dataset::projects`) of the projects the filters let through.
    pub matching: Memo<Arc<Vec<usize>>>,
    /// Count and disclosed total of the matching projects per industry (for
    /// the header, the chart and the legend: one pass per filter change).
    pub by_industry: Memo<Arc<Vec<Summary>>>,
    /// What the map draws for the matching projects at the current zoom
    /// level: filtered first, then clustered (rebuilt on each change of either).
    pub markers: Memo<Arc<Vec<Marker>>>,
    /// Every project's world position (index as in `Dataset::projects`),
    /// projected once per data set.
    pub points: Memo<Arc<Vec<WorldPoint>>>,
    /// Where `late` makes its memos, so they live as long as these.
    owner: StoredValue<Owner>,
    late: StoredValue<Option<LateDerived>>,
}

/// What only some panels read (the filter panel, the list, the sites):
/// made when one first needs them, so a map nobody filters never builds
/// them.
#[derive(Clone, Copy)]
pub struct LateDerived {
    /// Indices (into `Dataset::sites`) of the sites shown.
    pub matching_sites: Memo<Arc<Vec<usize>>>,
    pub facets: Memo<FacetCounts>,
    /// Each project's rank by name in the visitor's language, as the
    /// browser collates it (computed when a list is first ordered by name).
    pub name_ranks: Memo<Arc<Vec<u32>>>,
}

impl Derived {
    pub fn new(store: Store) -> Derived {
        let matching = Memo::new(move |_| {
            let Some(data) = store.dataset() else {
                return Arc::new(Vec::new());
            };
            let matcher = store.filters.with(|f| Matcher::new(f, &data));
            let hits = data
                .projects
                .iter()
                .enumerate()
                .filter(|(_, p)| matcher.matches(p));
            Arc::new(hits.map(|(i, _)| i).collect())
        });
        let points = Memo::new(move |_| {
            let projected = store.dataset().map(|d| {
                let points = d.projects.iter().map(|p| project(p.lon, p.lat));
                points.collect::<Vec<_>>()
            });
            Arc::new(projected.unwrap_or_default())
        });
        let zoom_level = Memo::new(move |_| store.view.with(|v| v.map(|v| v.zoom.floor() as i32)));
        let deepest = Memo::new(move |_| {
            let max = store.max_zoom.get();
            store.view.with(|v| v.is_some_and(|v| v.zoom >= max - 1e-6))
        });
        let markers = Memo::new(move |_| {
            let (Some(data), Some(level)) = (store.dataset(), zoom_level.get()) else {
                return Arc::new(Vec::new());
            };
            let points = points.get();
            let selected = store
                .selection
                .with(|s| s.project().and_then(|id| data.project_position(id)));
            let item = |i: usize| Item {
                index: i,
                at: points[i],
                amount: data.projects[i].investment,
            };
            let deepest = deepest.get();
            Arc::new(markers::for_matches(
                &matching.get(),
                item,
                level,
                selected,
                deepest,
            ))
        });
        let by_industry = Memo::new(move |_| {
            let Some(data) = store.dataset() else {
                return Arc::new(Vec::new());
            };
            let matching = matching.get();
            let projects = matching.iter().map(|&i| &data.projects[i]);
            Arc::new(Summary::by_industry(
                projects,
                data.manifest.industries.len(),
            ))
        });
        Derived {
            store,
            matching,
            by_industry,
            markers,
            points,
            owner: StoredValue::new(Owner::current().unwrap_or_default()),
            late: StoredValue::new(None),
        }
    }

    /// The memos only later views read, made on the first call.
    pub fn late(&self) -> LateDerived {
        if let Some(late) = self.late.get_value() {
            return late;
        }
        let store = self.store;
        let late = self
            .owner
            .with_value(|owner| owner.with(|| LateDerived::new(store)));
        self.late.set_value(Some(late));
        late
    }

    /// Count and disclosed total of all matching projects.
    pub fn summary(&self) -> Summary {
        self.by_industry.with(|parts| Summary::total(parts))
    }
}

impl LateDerived {
    fn new(store: Store) -> LateDerived {
        let matching_sites = Memo::new(move |_| {
            let Some(data) = store.dataset() else {
                return Arc::new(Vec::new());
            };
            store.site_filters.with(|f| {
                let hits = data.sites.iter().enumerate().filter(|(_, s)| f.matches(s));
                Arc::new(hits.map(|(i, _)| i).collect())
            })
        });
        let facets = Memo::new(move |_| {
            store
                .dataset()
                .map(|data| store.filters.with(|f| FacetCounts::of(&data, f)))
                .unwrap_or_default()
        });
        let name_ranks = Memo::new(move |_| {
            let (Some(data), lang) = (store.dataset(), store.lang.get()) else {
                return Arc::new(Vec::new());
            };
            let locale = match lang {
                Lang::Zh => "zh-CN",
                Lang::En => "en",
            };
            Arc::new(name_ranks(&data.projects, lang, |names| {
                crate::dom::collate(names, locale)
            }))
        });
        LateDerived {
            matching_sites,
            facets,
            name_ranks,
        }
    }
}
