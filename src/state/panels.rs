//! Where the panels are: the sidebar open or folded (on a phone, a sheet
//! and its height), the legend, the header card's measured edge, and the
//! sizes of the map and of the app, which set the layout.

use imap_core::layout::Sheet;
use leptos::prelude::*;

/// Below this map width the legend starts folded, leaving the map visible
/// (the sidebar's industry filter shows the same colours); there, open, it
/// is a popover that a tap on the map closes.
const LEGEND_FOLDS_BELOW: f64 = 1000.0;

#[derive(Clone, Copy)]
pub struct Panels {
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
    /// The legend opened or folded by the visitor; `None` follows the
    /// map's width (`legend_is_open`).
    pub legend_open: ReadSignal<Option<bool>>,
    /// Size of the map element, and of the whole app (which sets the layout).
    pub map_size: ReadSignal<(f64, f64)>,
    pub app_size: ReadSignal<(f64, f64)>,
    set_unfolded: WriteSignal<Option<bool>>,
    set_sheet: WriteSignal<Sheet>,
    set_folded_card: WriteSignal<f64>,
    set_sheet_card: WriteSignal<f64>,
    set_legend_open: WriteSignal<Option<bool>>,
    set_map_size: WriteSignal<(f64, f64)>,
    set_app_size: WriteSignal<(f64, f64)>,
}

impl Panels {
    /// `open_sidebar`: a link to the list opens it, also where it folds.
    pub(super) fn new(open_sidebar: bool) -> Panels {
        let (unfolded, set_unfolded) = signal(open_sidebar.then_some(true));
        let (sheet, set_sheet) = signal(Sheet::default());
        let (folded_card, set_folded_card) = signal(0.0);
        let (sheet_card, set_sheet_card) = signal(0.0);
        let (legend_open, set_legend_open) = signal(None);
        let (map_size, set_map_size) = signal((0.0, 0.0));
        let (app_size, set_app_size) = signal((0.0, 0.0));
        Panels {
            unfolded,
            sheet,
            folded_card,
            sheet_card,
            legend_open,
            map_size,
            app_size,
            set_unfolded,
            set_sheet,
            set_folded_card,
            set_sheet_card,
            set_legend_open,
            set_map_size,
            set_app_size,
        }
    }

    /// The map element measured.
    pub fn set_map_size(&self, size: (f64, f64)) {
        self.set_map_size.set(size);
    }

    /// The app's root measured (it sets the layout).
    pub fn set_app_size(&self, size: (f64, f64)) {
        self.set_app_size.set(size);
    }

    /// The header card's bottom edge measured, sidebar `folded` or not.
    pub fn set_card_bottom(&self, folded: bool, px: f64) {
        let (read, write) = if folded {
            (self.folded_card, self.set_folded_card)
        } else {
            (self.sheet_card, self.set_sheet_card)
        };
        if read.get_untracked() != px {
            write.set(px);
        }
    }

    pub fn legend_is_open(&self) -> bool {
        self.legend_open
            .get()
            .unwrap_or_else(|| self.map_size.get().0 >= LEGEND_FOLDS_BELOW)
    }

    pub fn toggle_legend(&self) {
        let open = untrack(|| self.legend_is_open());
        self.set_legend_open.set(Some(!open));
    }

    /// Folds a legend open over a narrow map (a popover); false when there
    /// was none.
    pub(super) fn fold_legend_popover(&self) -> bool {
        let popover = self.legend_open.get_untracked() == Some(true)
            && self.map_size.get_untracked().0 < LEGEND_FOLDS_BELOW;
        if popover {
            self.set_legend_open.set(Some(false));
        }
        popover
    }

    /// Whether the visitor opened the sidebar where it folds.
    pub(super) fn is_unfolded_untracked(&self) -> bool {
        self.unfolded.get_untracked() == Some(true)
    }

    pub(super) fn unfold(&self, open: bool) {
        self.set_unfolded.set(Some(open));
    }

    pub(super) fn rest_sheet(&self, sheet: Sheet) {
        self.set_sheet.set(sheet);
    }
}
