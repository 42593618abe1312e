//! The UI's layout policy: the app's three layouts by width, as the
//! stylesheet (`style/`) lays them out (its container queries use the same
//! breakpoints: `tests/interaction.rs` reads them from the stylesheet), and
//! where they leave the map free: fitting the zone and showing a selected
//! item must avoid the panels. A phone's sheet heights, and where a pin's
//! hover card goes (`callout`).

pub mod callout;

use crate::geometry::viewport::Insets;

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
/// The zoom buttons' column at the map's right edge (44 px wide, 8 px in)
/// and a gap.
const ZOOM_BUTTONS: f64 = 64.0;
/// Docked, the detail card floats at the map's right: 380 px wide, 64 px
/// from the edge (the zoom buttons'). A selected item is centred left of it.
const DOCKED_DETAIL_ROOM: f64 = 380.0 + 64.0;
/// On phones the open sidebar is a bottom sheet this share of the app's
/// height (`flex-basis: 50%` in the CSS), the map visible above it.
pub const SHEET_HALF: f64 = 0.5;

/// What covers the map: where the sidebar floats over it, the header card,
/// measured (its text wraps with language and width), or the open sidebar
/// (a phone's bottom sheet, a tablet's panel at the left); and an open
/// detail (a card at the right when docked, else a bottom sheet).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Cover {
    /// The header card's bottom edge, in px from the map's top.
    pub card_bottom: f64,
    pub sidebar_open: bool,
    pub detail_open: bool,
}

/// Where the sidebar floats, its left edge and its width: at most this,
/// and leaving `SIDEBAR_SPARE` px of the map beside it (`.imap-sidebar`).
const SIDEBAR_LEFT: f64 = 8.0;
const SIDEBAR_WIDTH: f64 = 400.0;
const SIDEBAR_SPARE: f64 = 68.0;

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

    /// The part of a `map_width` × `map_height` px map that nothing covers,
    /// as insets: docked, the zoom buttons on the right and an open detail
    /// card; a tablet's open sidebar on the left; otherwise the header card
    /// on top and below the legend, a phone's open sheet or the detail's
    /// bottom sheet, whichever is taller.
    pub fn free_insets(self, cover: Cover, map_width: f64, map_height: f64) -> Insets {
        let detail_sheet = match cover.detail_open {
            true => DETAIL_SHEET * map_height + CARD_GAP,
            false => 0.0,
        };
        match self {
            Layout::Docked => Insets {
                top: 40.0,
                right: if cover.detail_open {
                    DOCKED_DETAIL_ROOM
                } else {
                    ZOOM_BUTTONS
                },
                bottom: 40.0,
                left: 40.0,
            },
            Layout::Floating if cover.sidebar_open => Insets {
                top: CARD_GAP,
                right: ZOOM_BUTTONS,
                bottom: detail_sheet.max(70.0),
                left: SIDEBAR_LEFT + SIDEBAR_WIDTH.min(map_width - SIDEBAR_SPARE) + CARD_GAP,
            },
            Layout::Floating | Layout::Phone => {
                let sheet = if self == Layout::Phone && cover.sidebar_open {
                    SHEET_HALF * map_height + CARD_GAP
                } else {
                    70.0
                };
                Insets {
                    top: cover.card_bottom + CARD_GAP,
                    right: ZOOM_BUTTONS,
                    bottom: sheet.max(detail_sheet),
                    left: 16.0,
                }
            }
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
}
