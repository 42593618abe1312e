//! The map's view beyond gestures: the first view once data and size are
//! known, the home view, and bringing a selection into sight beside the
//! detail panel (the panels' room comes from the core's `Layout`).

use std::sync::Arc;

use geo::Rect;
use imap_core::geometry::layout::{Cover, Layout};
use imap_core::geometry::projection::{WorldPoint, project};
use imap_core::geometry::viewport::Viewport;
use imap_core::model::filter::Filters;
use imap_core::url_state::ViewParam;
use leptos::prelude::*;

use super::Store;

/// CSS pixels kept around matches fitted into view: a pin's touch target.
const PIN_ROOM: f64 = 24.0;

impl Store {
    /// The view that fits the zone into the current size.
    pub fn home_view(&self) -> Option<Viewport> {
        let extent = self.dataset_untracked()?.home_extent()?;
        Some(self.fit(extent, 0.0))
    }

    /// `extent` fitted into the room the layout leaves, `margin` more on
    /// every side.
    fn fit(&self, extent: Rect<f64>, margin: f64) -> Viewport {
        let (w, h) = self.size.get_untracked();
        let insets = self
            .layout_untracked()
            .home_insets(self.cover_untracked(), h)
            .grown(margin);
        Viewport::fit(extent, w, h, insets)
    }

    pub fn go_home(&self) {
        if let Some(home) = self.home_view() {
            self.set_view(home);
        }
    }

    /// Sets the first view once data and size are known: the link's `view`,
    /// else the zone (with every match, when the link filters), centred on
    /// the selected item when there is one; later size changes keep the
    /// centre and zoom.
    pub fn init_view(self, opened: Option<ViewParam>, matching: Memo<Arc<Vec<usize>>>) {
        Effect::new(move |_| {
            let (w, h) = self.size.get();
            // Where the sidebar floats, the fit waits for its card's height.
            let card_unknown = self.folded_card.get() <= 0.0 && self.layout() != Layout::Docked;
            if w <= 0.0 || h <= 0.0 || self.dataset().is_none() || card_unknown {
                return;
            }
            if let Some(v) = self.view.get_untracked() {
                self.set_view(v.resized(w, h));
                return;
            }
            let view = match opened {
                Some(ViewParam { lon, lat, zoom }) => {
                    Some(Viewport::from_lon_lat(lon, lat, zoom, w, h))
                }
                None => {
                    let filtered = self.filters.with_untracked(|f| *f != Filters::default());
                    let data = self.dataset_untracked();
                    // Matches may sit on the extent's edge: room for a whole pin.
                    let (extent, margin) = match (data, filtered) {
                        (Some(d), true) => {
                            (matching.with_untracked(|m| d.extent_with(m)), PIN_ROOM)
                        }
                        (Some(d), false) => (d.home_extent(), 0.0),
                        (None, _) => (None, 0.0),
                    };
                    extent
                        .map(|e| self.fit(e, margin))
                        .map(|home| match self.selected_point() {
                            Some(p) => self.layout_untracked().show_selected(
                                home,
                                p,
                                self.folded_card.get_untracked(),
                            ),
                            None => home,
                        })
                }
            };
            if let Some(view) = view {
                self.set_view(view);
            }
        });
    }

    /// Selects a project and brings its pin into sight, as when it is picked
    /// from the list.
    pub fn select_and_show(&self, id: String) {
        self.select(Some(id));
        if let (Some(view), Some(p)) = (self.view.get_untracked(), self.selected_point()) {
            // The detail has folded the sidebar.
            let card_bottom = self.folded_card.get_untracked();
            self.set_view(self.layout_untracked().show_selected(view, p, card_bottom));
        }
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

    fn cover_untracked(&self) -> Cover {
        let sheet_open =
            self.layout_untracked() == Layout::Phone && self.unfolded.get_untracked() == Some(true);
        let card = if sheet_open {
            self.sheet_card
        } else {
            self.folded_card
        };
        Cover {
            card_bottom: card.get_untracked(),
            sheet_open,
        }
    }

    pub(super) fn layout_untracked(&self) -> Layout {
        Layout::for_width(self.app_size.get_untracked().0, self.embedded)
    }
}
