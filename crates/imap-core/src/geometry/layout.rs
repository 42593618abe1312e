//! The app's three layouts by width, as `style/main.css` lays them out (its
//! container queries use the same breakpoints), and where they leave the map
//! free: fitting the zone and showing a selected item must avoid the panels.

use super::projection::WorldPoint;
use super::viewport::{Insets, Viewport};

/// From this app width the sidebar sits beside the map.
pub const DOCKED_WIDTH: f64 = 900.0;
/// Below this app width the chrome is a phone's (smaller type and margins).
pub const PHONE_WIDTH: f64 = 640.0;
/// Where the sidebar floats, the detail is a bottom sheet (`max-height:
/// 52%` in the CSS): a selected item is centred in the band above it,
/// below the header card.
const DETAIL_SHEET: f64 = 0.52;
/// Room kept between the header card and what is fitted below it.
const CARD_GAP: f64 = 12.0;
/// Docked, the detail card floats at the map's right: 380 px wide, 64 px
/// from the edge (the zoom buttons'). A selected item is centred left of it.
const DOCKED_DETAIL_ROOM: f64 = 380.0 + 64.0;
/// On phones the open sidebar is a bottom sheet this share of the app's
/// height (`flex-basis: 50%` in the CSS), the map visible above it.
pub const SHEET_HALF: f64 = 0.5;

/// What covers the top and bottom of the map where the sidebar floats over
/// it: the header card, measured (its text wraps with language and width),
/// and on a phone the open sheet.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Cover {
    /// The header card's bottom edge, in px from the map's top.
    pub card_bottom: f64,
    pub sheet_open: bool,
}

/// The heights a phone's sheet rests at; dragged, it settles at the nearest.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sheet {
    #[default]
    Half,
    /// Up to the header card: for long lists.
    Full,
}

impl Sheet {
    /// Where a sheet let go at `height` px in an app `app_height` px tall
    /// rests: below half of `SHEET_HALF` it folds (`None`).
    pub fn settle(height: f64, app_height: f64) -> Option<Sheet> {
        let share = height / app_height;
        if !share.is_finite() || share < SHEET_HALF / 2.0 {
            None
        } else if share < (SHEET_HALF + 1.0) / 2.0 {
            Some(Sheet::Half)
        } else {
            Some(Sheet::Full)
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// The sidebar beside the map.
    Docked,
    /// The sidebar folded over the map, the detail as a bottom sheet.
    Floating,
    /// Floating, with a phone's smaller chrome.
    Phone,
}

impl Layout {
    /// The layout at an app width; `embedded` (in an iframe, `embed=1`)
    /// never docks the sidebar: a frame's compact chrome keeps it folded.
    pub fn for_width(width: f64, embedded: bool) -> Layout {
        if width >= DOCKED_WIDTH && !embedded {
            Layout::Docked
        } else if width >= PHONE_WIDTH {
            Layout::Floating
        } else {
            Layout::Phone
        }
    }

    /// What to keep free when fitting the zone into a map `map_height` px
    /// tall: the zoom buttons on the right when docked; otherwise the
    /// header card on top and the legend below, or a phone's open sheet.
    pub fn home_insets(self, cover: Cover, map_height: f64) -> Insets {
        match self {
            Layout::Docked => Insets {
                top: 40.0,
                right: 70.0,
                bottom: 40.0,
                left: 40.0,
            },
            Layout::Floating | Layout::Phone => Insets {
                top: cover.card_bottom + CARD_GAP,
                right: 16.0,
                bottom: if self == Layout::Phone && cover.sheet_open {
                    SHEET_HALF * map_height + CARD_GAP
                } else {
                    70.0
                },
                left: 16.0,
            },
        }
    }

    /// How far the map's content moves up as a phone's sheet opens (and
    /// down as it folds), so what was centred in the free map stays so.
    pub fn sheet_pan(self, map_height: f64) -> f64 {
        match self {
            Layout::Phone => SHEET_HALF * map_height / 2.0,
            Layout::Docked | Layout::Floating => 0.0,
        }
    }

    /// `view` moved to show `p` beside the open detail panel: docked, left
    /// of it; otherwise between the header card (its bottom `card_bottom`
    /// px from the map's top) and the detail's bottom sheet.
    pub fn show_selected(self, view: Viewport, p: WorldPoint, card_bottom: f64) -> Viewport {
        let (dx, dy) = match self {
            Layout::Phone | Layout::Floating => {
                let band_middle = (card_bottom + (1.0 - DETAIL_SHEET) * view.height) / 2.0;
                (0.0, band_middle - view.height / 2.0)
            }
            Layout::Docked => (-DOCKED_DETAIL_ROOM / 2.0, 0.0),
        };
        view.centered_on(p).panned(dx, dy)
    }
}
