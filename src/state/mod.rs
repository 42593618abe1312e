//! The one place that owns app state. `Store` holds what the visitor chose
//! and sees; components read its signals and change it only through its
//! named methods. `Derived` is what follows from it (matches, counts,
//! markers), `url_sync` keeps it in the page's address, and `view` sets the
//! map's first view and where a selection is shown.

mod derived;
mod url_sync;
mod view;

use std::sync::Arc;

use geo::BoundingRect;
use imap_core::geometry::layout::{Layout, Sheet};
use imap_core::geometry::projection::WorldPoint;
use imap_core::geometry::viewport::{self, Viewport};
use imap_core::geometry::zoom_limit;
use imap_core::model::dataset::Dataset;
use imap_core::model::filter::{Category, FilterKind, Filters};
use imap_core::model::late_layer::LateLayer;
use imap_core::model::place::Place;
use imap_core::model::problems::{FileError, Problem};
use imap_core::model::region::Region;
use imap_core::model::site::{Availability, LandUse, SiteFilters};
use imap_core::model::sort::{Sort, SortKey};
use imap_core::url_state::{Tab, UrlState};
use imap_i18n::Lang;
use leptos::prelude::*;

use crate::debounce::Debounce;

pub use derived::Derived;
pub use url_sync::{Location, UrlSync};

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

/// Below this map width the legend starts folded, leaving the map visible
/// (the sidebar's industry filter shows the same colours); there, open, it
/// is a popover that a tap on the map closes.
const LEGEND_FOLDS_BELOW: f64 = 1000.0;

/// How long a gesture hint stays.
const HINT_TIME: std::time::Duration = std::time::Duration::from_millis(1800);

#[derive(Clone)]
pub enum Load {
    Ready(Arc<Dataset>),
    /// The manifest itself could not be used: nothing to draw.
    Failed(FileError),
}

#[derive(Clone, Copy)]
pub struct Store {
    pub lang: ReadSignal<Lang>,
    pub filters: ReadSignal<Filters>,
    pub site_filters: ReadSignal<SiteFilters>,
    pub sort: ReadSignal<Sort>,
    /// The sidebar's open tab.
    pub tab: ReadSignal<Tab>,
    /// The folded sidebar opened (`Some(true)`) or closed by the visitor;
    /// `None` follows the layout (folded when it floats over the map).
    pub unfolded: ReadSignal<Option<bool>>,
    /// How tall a phone's open sidebar sheet rests.
    pub sheet: ReadSignal<Sheet>,
    /// Where the sidebar floats: the header card's bottom edge, in px from
    /// the top (0 until measured), with the sidebar folded and above a
    /// phone's open sheet.
    pub folded_card: ReadSignal<f64>,
    pub sheet_card: ReadSignal<f64>,
    /// The selected project (detail open) and the selected site; at most one is set.
    pub selected: ReadSignal<Option<String>>,
    pub selected_site: ReadSignal<Option<String>>,
    /// The project under the pointer or keyboard focus, on the map or in the list.
    pub hovered: ReadSignal<Option<String>>,
    /// Whether the hovered project's card shows: hovered on the map; a row
    /// in the list already says what the card would, and only lights the pin.
    pub hover_card: ReadSignal<bool>,
    /// The district tapped on the map, its card open where it was tapped.
    pub district_card: ReadSignal<Option<DistrictCard>>,
    /// The legend opened or folded by the visitor; `None` follows the
    /// map's width (`legend_is_open`).
    pub legend_open: ReadSignal<Option<bool>>,
    /// `None` until the data and the map's size are known.
    pub view: ReadSignal<Option<Viewport>>,
    /// The deepest zoom, where the map still has something to show
    /// (`zoom_limit`): every view is kept within it.
    pub max_zoom: Memo<f64>,
    /// Size of the map element, and of the whole app (which sets the layout).
    pub size: ReadSignal<(f64, f64)>,
    pub app_size: ReadSignal<(f64, f64)>,
    pub load: ReadSignal<Load>,
    /// The region around the zone and the places, once loaded (after the
    /// map is drawn).
    pub context: ReadSignal<Option<Arc<LateLayer<Region>>>>,
    pub places: ReadSignal<Option<Arc<LateLayer<Place>>>>,
    /// The basemap's tile URL template, resolved (`None`: no basemap).
    pub tile_template: ReadSignal<Option<String>>,
    /// Whether the places layer is drawn (the legend's switch; `places=0`).
    pub places_shown: ReadSignal<bool>,
    /// In an iframe (`embed=1`): compact chrome.
    pub embedded: bool,
    /// Inside a host page (an iframe or a mount): the wheel and one finger
    /// belong to the page; Ctrl/⌘ + wheel and two fingers move the map.
    pub cooperative: bool,
    pub gesture_hint: ReadSignal<Option<GestureHint>>,
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
    lang: WriteSignal<Lang>,
    filters: WriteSignal<Filters>,
    site_filters: WriteSignal<SiteFilters>,
    sort: WriteSignal<Sort>,
    tab: WriteSignal<Tab>,
    unfolded: WriteSignal<Option<bool>>,
    sheet: WriteSignal<Sheet>,
    folded_card: WriteSignal<f64>,
    sheet_card: WriteSignal<f64>,
    selected: WriteSignal<Option<String>>,
    selected_site: WriteSignal<Option<String>>,
    hovered: WriteSignal<Option<String>>,
    hover_card: WriteSignal<bool>,
    district_card: WriteSignal<Option<DistrictCard>>,
    legend_open: WriteSignal<Option<bool>>,
    view: WriteSignal<Option<Viewport>>,
    size: WriteSignal<(f64, f64)>,
    app_size: WriteSignal<(f64, f64)>,
    context: WriteSignal<Option<Arc<LateLayer<Region>>>>,
    places: WriteSignal<Option<Arc<LateLayer<Place>>>>,
    places_shown: WriteSignal<bool>,
    tile_template: WriteSignal<Option<String>>,
    gesture_hint: WriteSignal<Option<GestureHint>>,
}

impl Store {
    /// The state a link opened (language, filters, sort and selection);
    /// `lang` where the link does not name one; `mounted` in a host page;
    /// the data (`start`).
    pub fn new(
        opened: &UrlState,
        lang: Lang,
        mounted: bool,
        loaded: Result<Arc<Dataset>, FileError>,
    ) -> Store {
        let (lang, set_lang) = signal(opened.lang.unwrap_or(lang));
        let (filters, set_filters) = signal(opened.filters.clone());
        let (site_filters, set_site_filters) = signal(opened.sites.clone());
        let (sort, set_sort) = signal(opened.sort.unwrap_or_default());
        let (tab, set_tab) = signal(opened.tab);
        // A link to the list opens it, also where the sidebar folds.
        let (unfolded, set_unfolded) = signal((opened.tab == Tab::List).then_some(true));
        let (sheet, set_sheet) = signal(Sheet::default());
        let (folded_card, set_folded_card) = signal(0.0);
        let (sheet_card, set_sheet_card) = signal(0.0);
        let (selected, set_selected) = signal(opened.project.clone());
        let (selected_site, set_selected_site) =
            signal(opened.site.clone().filter(|_| opened.project.is_none()));
        let (hovered, set_hovered) = signal(None);
        let (hover_card, set_hover_card) = signal(false);
        let (district_card, set_district_card) = signal(None);
        let (legend_open, set_legend_open) = signal(None);
        let (view, set_view) = signal(None);
        let (size, set_size) = signal((0.0, 0.0));
        let (app_size, set_app_size) = signal((0.0, 0.0));
        let (load, _) = signal(match loaded {
            Ok(data) => Load::Ready(data),
            Err(error) => Load::Failed(error),
        });
        let (context, set_context) = signal(None);
        let (places, set_places) = signal(None);
        let (places_shown, set_places_shown) = signal(!opened.hide_places);
        let (tile_template, set_tile_template) = signal(None);
        let (gesture_hint, set_gesture_hint) = signal(None);
        let max_zoom = Memo::new(move |_| {
            let (width, height) = size.get();
            load.with(|load| match load {
                Load::Ready(data) => {
                    let basemap = data.manifest.basemap.as_ref().map(|b| b.max_zoom);
                    let drawn = basemap.filter(|_| tile_template.with(Option::is_some));
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
            lang,
            filters,
            site_filters,
            sort,
            tab,
            unfolded,
            sheet,
            folded_card,
            sheet_card,
            selected,
            selected_site,
            hovered,
            hover_card,
            district_card,
            legend_open,
            view,
            max_zoom,
            size,
            app_size,
            load,
            context,
            places,
            places_shown,
            tile_template,
            embedded: opened.embed,
            cooperative: opened.embed || mounted,
            gesture_hint,
            hint_shown: Debounce::new(),
            sidebar_yielded: StoredValue::new(false),
            motion: StoredValue::new(0),
            opening: StoredValue::new(None),
            write: Writers {
                lang: set_lang,
                filters: set_filters,
                site_filters: set_site_filters,
                sort: set_sort,
                tab: set_tab,
                unfolded: set_unfolded,
                sheet: set_sheet,
                folded_card: set_folded_card,
                sheet_card: set_sheet_card,
                selected: set_selected,
                selected_site: set_selected_site,
                hovered: set_hovered,
                hover_card: set_hover_card,
                district_card: set_district_card,
                legend_open: set_legend_open,
                view: set_view,
                size: set_size,
                app_size: set_app_size,
                context: set_context,
                places: set_places,
                places_shown: set_places_shown,
                tile_template: set_tile_template,
                gesture_hint: set_gesture_hint,
            },
        }
    }

    pub fn dataset(&self) -> Option<Arc<Dataset>> {
        self.load.with(ready)
    }

    pub fn dataset_untracked(&self) -> Option<Arc<Dataset>> {
        self.load.with_untracked(ready)
    }

    /// The layout the app's width gives (sidebar docked or folded, phone).
    pub fn layout(&self) -> Layout {
        Layout::for_width(self.app_size.get().0, self.embedded)
    }

    // Loading and measuring.

    pub fn set_context(&self, context: LateLayer<Region>) {
        self.write.context.set(Some(Arc::new(context)));
    }

    pub fn set_tile_template(&self, template: Option<String>) {
        self.write.tile_template.set(template);
    }

    pub fn set_places(&self, places: LateLayer<Place>) {
        self.write.places.set(Some(Arc::new(places)));
    }

    /// What the layers loaded after the map skipped, and their file errors.
    pub fn late_problems(&self) -> (Vec<Problem>, Vec<FileError>) {
        let (context, places) = (self.context.get(), self.places.get());
        let mut problems = Vec::new();
        let mut errors = Vec::new();
        if let Some(c) = &context {
            problems.extend(c.problems.iter().cloned());
            errors.extend(c.error.clone());
        }
        if let Some(p) = &places {
            problems.extend(p.problems.iter().cloned());
            errors.extend(p.error.clone());
        }
        (problems, errors)
    }

    pub fn map_size_signal(&self) -> WriteSignal<(f64, f64)> {
        self.write.size
    }

    pub fn app_size_signal(&self) -> WriteSignal<(f64, f64)> {
        self.write.app_size
    }

    /// The header card's bottom edge measured, sidebar `folded` or not.
    pub fn set_card_bottom(&self, folded: bool, px: f64) {
        let (read, write) = if folded {
            (self.folded_card, self.write.folded_card)
        } else {
            (self.sheet_card, self.write.sheet_card)
        };
        if read.get_untracked() != px {
            write.set(px);
        }
    }

    // What the visitor chooses.

    pub fn toggle_lang(&self) {
        self.write.lang.update(|l| *l = l.other());
    }

    pub fn show_tab(&self, tab: Tab) {
        self.write.tab.set(tab);
    }

    /// The tab a link keeps: the list only while it shows (a folded
    /// sidebar's tab would open a sheet the sender did not see).
    pub fn list_shown(&self) -> Tab {
        let open = self.layout() == Layout::Docked || self.unfolded.get() == Some(true);
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
        let was_open = self.unfolded.get_untracked() == Some(true);
        self.write.unfolded.set(Some(open));
        if !open {
            self.write.sheet.set(Sheet::default());
        }
        let pan = self
            .layout_untracked()
            .sheet_pan(self.size.get_untracked().1);
        if let (true, Some(view)) = (open != was_open && pan > 0.0, self.view.get_untracked()) {
            self.set_view(view.panned(0.0, if open { -pan } else { pan }));
        }
    }

    /// Rests a phone's sheet at a height, or folds it (`None`).
    pub fn rest_sheet(&self, sheet: Option<Sheet>) {
        if let Some(sheet) = sheet {
            self.write.sheet.set(sheet);
        }
        self.unfold_sidebar(sheet.is_some());
    }

    pub fn toggle_sort(&self, key: SortKey) {
        self.write.sort.update(|s| *s = s.toggled(key));
    }

    pub fn set_query(&self, query: String) {
        self.write.filters.update(|f| f.set_query(query));
    }

    pub fn toggle_category(&self, kind: Category, id: &str, known: &[String]) {
        self.write.filters.update(|f| f.toggle(kind, id, known));
    }

    pub fn set_category(&self, kind: Category, selection: Option<Vec<String>>) {
        self.write
            .filters
            .update(|f| f.set_category(kind, selection));
    }

    pub fn pick_district(&self, id: Option<String>) {
        self.write.filters.update(|f| f.pick_district(id));
    }

    pub fn set_amount(&self, min: Option<f64>, max: Option<f64>) {
        self.write.filters.update(|f| f.set_amount(min, max));
    }

    pub fn toggle_land_use(&self, land_use: LandUse) {
        self.write
            .site_filters
            .update(|s| s.toggle_land_use(land_use));
    }

    pub fn toggle_availability(&self, availability: Availability) {
        self.write
            .site_filters
            .update(|s| s.toggle_availability(availability));
    }

    pub fn toggle_places_shown(&self) {
        self.write.places_shown.update(|shown| *shown = !*shown);
    }

    pub fn toggle_sites_shown(&self) {
        self.write.site_filters.update(SiteFilters::toggle_shown);
    }

    pub fn set_min_site_area(&self, hectares: Option<f64>) {
        self.write.site_filters.update(|s| s.set_min_area(hectares));
    }

    pub fn set_max_site_area(&self, hectares: Option<f64>) {
        self.write.site_filters.update(|s| s.set_max_area(hectares));
    }

    /// Lifts one kind of filter (a chip's ×).
    pub fn clear_filter(&self, kind: FilterKind) {
        self.write.filters.update(|f| f.clear(kind));
    }

    pub fn clear_filters(&self) {
        self.write.filters.set(Filters::default());
        self.write.site_filters.set(SiteFilters::default());
    }

    /// `hover(true)` as the pointer or focus enters the project's pin
    /// (`on_map`) or row, `hover(false)` as it leaves.
    pub fn hovering(self, id: StoredValue<String>, on_map: bool) -> impl Fn(bool) + Copy + 'static {
        move |on| {
            self.write.hover_card.set(on_map);
            self.write.hovered.set(on.then(|| id.get_value()));
        }
    }

    pub fn select(&self, id: Option<String>) {
        if id.is_some() {
            self.write.selected_site.set(None);
        }
        self.one_overlay(id.is_some());
        self.write.selected.set(id);
    }

    pub fn select_site(&self, id: Option<String>) {
        if id.is_some() {
            self.write.selected.set(None);
        }
        self.one_overlay(id.is_some());
        self.write.selected_site.set(id);
    }

    pub fn legend_is_open(&self) -> bool {
        self.legend_open
            .get()
            .unwrap_or_else(|| self.size.get().0 >= LEGEND_FOLDS_BELOW)
    }

    pub fn toggle_legend(&self) {
        let open = untrack(|| self.legend_is_open());
        self.write.legend_open.set(Some(!open));
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

    /// Closes the district card, a legend open over a narrow map, or the
    /// detail, whichever is open (a tap on empty map, Esc); false when none was.
    pub fn close_popover(&self) -> bool {
        if self.district_card.get_untracked().is_some() {
            self.close_district_card();
        } else if self.legend_open.get_untracked() == Some(true)
            && self.size.get_untracked().0 < LEGEND_FOLDS_BELOW
        {
            self.write.legend_open.set(Some(false));
        } else if self.selected.get_untracked().is_some()
            || self.selected_site.get_untracked().is_some()
        {
            self.deselect();
        } else {
            return false;
        }
        true
    }

    /// Closes whichever detail is open.
    pub fn deselect(&self) {
        self.one_overlay(false);
        self.write.selected.set(None);
        self.write.selected_site.set(None);
    }

    /// One panel over the map at a time where the sidebar floats over it:
    /// a detail opening folds the open sidebar, and closing the detail
    /// brings the sidebar back.
    fn one_overlay(&self, detail_opens: bool) {
        if self.layout_untracked() == Layout::Docked {
            return;
        }
        let sidebar_open = self.unfolded.get_untracked() == Some(true);
        if detail_opens && sidebar_open {
            self.sidebar_yielded.set_value(true);
            self.write.unfolded.set(Some(false));
        } else if !detail_opens && self.sidebar_yielded.get_value() {
            self.sidebar_yielded.set_value(false);
            self.write.unfolded.set(Some(true));
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

    /// A hovered pin may be filtered away; its tooltip and highlight go with it.
    pub fn drop_hover_on_filter(self, derived: Derived) {
        Effect::new(move |_| {
            derived.matching.track();
            self.write.hovered.set(None);
        });
    }
}

fn ready(load: &Load) -> Option<Arc<Dataset>> {
    match load {
        Load::Ready(d) => Some(d.clone()),
        _ => None,
    }
}
