//! The one place that owns app state, and keeps the URL in step with it.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use crate::dom;
use imap_core::geometry::cluster::{self, Item, Marker};
use imap_core::geometry::projection::{WorldPoint, project};
use imap_core::geometry::viewport::{Insets, Viewport};
use imap_core::model::dataset::{Dataset, Progress};
use imap_core::model::filter::{FacetCounts, Filters, Matcher, Summary};
use imap_core::model::problems::FileError;
use imap_core::model::site::SiteFilters;
use imap_core::model::sort::Sort;
use imap_core::url_state::{UrlState, ViewParam};
use imap_i18n::Lang;

/// From this app width the sidebar sits beside the map instead of floating
/// over it (the same breakpoint as the container queries in style/main.css).
pub const DOCKED_WIDTH: f64 = 900.0;
/// Below this app width the detail panel is a bottom sheet (style/main.css).
const PHONE_WIDTH: f64 = 640.0;
/// The URL follows the view only once it has been still this long, so a
/// drag does not flood the browser's history API.
const URL_VIEW_DELAY: Duration = Duration::from_millis(250);
/// Pins closer than this (CSS pixels) merge into a cluster badge…
const CLUSTER_RADIUS: f64 = 50.0;
/// …until this zoom level, past which every pin stands alone…
const CLUSTER_MAX_ZOOM: f64 = 16.0;
/// …and never when this few projects match: then every pin is drawn.
const CLUSTER_FEW: usize = 30;

#[derive(Clone)]
pub enum Load {
    Loading,
    Ready(Arc<Dataset>),
    /// The manifest itself could not be used: nothing to draw.
    Failed(FileError),
}

#[derive(Clone, Copy)]
pub struct Store {
    pub lang: RwSignal<Lang>,
    pub filters: RwSignal<Filters>,
    pub site_filters: RwSignal<SiteFilters>,
    pub sort: RwSignal<Sort>,
    /// The selected project (detail open) and the selected site; at most one is set.
    pub selected: RwSignal<Option<String>>,
    pub selected_site: RwSignal<Option<String>>,
    /// The project under the pointer or keyboard focus, on the map or in the list.
    pub hovered: RwSignal<Option<String>>,
    /// `None` until the data and the map's size are known.
    pub view: RwSignal<Option<Viewport>>,
    /// Size of the map element, and of the whole app (which sets the layout).
    pub size: RwSignal<(f64, f64)>,
    pub app_size: RwSignal<(f64, f64)>,
    pub load: RwSignal<Load>,
    /// How far reading the projects has come, while loading.
    pub progress: RwSignal<Option<Progress>>,
    /// Indices (into `Dataset::projects`) of the projects the filters let through.
    pub matching: Memo<Arc<Vec<usize>>>,
    /// Indices (into `Dataset::sites`) of the sites shown.
    pub matching_sites: Memo<Arc<Vec<usize>>>,
    pub facets: Memo<FacetCounts>,
    /// Count and disclosed total of the matching projects per industry (for
    /// the header, the chart and the legend: one pass per filter change).
    pub by_industry: Memo<Arc<Vec<Summary>>>,
    /// What the map draws for the matching projects at the current zoom
    /// level: filtered first, then clustered (rebuilt on each change of either).
    pub markers: Memo<Arc<Vec<Marker>>>,
    /// The URL as opened: what the UI does not change (data, embed, foreign
    /// parameters) is written back as it was.
    opened: StoredValue<UrlState>,
    /// The query the URL is about to get (written after the next paint, or
    /// once the view has been still); `None` when the URL is up to date.
    pending_query: StoredValue<Option<String>>,
}

impl Store {
    pub fn from_url() -> Store {
        let opened = UrlState::parse(&window().location().search().unwrap_or_default());
        let load = RwSignal::new(Load::Loading);
        let filters = RwSignal::new(opened.filters.clone());
        let site_filters = RwSignal::new(opened.sites.clone());
        let ready = move || match load.get() {
            Load::Ready(data) => Some(data),
            _ => None,
        };
        let matching = Memo::new(move |_| {
            let Some(data) = ready() else {
                return Arc::new(Vec::new());
            };
            let matcher = filters.with(|f| Matcher::new(f, &data));
            let hits = data
                .projects
                .iter()
                .enumerate()
                .filter(|(_, p)| matcher.matches(p));
            Arc::new(hits.map(|(i, _)| i).collect())
        });
        let matching_sites = Memo::new(move |_| {
            let Some(data) = ready() else {
                return Arc::new(Vec::new());
            };
            site_filters.with(|f| {
                let hits = data.sites.iter().enumerate().filter(|(_, s)| f.matches(s));
                Arc::new(hits.map(|(i, _)| i).collect())
            })
        });
        let view: RwSignal<Option<Viewport>> = RwSignal::new(None);
        let selected: RwSignal<Option<String>> = RwSignal::new(opened.project.clone());
        // World positions, projected once per data set.
        let points = Memo::new(move |_| {
            Arc::new(
                ready()
                    .map(|d| {
                        d.projects
                            .iter()
                            .map(|p| project(p.lon, p.lat))
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default(),
            )
        });
        let zoom_level = Memo::new(move |_| view.with(|v| v.map(|v| v.zoom.floor() as i32)));
        let markers = Memo::new(move |_| {
            let (Some(data), Some(level)) = (ready(), zoom_level.get()) else {
                return Arc::new(Vec::new());
            };
            let matching = matching.get();
            let points = points.get();
            // The selected project is always its own pin, never hidden in a badge.
            let chosen = selected.with(|s| {
                s.as_ref()
                    .and_then(|id| data.projects.iter().position(|p| &p.id == id))
            });
            let items = matching
                .iter()
                .filter(|&&i| Some(i) != chosen)
                .map(|&i| Item {
                    index: i,
                    at: points[i],
                    amount: data.projects[i].investment,
                });
            let max_zoom = if matching.len() <= CLUSTER_FEW {
                f64::NEG_INFINITY
            } else {
                CLUSTER_MAX_ZOOM
            };
            let mut markers = cluster::cluster(items, f64::from(level), CLUSTER_RADIUS, max_zoom);
            if let Some(i) = chosen.filter(|i| matching.contains(i)) {
                markers.push(Marker::Single {
                    index: i,
                    at: points[i],
                });
            }
            Arc::new(markers)
        });
        let by_industry = Memo::new(move |_| {
            let Some(data) = ready() else {
                return Arc::new(Vec::new());
            };
            let matching = matching.get();
            let projects = matching.iter().map(|&i| &data.projects[i]);
            Arc::new(Summary::by_industry(
                projects,
                data.manifest.industries.len(),
            ))
        });
        let facets = Memo::new(move |_| {
            ready()
                .map(|data| filters.with(|f| FacetCounts::of(&data, f)))
                .unwrap_or_default()
        });
        Store {
            lang: RwSignal::new(opened.lang),
            filters,
            site_filters,
            sort: RwSignal::new(opened.sort.unwrap_or_default()),
            selected,
            selected_site: RwSignal::new(opened.site.clone().filter(|_| opened.project.is_none())),
            hovered: RwSignal::new(None),
            view,
            size: RwSignal::new((0.0, 0.0)),
            app_size: RwSignal::new((0.0, 0.0)),
            load,
            progress: RwSignal::new(None),
            matching,
            matching_sites,
            facets,
            by_industry,
            markers,
            opened: StoredValue::new(opened),
            pending_query: StoredValue::new(None),
        }
    }

    pub fn data_param(&self) -> Option<String> {
        self.opened.with_value(|u| u.data.clone())
    }

    pub fn dataset(&self) -> Option<Arc<Dataset>> {
        match self.load.get() {
            Load::Ready(d) => Some(d),
            _ => None,
        }
    }

    pub fn dataset_untracked(&self) -> Option<Arc<Dataset>> {
        match self.load.get_untracked() {
            Load::Ready(d) => Some(d),
            _ => None,
        }
    }

    /// Count and disclosed total of all matching projects.
    pub fn summary(&self) -> Summary {
        self.by_industry.with(|parts| Summary::total(parts))
    }

    /// Whether the sidebar sits beside the map (else it floats and folds).
    pub fn docked(&self) -> bool {
        self.app_size.get().0 >= DOCKED_WIDTH
    }

    fn phone(&self) -> bool {
        self.app_size.get_untracked().0 < PHONE_WIDTH
    }

    /// The view that fits the zone into the current size.
    pub fn home_view(&self) -> Option<Viewport> {
        let (w, h) = self.size.get_untracked();
        let data = self.dataset_untracked()?;
        let extent = data.home_extent()?;
        let insets = if self.app_size.get_untracked().0 >= DOCKED_WIDTH {
            Insets {
                top: 40.0,
                right: 70.0,
                bottom: 40.0,
                left: 40.0,
            }
        } else {
            // Room for the folded sidebar on top and the legend below.
            Insets {
                top: 150.0,
                right: 16.0,
                bottom: 70.0,
                left: 16.0,
            }
        };
        Some(Viewport::fit(extent, w, h, insets))
    }

    /// Sets the first view once data and size are known: the URL's `view`,
    /// else the zone, centred on the selected project when there is one.
    pub fn init_view(self) {
        Effect::new(move |_| {
            let (w, h) = self.size.get();
            if w <= 0.0 || h <= 0.0 || self.dataset().is_none() {
                return;
            }
            if let Some(v) = self.view.get_untracked() {
                self.view.set(Some(v.resized(w, h)));
                return;
            }
            let from_url = self.opened.with_value(|u| u.view);
            let view = match from_url {
                Some(ViewParam { lon, lat, zoom }) => {
                    Some(Viewport::from_lon_lat(lon, lat, zoom, w, h))
                }
                None => self.home_view().map(|home| match self.selected_point() {
                    Some(p) => self.centre_for_detail(home, p),
                    None => home,
                }),
            };
            self.view.set(view);
        });
    }

    fn selected_point(&self) -> Option<WorldPoint> {
        let data = self.dataset_untracked()?;
        if let Some(id) = self.selected.get_untracked() {
            return data.project(&id).map(|p| project(p.lon, p.lat));
        }
        let id = self.selected_site.get_untracked()?;
        let (lon, lat) = data.site(&id)?.anchor()?;
        Some(project(lon, lat))
    }

    pub fn select(&self, id: Option<String>) {
        if id.is_some() {
            self.selected_site.set(None);
        }
        self.selected.set(id);
    }

    pub fn select_site(&self, id: Option<String>) {
        if id.is_some() {
            self.selected.set(None);
        }
        self.selected_site.set(id);
    }

    /// Selects a project and brings its pin into the middle of the map, as
    /// when it is picked from the list.
    pub fn select_and_show(&self, id: String) {
        self.select(Some(id));
        if let (Some(view), Some(p)) = (self.view.get_untracked(), self.selected_point()) {
            self.view.set(Some(self.centre_for_detail(view, p)));
        }
    }

    /// Centres `p`, or on phones puts it in the band above the detail sheet
    /// (which covers the lower half), below the header.
    fn centre_for_detail(&self, view: Viewport, p: WorldPoint) -> Viewport {
        let shift = if self.phone() {
            -0.14 * view.height
        } else {
            0.0
        };
        view.centered_on(p).panned(0.0, shift)
    }

    /// A hovered pin may be filtered away; its tooltip and highlight go with it.
    pub fn drop_hover_on_filter(self) {
        Effect::new(move |_| {
            self.matching.track();
            self.hovered.set(None);
        });
    }

    pub fn clear_filters(&self) {
        self.filters.set(Filters::default());
        self.site_filters.set(SiteFilters::default());
    }

    /// Keeps the query string equal to the state, with `history.replaceState`:
    /// just after the next paint for filters and selection, after a pause
    /// for the moving view.
    pub fn sync_url(self) {
        let latest = StoredValue::new(0u64);
        let queued = StoredValue::new(None::<UrlState>);
        Effect::new(move |_| {
            let mut url = self.opened.get_value();
            let loaded = self.dataset();
            url.lang = self.lang.get();
            url.filters = self.filters.get();
            url.sites = self.site_filters.get();
            url.sort = Some(self.sort.get()).filter(|s| *s != Sort::default());
            // An id the data does not know is dropped from the link once loaded.
            url.project = self
                .selected
                .get()
                .filter(|id| loaded.as_ref().is_none_or(|d| d.project(id).is_some()));
            url.site = self
                .selected_site
                .get()
                .filter(|id| loaded.as_ref().is_none_or(|d| d.site(id).is_some()));
            // Until the first view is set, the opened `view=` stays in the link.
            if let Some(v) = self.view.get() {
                let (lon, lat) = v.center_lon_lat();
                url.view = Some(ViewParam {
                    lon,
                    lat,
                    zoom: v.zoom,
                });
            }
            // Nothing new (a control set to the value it had): a write still
            // pending for the last change must not be put off.
            if queued.with_value(|q| q.as_ref() == Some(&url)) {
                return;
            }
            let only_view_moved = queued.with_value(|q| {
                q.as_ref().is_some_and(|q| {
                    UrlState {
                        view: url.view,
                        ..q.clone()
                    } == url
                })
            });
            self.pending_query.set_value(Some(url.to_query()));
            queued.set_value(Some(url));
            // The History API costs Chromium about 4 ms (README), so filters
            // and selection reach the URL just after the frame that shows
            // them, and a moving view only once it has been still a moment.
            // A newer state cancels a pending older one.
            let generation = latest.get_value() + 1;
            latest.set_value(generation);
            let write = move || {
                if latest.get_value() == generation {
                    self.flush_url();
                }
            };
            if only_view_moved {
                set_timeout(write, URL_VIEW_DELAY);
            } else {
                dom::after_next_paint(write);
            }
        });
    }

    /// Writes a pending URL change now (before the address is read).
    pub fn flush_url(self) {
        if let Some(query) = self.pending_query.try_update_value(Option::take).flatten() {
            replace_query(&query);
        }
    }
}

fn replace_query(query: &str) {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
