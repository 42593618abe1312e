//! The map's view beyond gestures: the first view once data and size are
//! known, the home view, and keeping what the visitor asked for in the part
//! of the map no panel covers (the panels' room comes from the core's
//! `Layout`, the least move from `reveal`).

use std::time::Duration;

use geo::Rect;
use imap_core::choices::{Selection, ViewParam};
use imap_core::geo::projection::{WorldPoint, unproject};
use imap_core::geometry::reveal::{first_view, reveal};
use imap_core::geometry::viewport::{Insets, Viewport};
use imap_core::layout::{Cover, Layout};
use imap_core::model::filter::Filters;
use leptos::prelude::*;

use super::{Derived, Store};
use crate::dom;

/// How long the map takes to glide to show new matches.
const GLIDE: Duration = Duration::from_millis(300);

impl Store {
    /// The view that fits the zone into the current size.
    pub fn home_view(&self) -> Option<Viewport> {
        let extent = self.dataset_untracked()?.home_extent()?;
        Some(self.fit(extent, 0.0))
    }

    /// `extent` fitted into the room the layout leaves, `margin` more on
    /// every side.
    fn fit(&self, extent: Rect<f64>, margin: f64) -> Viewport {
        let (w, h) = self.panels.map_size.get_untracked();
        Viewport::fit(extent, w, h, self.free_insets().grown(margin))
    }

    pub fn go_home(&self) {
        if let Some(home) = self.home_view() {
            self.set_view(home);
        }
    }

    /// Sets the first view once data and size are known: the link's `view`
    /// (the centre of the uncovered map), else the zone (with every match,
    /// when the link filters) centred on the selected item when there is
    /// one; then moved, if need be, to show every match the link filters
    /// for and its selection. Later size changes keep the zoom and, until
    /// the visitor moves the map or changes a filter, the place in the
    /// middle of the uncovered map (the header card settles as its text
    /// arrives and wraps). `handed`: where the visitor moved the first map
    /// (`first_map`) before the app took over, kept as it was left.
    pub fn init_view(self, opened: Option<ViewParam>, handed: Option<Viewport>, derived: Derived) {
        let matching = derived.matching;
        Effect::new(move |_| {
            let (w, h) = self.panels.map_size.get();
            let free = self.free_insets_tracked();
            if w <= 0.0 || h <= 0.0 || self.dataset().is_none() || !self.cover_measured() {
                return;
            }
            if let Some(v) = self.view.get_untracked() {
                let resized = v.resized(w, h);
                match self.opening.get_value() {
                    Some(middle) => self
                        .write
                        .view
                        .set(Some(resized.placing(middle, free.centre(w, h)))),
                    None => self.set_view(resized),
                }
                return;
            }
            let Some(data) = self.dataset_untracked() else {
                return;
            };
            let centre = free.centre(w, h);
            let first = match handed {
                Some(view) => Some(view.resized(w, h)),
                None => {
                    let filtered = self.filters.with_untracked(|f| *f != Filters::default());
                    let points = derived.points.get_untracked();
                    let opening = matching.with_untracked(|m| {
                        data.opening(opened, filtered, m, &points, self.selected_point())
                    });
                    first_view(&opening, w, h, free, self.max_zoom.get_untracked())
                }
            };
            let Some(first) = first else {
                return;
            };
            self.set_view(first);
            if handed.is_none() {
                self.opening
                    .set_value(Some(first.to_world(centre.0, centre.1)));
            }
        });
    }

    /// After each change of the matches (once the chips it adds are laid
    /// out), glides to show every match and the selection; after each
    /// selection (once its detail is open), to show its pin.
    pub fn keep_wanted_in_view(self, derived: Derived) {
        let matching = derived.matching;
        let reveal_after_paint =
            move |wanted: fn(Store, &[usize], &[WorldPoint]) -> Vec<WorldPoint>| {
                dom::after_next_paint(move || {
                    let Some(view) = self.view.get_untracked() else {
                        return;
                    };
                    let points = derived.points.get_untracked();
                    let shown = matching.with_untracked(|m| wanted(self, m, &points));
                    if let Some(to) = reveal(view, shown, self.free_insets()) {
                        self.glide_to(to);
                    }
                });
            };
        // The matches change first as the data arrives: the first view
        // shows them already.
        Effect::new(move |loaded_before: Option<bool>| {
            matching.track();
            if loaded_before == Some(true) && self.view.get_untracked().is_some() {
                reveal_after_paint(|store, m, points| store.wanted_points(m, points));
            }
            self.dataset_untracked().is_some()
        });
        Effect::new(move |first: Option<()>| {
            let selected = self.selection.with(|s| *s != Selection::None);
            if first.is_some() && selected {
                reveal_after_paint(|store, _, _| store.selected_point().into_iter().collect());
            }
        });
    }

    /// Selects a project and centres its pin in the uncovered map, as when
    /// it is picked from the list.
    pub fn select_and_show(&self, id: String) {
        self.select(Some(id));
        if let (Some(view), Some(p)) = (self.view.get_untracked(), self.selected_point()) {
            let (w, h) = (view.width, view.height);
            self.set_view(view.placing(p, self.free_insets().centre(w, h)));
        }
    }

    /// The link's `view=`: the centre of the uncovered map and the zoom.
    pub fn view_param(&self) -> Option<ViewParam> {
        let view = self.view.get()?;
        let (x, y) = self.free_insets_tracked().centre(view.width, view.height);
        let (lon, lat) = unproject(view.to_world(x, y));
        Some(ViewParam {
            lon,
            lat,
            zoom: view.zoom,
        })
    }

    /// Moves the map to `to` over a moment (at once when the visitor asks
    /// for less motion); a gesture or another move meanwhile takes over.
    fn glide_to(self, to: Viewport) {
        let Some(from) = self.view.get_untracked() else {
            return;
        };
        self.set_view(from);
        let motion = self.motion.get_value();
        if dom::prefers_reduced_motion() {
            self.write.view.set(Some(to));
            return;
        }
        dom::animate(GLIDE, move |share| {
            if self.motion.get_value() != motion {
                return false;
            }
            self.write.view.set(Some(from.towards(to, share)));
            true
        });
    }

    /// The matches' positions (from every project's, `points`) and the
    /// selected item's.
    fn wanted_points(&self, matching: &[usize], points: &[WorldPoint]) -> Vec<WorldPoint> {
        let matches = matching.iter().filter_map(|&i| points.get(i).copied());
        matches.chain(self.selected_point()).collect()
    }

    fn selected_point(&self) -> Option<WorldPoint> {
        let data = self.dataset_untracked()?;
        self.choices
            .with_untracked(|c| data.selected_point(&c.selection))
    }

    /// Whether the header card that covers the map, if any, has been
    /// measured: the first view waits for it.
    fn cover_measured(&self) -> bool {
        let open = self.panels.unfolded.get() == Some(true);
        match (self.layout(), open) {
            (Layout::Docked, _) | (Layout::Floating, true) => true,
            (Layout::Phone, true) => self.panels.sheet_card.get() > 0.0,
            (_, false) => self.panels.folded_card.get() > 0.0,
        }
    }

    /// The middle of the part of the map no panel covers (tracked).
    pub fn uncovered_centre(&self) -> (f64, f64) {
        let (width, height) = self.panels.map_size.get();
        self.free_insets_tracked().centre(width, height)
    }

    /// The part of the map no panel covers now.
    fn free_insets(&self) -> Insets {
        untrack(|| self.free_insets_tracked())
    }

    fn free_insets_tracked(&self) -> Insets {
        let layout = self.layout();
        let sidebar_open = self.panels.unfolded.get() == Some(true);
        let card = if sidebar_open {
            self.panels.sheet_card
        } else {
            self.panels.folded_card
        };
        let cover = Cover {
            card_bottom: card.get(),
            sidebar_open,
            detail_open: self.selection.with(|s| *s != Selection::None),
        };
        let (width, height) = self.panels.map_size.get();
        layout.free_insets(cover, width, height)
    }

    pub(super) fn layout_untracked(&self) -> Layout {
        Layout::for_width(self.panels.app_size.get_untracked().0, self.embedded)
    }
}
