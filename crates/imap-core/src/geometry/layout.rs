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
const SHEET_DETAIL_SHIFT: f64 = -0.14;

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

    /// What to keep free when fitting the zone: the zoom buttons on the
    /// right when docked; otherwise the folded sidebar on top and the
    /// legend below.
    pub fn home_insets(self) -> Insets {
        match self {
            Layout::Docked => Insets {
                top: 40.0,
                right: 70.0,
                bottom: 40.0,
                left: 40.0,
            },
            Layout::Floating | Layout::Phone => Insets {
                top: 150.0,
                right: 16.0,
                bottom: 70.0,
                left: 16.0,
            },
        }
    }

    /// `view` moved to show `p` beside the open detail panel.
    pub fn show_selected(self, view: Viewport, p: WorldPoint) -> Viewport {
        let shift = match self {
            Layout::Phone | Layout::Floating => SHEET_DETAIL_SHIFT * view.height,
            Layout::Docked => 0.0,
        };
        view.centered_on(p).panned(0.0, shift)
    }
}
