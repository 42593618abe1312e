//! One pointer dragging the map.

use super::Pointer;
use imap_core::geometry::viewport::Viewport;

/// Pixels a pointer must travel before a press becomes a drag; below it, a
/// press on a pin stays a click.
pub const THRESHOLD: f64 = 4.0;

pub fn pan(view: Viewport, from: Pointer, to: Pointer) -> Viewport {
    view.panned(to.x - from.x, to.y - from.y)
}
