//! The one place that owns app state. `Store` holds what the visitor chose
//! (the core's `Choices`, in one signal read by parts, `part.rs`) and the map's
//! view, and small named parts: `Panels` (sidebar, sheet, legend, sizes),
//! `Hover`, `Loading` and `Playback` (the year the play control shows).
//! Components read their signals and change them
//! only through named methods. `Derived` is what follows (matches, counts,
//! markers), `url_sync` keeps the choices in the page's address, and `view`
//! sets the map's first view and where a selection is shown.

mod derived;
mod hover;
mod loading;
mod panels;
pub mod part;
mod playback;
mod url_sync;
mod view;

use std::sync::Arc;

use geo::BoundingRect;
use imap_core::choices::{Choices, Selection, Tab};
use imap_core::geo::projection::WorldPoint;
use imap_core::geometry::viewport::{self, Viewport};
use imap_core::geometry::zoom_limit;
use imap_core::layout::{Layout, Sheet};
use imap_core::model::dataset::Dataset;
use imap_core::model::filter::{Category, FilterKind, Filters};
use imap_core::model::problems::FileError;
use imap_core::model::site::{Availability, LandUse, SiteFilters};
use imap_core::model::sort::{Sort, SortKey};
use imap_core::shortlist::{Kind, Shortlist};
use imap_core::url_state::UrlState;
use imap_i18n::Lang;
use leptos::prelude::*;

use crate::debounce::Debounce;

pub use derived::Derived;
pub use hover::Hover;
pub use imap_core::url_state::Location;
pub use loading::{Load, Loading};
pub use panels::Panels;
use part::{Part, part};
pub use playback::Playback;
pub use url_sync::{PageAddress, URL_VIEW_DELAY, UrlSync};

/// Why the map did not move, said briefly over it (in a host page, the page
/// keeps the wheel and one finger).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GestureHint {
    /// Zoom needs Ctrl (or ⌘) with the wheel.
    Wheel,
    /// Moving the map needs two fingers.
    TwoFingers,
}

/// A tapped district's card: which district, and the tapped point.
#[derive(Clone, Debug, PartialEq)]
pub struct DistrictCard {
    pub id: String,
    pub at: WorldPoint,
}

/// How long a gesture hint stays.
const HINT_TIME: std::time::Duration = std::time::Duration::from_millis(1800);

#[derive(Clone, Copy)]
pub struct Store {
    /// What the visitor chose, everything a link holds: changed only by
    /// the methods below, each through one of `Choices`' edits; read
    /// through the parts that follow, each its own subscription.
    choices: RwSignal<Choices>,
    /// The page's own language (the link names none).
    default_lang: Lang,
    pub lang: Memo<Lang>,
    pub filters: Part<Filters>,
    pub site_filters: Part<SiteFilters>,
    pub sort: Part<Sort>,
    /// The sidebar's open tab.
    pub tab: Part<Tab>,
    /// The selected project (its detail open) or site, or none.
    pub selection: Part<Selection>,
    /// Whether the places layer is drawn (the legend's switch; `places=0`).
    pub places_shown: Part<bool>,
    /// The compare tray and the comparison that is open.
    pub shortlist: Part<Shortlist>,
    /// The map's view, apart from the choices as it changes every frame of
    /// a gesture (the link takes it from here: `view_param`); `None` until
    /// the data and the map's size are known.
    pub view: ReadSignal<Option<Viewport>>,
    /// The deepest zoom, where the map still has something to show
    /// (`zoom_limit`): every view is kept within it.
    pub max_zoom: Memo<f64>,
    pub panels: Panels,
    pub hover: Hover,
    pub playback: Playback,
    pub loading: Loading,
    /// The district tapped on the map, its card open where it was tapped.
    pub district_card: ReadSignal<Option<DistrictCard>>,
    pub gesture_hint: ReadSignal<Option<GestureHint>>,
    /// In an iframe (`embed=1`): compact chrome.
    pub embedded: bool,
    /// Inside a host page (an iframe or a mount): the wheel and one finger
    /// belong to the page; Ctrl/⌘ + wheel and two fingers move the map.
    pub cooperative: bool,
    write: Writers,
    /// Each hint shown again starts its time anew.
    hint_shown: Debounce,
    /// The sidebar folded to make room for a detail, to reopen after it.
    sidebar_yielded: StoredValue<bool>,
    /// Counts moves of the map: a glide stops when another move begins.
    motion: StoredValue<u64>,
    /// The place in the middle of the uncovered map as the map opened,
    /// kept there until the map first moves (`init_view`).
    opening: StoredValue<Option<WorldPoint>>,
}

#[derive(Clone, Copy)]
struct Writers {
    district_card: WriteSignal<Option<DistrictCard>>,
    view: WriteSignal<Option<Viewport>>,
    gesture_hint: WriteSignal<Option<GestureHint>>,
}

impl Store {
    /// The state a link opened; `default_lang` the page's own language
    /// (the link names none); `mounted` in a host page; the data (`start`).
    pub fn new(
        opened: &UrlState,
        default_lang: Lang,
        mounted: bool,
        loaded: Result<Arc<Dataset>, FileError>,
    ) -> Store {
        let mut chosen = opened.choices.clone();
        // A link naming the page's own language is written back without it.
        chosen.lang = chosen.lang.filter(|l| *l != default_lang);
        // Ids the data does not know leave the tray (and the link) at once.
        if let Ok(data) = &loaded {
            for kind in [Kind::Projects, Kind::Sites] {
                chosen.shortlist.keep_known(kind, |id| data.has(kind, id));
            }
        }
        let panels = Panels::new(chosen.tab == Tab::List);
        let choices = RwSignal::new(chosen);
        let (district_card, set_district_card) = signal(None);
        let (view, set_view) = signal(None);
        let loading = Loading::new(loaded);
        let (gesture_hint, set_gesture_hint) = signal(None);
        let max_zoom = Memo::new(move |_| {
            let (width, height) = panels.map_size.get();
            loading.data.with(|load| match load {
                Load::Ready(data) => {
                    let basemap = data.manifest.basemap.as_ref().map(|b| b.max_zoom);
                    let drawn = basemap.filter(|_| loading.tile_template.with(Option::is_some));
                    let districts = data
                        .boundaries
                        .iter()
                        .filter_map(|b| b.shape.bounding_rect());
                    zoom_limit::max_zoom(drawn, districts, width, height)
                }
                _ => viewport::MAX_ZOOM,
            })
        });
        Store {
            choices,
            default_lang,
            lang: Memo::new(move |_| choices.with(|c| c.lang_or(default_lang))),
            filters: part!(choices.filters),
            site_filters: part!(choices.sites),
            sort: part!(choices.sort),
            tab: part!(choices.tab),
            panels,
            selection: part!(choices.selection),
            hover: Hover::new(),
            playback: Playback::new(),
            district_card,
            view,
            max_zoom,
            loading,
            places_shown: part!(choices.places_shown),
            shortlist: part!(choices.shortlist),
            embedded: opened.embed,
            cooperative: opened.embed || mounted,
            gesture_hint,
            hint_shown: Debounce::new(),
            sidebar_yielded: StoredValue::new(false),
            motion: StoredValue::new(0),
            opening: StoredValue::new(None),
            write: Writers {
                district_card: set_district_card,
                view: set_view,
                gesture_hint: set_gesture_hint,
            },
        }
    }

    pub fn dataset(&self) -> Option<Arc<Dataset>> {
        self.loading.dataset()
    }

    pub fn dataset_untracked(&self) -> Option<Arc<Dataset>> {
        self.loading.dataset_untracked()
    }

    /// The layout the app's width gives (sidebar docked or folded, phone).
    pub fn layout(&self) -> Layout {
        Layout::for_width(self.panels.app_size.get().0, self.embedded)
    }

    // What the visitor chooses.

    /// The choices, for the link (tracking all of them).
    pub fn choices(&self) -> Choices {
        self.choices.get()
    }

    fn choose(&self, edit: impl FnOnce(&mut Choices)) {
        self.choices.update(edit);
    }

    pub fn toggle_lang(&self) {
        let page = self.default_lang;
        self.choose(|c| c.toggle_lang(page));
    }

    pub fn show_tab(&self, tab: Tab) {
        self.choose(|c| c.show_tab(tab));
    }

    /// The tab a link keeps: the list only while it shows (a folded
    /// sidebar's tab would open a sheet the sender did not see).
    pub fn list_shown(&self) -> Tab {
        let open = self.layout() == Layout::Docked || self.panels.unfolded.get() == Some(true);
        match self.tab.get() {
            Tab::List if open => Tab::List,
            _ => Tab::Filters,
        }
    }

    /// Opens or folds the sidebar where it floats over the map. A phone's
    /// sheet moves the map with it, keeping its centre in the free band.
    pub fn unfold_sidebar(&self, open: bool) {
        // The visitor's own move: the opening place is no longer kept.
        self.opening.set_value(None);
        let was_open = self.panels.is_unfolded_untracked();
        self.panels.unfold(open);
        if !open {
            self.panels.rest_sheet(Sheet::default());
        }
        let pan = self
            .layout_untracked()
            .sheet_pan(self.panels.map_size.get_untracked().1);
        if let (true, Some(view)) = (open != was_open && pan > 0.0, self.view.get_untracked()) {
            self.set_view(view.panned(0.0, if open { -pan } else { pan }));
        }
    }

    /// Rests a phone's sheet at a height, or folds it (`None`).
    pub fn rest_sheet(&self, sheet: Option<Sheet>) {
        if let Some(sheet) = sheet {
            self.panels.rest_sheet(sheet);
        }
        self.unfold_sidebar(sheet.is_some());
    }

    pub fn toggle_sort(&self, key: SortKey) {
        self.choose(|c| c.toggle_sort(key));
    }

    pub fn set_query(&self, query: String) {
        self.choose(|c| c.filters.set_query(query));
    }

    pub fn toggle_category(&self, kind: Category, id: &str, known: &[String]) {
        self.choose(|c| c.filters.toggle(kind, id, known));
    }

    pub fn set_category(&self, kind: Category, selection: Option<Vec<String>>) {
        self.choose(|c| c.filters.set_category(kind, selection));
    }

    pub fn pick_district(&self, id: Option<String>) {
        self.choose(|c| c.filters.pick_district(id));
    }

    pub fn set_amount(&self, min: Option<f64>, max: Option<f64>) {
        self.choose(|c| c.filters.set_amount(min, max));
    }

    pub fn set_years(&self, years: Option<(u16, u16)>) {
        self.choose(|c| c.filters.set_years(years));
    }

    pub fn toggle_land_use(&self, land_use: LandUse) {
        self.choose(|c| c.sites.toggle_land_use(land_use));
    }

    pub fn toggle_availability(&self, availability: Availability) {
        self.choose(|c| c.sites.toggle_availability(availability));
    }

    pub fn toggle_places_shown(&self) {
        self.choose(Choices::toggle_places);
    }

    pub fn toggle_sites_shown(&self) {
        self.choose(|c| c.sites.toggle_shown());
    }

    pub fn set_min_site_area(&self, hectares: Option<f64>) {
        self.choose(|c| c.sites.set_min_area(hectares));
    }

    pub fn set_max_site_area(&self, hectares: Option<f64>) {
        self.choose(|c| c.sites.set_max_area(hectares));
    }

    /// Lifts one kind of filter (a chip's ×).
    pub fn clear_filter(&self, kind: FilterKind) {
        self.choose(|c| c.filters.clear(kind));
    }

    pub fn clear_filters(&self) {
        self.choose(Choices::clear_filters);
    }

    pub fn select(&self, id: Option<String>) {
        self.one_overlay(id.is_some());
        self.choose(|c| c.select_project(id));
    }

    pub fn select_site(&self, id: Option<String>) {
        self.one_overlay(id.is_some());
        self.choose(|c| c.select_site(id));
    }

    pub fn toggle_compared(&self, kind: Kind, id: &str) {
        self.choose(|c| c.toggle_compared(kind, id));
    }

    pub fn remove_compared(&self, kind: Kind, id: &str) {
        self.choose(|c| c.remove_compared(kind, id));
    }

    pub fn clear_compared(&self, kind: Kind) {
        self.choose(|c| c.clear_compared(kind));
    }

    /// Opens a comparison over the map (closing a detail), or closes it.
    pub fn show_comparison(&self, kind: Option<Kind>) {
        self.one_overlay(kind.is_some());
        self.choose(|c| c.show_comparison(kind));
    }

    /// A tap on a district: closes what is open over the map, if anything;
    /// else opens the district's card (its name, count and the one action
    /// that filters to it). A tap never filters by itself.
    pub fn tap_district(&self, id: String, at: WorldPoint) {
        if !self.close_popover() {
            self.write.district_card.set(Some(DistrictCard { id, at }));
        }
    }

    pub fn close_district_card(&self) {
        self.write.district_card.set(None);
    }

    /// Closes the district card, a legend open over a narrow map, the
    /// comparison or the detail, whichever is open (a tap on empty map,
    /// Esc); false when none was.
    pub fn close_popover(&self) -> bool {
        if self.district_card.get_untracked().is_some() {
            self.close_district_card();
            return true;
        }
        if self.panels.fold_legend_popover() {
            return true;
        }
        if self.shortlist.with_untracked(|s| s.shown().is_some()) {
            self.show_comparison(None);
            return true;
        }
        let detail_open = self.selection.with_untracked(|s| *s != Selection::None);
        if detail_open {
            self.deselect();
        }
        detail_open
    }

    /// Closes whichever detail is open.
    pub fn deselect(&self) {
        self.one_overlay(false);
        self.choose(Choices::deselect);
    }

    /// One panel over the map at a time where the sidebar floats over it:
    /// a detail opening folds the open sidebar, and closing the detail
    /// brings the sidebar back.
    fn one_overlay(&self, detail_opens: bool) {
        if self.layout_untracked() == Layout::Docked {
            return;
        }
        let sidebar_open = self.panels.is_unfolded_untracked();
        if detail_opens && sidebar_open {
            self.sidebar_yielded.set_value(true);
            self.panels.unfold(false);
        } else if !detail_opens && self.sidebar_yielded.get_value() {
            self.sidebar_yielded.set_value(false);
            self.panels.unfold(true);
        }
    }

    /// Moves the map (every gesture and button ends here).
    pub fn set_view(&self, view: Viewport) {
        self.motion.update_value(|m| *m += 1);
        self.opening.set_value(None);
        self.write
            .view
            .set(Some(view.within_zoom(self.max_zoom.get_untracked())));
    }

    /// Says `hint` over the map for a moment (again on each call).
    pub fn show_hint(self, hint: GestureHint) {
        self.write.gesture_hint.set(Some(hint));
        self.hint_shown
            .after(HINT_TIME, move || self.write.gesture_hint.set(None));
    }
}

#[cfg(test)]
mod tests;
