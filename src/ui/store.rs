//! The one place that owns app state, and keeps the URL in step with it.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use crate::geometry::projection::project;
use crate::geometry::viewport::{Insets, Viewport};
use crate::i18n::Lang;
use crate::model::dataset::Dataset;
use crate::model::filter::{Filters, Matcher, Summary};
use crate::model::problems::FileError;
use crate::url_state::{UrlState, ViewParam};

/// Below this width the header spans the top of the map (see style/main.css).
const NARROW: f64 = 640.0;
/// The URL follows the view only once it has been still this long, so a
/// drag does not flood the browser's history API.
const URL_VIEW_DELAY: Duration = Duration::from_millis(250);

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
    pub selected: RwSignal<Option<String>>,
    pub hovered: RwSignal<Option<String>>,
    /// `None` until the data and the map's size are known.
    pub view: RwSignal<Option<Viewport>>,
    pub size: RwSignal<(f64, f64)>,
    pub load: RwSignal<Load>,
    /// Indices (into `Dataset::projects`) of the projects the filters let through.
    pub matching: Memo<Arc<Vec<usize>>>,
    /// The URL as opened: what the UI does not change (data, embed, foreign
    /// parameters) is written back as it was.
    opened: StoredValue<UrlState>,
}

impl Store {
    pub fn from_url() -> Store {
        let opened = UrlState::parse(&window().location().search().unwrap_or_default());
        let load = RwSignal::new(Load::Loading);
        let filters = RwSignal::new(opened.filters.clone());
        let matching = Memo::new(move |_| {
            let Load::Ready(data) = load.get() else {
                return Arc::new(Vec::new());
            };
            let matcher = filters.with(|f| Matcher::new(f, &data));
            Arc::new(
                data.projects
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| matcher.matches(p))
                    .map(|(i, _)| i)
                    .collect(),
            )
        });
        Store {
            lang: RwSignal::new(opened.lang),
            filters,
            selected: RwSignal::new(opened.project.clone()),
            hovered: RwSignal::new(None),
            view: RwSignal::new(None),
            size: RwSignal::new((0.0, 0.0)),
            load,
            matching,
            opened: StoredValue::new(opened),
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

    pub fn summary(&self) -> Summary {
        let Some(data) = self.dataset() else {
            return Summary::default();
        };
        Summary::of(self.matching.get().iter().map(|&i| &data.projects[i]))
    }

    /// The view that fits the zone into the current size.
    pub fn home_view(&self) -> Option<Viewport> {
        let (w, h) = self.size.get_untracked();
        let data = self.dataset_untracked()?;
        let extent = data.home_extent()?;
        Some(Viewport::fit(extent, w, h, home_insets(w)))
    }

    pub fn dataset_untracked(&self) -> Option<Arc<Dataset>> {
        match self.load.get_untracked() {
            Load::Ready(d) => Some(d),
            _ => None,
        }
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
                None => self
                    .home_view()
                    .map(|home| match self.selected_project_point() {
                        Some(p) => home.centered_on(p).panned(0.0, selected_shift(w, h)),
                        None => home,
                    }),
            };
            self.view.set(view);
        });
    }

    fn selected_project_point(&self) -> Option<crate::geometry::projection::WorldPoint> {
        let data = self.dataset_untracked()?;
        let id = self.selected.get_untracked()?;
        data.project(&id).map(|p| project(p.lon, p.lat))
    }

    pub fn select(&self, id: Option<String>) {
        self.selected.set(id);
    }

    /// Keeps the query string equal to the state, with `history.replaceState`:
    /// at once for filters and selection, after a pause for the moving view.
    pub fn sync_url(self) {
        let pending = StoredValue::new_local(None::<TimeoutHandle>);
        let written = StoredValue::new(None::<UrlState>);
        Effect::new(move |_| {
            let mut url = self.opened.get_value();
            url.lang = self.lang.get();
            url.filters = self.filters.get();
            // An id the data does not know is dropped from the link once loaded.
            url.project = self.selected.get().filter(|id| match self.load.get() {
                Load::Ready(d) => d.project(id).is_some(),
                _ => true,
            });
            url.view = self.view.get().map(|v| {
                let (lon, lat) = v.center_lon_lat();
                ViewParam {
                    lon,
                    lat,
                    zoom: v.zoom,
                }
            });
            if let Some(handle) = pending.get_value() {
                handle.clear();
            }
            let only_view_moved = written.with_value(|w| {
                w.as_ref().is_some_and(|w| {
                    UrlState {
                        view: url.view,
                        ..w.clone()
                    } == url
                })
            });
            let query = url.to_query();
            written.set_value(Some(url));
            if only_view_moved {
                let write = move || replace_query(&query);
                pending.set_value(set_timeout_with_handle(write, URL_VIEW_DELAY).ok());
            } else {
                replace_query(&query);
            }
        });
    }
}

/// Vertical shift that keeps a selected pin visible above the phone's detail
/// sheet (which covers the lower half), between it and the header.
fn selected_shift(width: f64, height: f64) -> f64 {
    if width < NARROW { -0.14 * height } else { 0.0 }
}

/// Room for the panels around the zone in the initial view, so they do not cover it.
fn home_insets(width: f64) -> Insets {
    if width < NARROW {
        Insets {
            top: 170.0,
            right: 16.0,
            bottom: 70.0,
            left: 16.0,
        }
    } else {
        Insets {
            top: 40.0,
            right: 70.0,
            bottom: 40.0,
            left: 40.0,
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
