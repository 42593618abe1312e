//! Where a pin's hover card goes so that it stays whole inside the map: to
//! the pin's right, else its left, else (a narrow map) above or below it,
//! slid sideways to fit.

use crate::bounded::bounded;
/// Room between the pin and the card, and between the card and the map's edge.
const GAP: f64 = 16.0;
const EDGE: f64 = 8.0;

/// The card's anchor: `left` and `top` in map pixels, and which way the
/// card extends from it (the CSS transform for that side).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Callout {
    pub side: Side,
    pub left: f64,
    pub top: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Right,
    Left,
    Above,
    Below,
}

impl Side {
    pub fn class(self) -> &'static str {
        match self {
            Side::Right => "imap-tooltip--right",
            Side::Left => "imap-tooltip--left",
            Side::Above => "imap-tooltip--above",
            Side::Below => "imap-tooltip--below",
        }
    }
}

/// The callout for a pin at (`x`, `y`) in a map `width` × `height` px,
/// for a card at most `card_width` px wide.
pub fn place(x: f64, y: f64, width: f64, height: f64, card_width: f64) -> Callout {
    let beside = card_width + GAP + EDGE;
    if x + beside <= width {
        Callout {
            side: Side::Right,
            left: x,
            top: y,
        }
    } else if x >= beside {
        Callout {
            side: Side::Left,
            left: x,
            top: y,
        }
    } else {
        let left = bounded(
            x - card_width / 2.0,
            EDGE,
            (width - card_width - EDGE).max(EDGE),
        );
        let side = if y > height / 2.0 {
            Side::Above
        } else {
            Side::Below
        };
        Callout { side, left, top: y }
    }
}
