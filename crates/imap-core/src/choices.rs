//! What the visitor chose: everything a link holds of the map's state
//! (language, filters, the sites layer's filters, the selection, the
//! list's order, the tab, the layer switches and the view), as one value.
//! `url_state` reads and writes it; the app holds it in one signal and
//! changes it only through the edits here.

use crate::lang::Lang;
use crate::model::filter::Filters;
use crate::model::site::SiteFilters;
use crate::model::sort::{Sort, SortKey};
use crate::shortlist::{Kind, Shortlist};

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

/// The project or the site whose detail is open: at most one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Selection {
    #[default]
    None,
    Project(String),
    Site(String),
}

impl Selection {
    pub fn project(&self) -> Option<&str> {
        match self {
            Selection::Project(id) => Some(id),
            _ => None,
        }
    }

    pub fn site(&self) -> Option<&str> {
        match self {
            Selection::Site(id) => Some(id),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Choices {
    /// `None`: the page's own language (Chinese, or a host element's
    /// `data-lang`), which a link does not name.
    pub lang: Option<Lang>,
    pub filters: Filters,
    /// Extension: the sites layer's filters and switch.
    pub sites: SiteFilters,
    pub selection: Selection,
    /// Extension: the list's order.
    pub sort: Sort,
    /// Extension: the sidebar's open tab.
    pub tab: Tab,
    /// Extension: the places layer's switch.
    pub places_shown: bool,
    /// `None` until the map has a view (the data's own first view).
    pub view: Option<ViewParam>,
    /// The compare tray, and which comparison is open.
    pub shortlist: Shortlist,
}

impl Default for Choices {
    fn default() -> Self {
        Choices {
            lang: None,
            filters: Filters::default(),
            sites: SiteFilters::default(),
            selection: Selection::None,
            sort: Sort::default(),
            tab: Tab::default(),
            places_shown: true,
            view: None,
            shortlist: Shortlist::default(),
        }
    }
}

impl Choices {
    /// The language shown, where the page's own is `default`.
    pub fn lang_or(&self, default: Lang) -> Lang {
        self.lang.unwrap_or(default)
    }

    /// The other language; back on the page's own, the link names none.
    pub fn toggle_lang(&mut self, default: Lang) {
        let next = self.lang_or(default).other();
        self.lang = (next != default).then_some(next);
    }

    pub fn show_tab(&mut self, tab: Tab) {
        self.tab = tab;
    }

    pub fn toggle_sort(&mut self, key: SortKey) {
        self.sort = self.sort.toggled(key);
    }

    pub fn toggle_places(&mut self) {
        self.places_shown = !self.places_shown;
    }

    /// Opens a project's detail (closing a site's, and a comparison: one
    /// panel over the map at a time), or closes it (`None`).
    pub fn select_project(&mut self, id: Option<String>) {
        match id {
            Some(id) => {
                self.shortlist.show(None);
                self.selection = Selection::Project(id);
            }
            None if self.selection.project().is_some() => self.deselect(),
            None => {}
        }
    }

    /// Opens a site's detail (closing a project's, and a comparison), or
    /// closes it (`None`).
    pub fn select_site(&mut self, id: Option<String>) {
        match id {
            Some(id) => {
                self.shortlist.show(None);
                self.selection = Selection::Site(id);
            }
            None if self.selection.site().is_some() => self.deselect(),
            None => {}
        }
    }

    pub fn deselect(&mut self) {
        self.selection = Selection::None;
    }

    /// Puts a project or site in the compare tray, or takes it out.
    pub fn toggle_compared(&mut self, kind: Kind, id: &str) {
        self.shortlist.toggle(kind, id);
    }

    pub fn remove_compared(&mut self, kind: Kind, id: &str) {
        self.shortlist.remove(kind, id);
    }

    pub fn clear_compared(&mut self, kind: Kind) {
        self.shortlist.clear(kind);
    }

    /// Opens a comparison (closing a detail), or closes it (`None`).
    pub fn show_comparison(&mut self, kind: Option<Kind>) {
        self.shortlist.show(kind);
        if self.shortlist.shown().is_some() {
            self.deselect();
        }
    }

    /// Every filter lifted, of the projects and of the sites.
    pub fn clear_filters(&mut self) {
        self.filters = Filters::default();
        self.sites = SiteFilters::default();
    }
}
