//! Two pointers pinching: the map follows the midpoint and scales with the
//! distance between the fingers.

use super::Pointer;
use imap_core::geometry::viewport::Viewport;

/// `still` stays put while `from` moves to `to`.
pub fn pinch(view: Viewport, still: Pointer, from: Pointer, to: Pointer) -> Viewport {
    let before = (from.x - still.x).hypot(from.y - still.y);
    let after = (to.x - still.x).hypot(to.y - still.y);
    if before < 1.0 || after < 1.0 {
        return view;
    }
    let mid_before = ((from.x + still.x) / 2.0, (from.y + still.y) / 2.0);
    let mid_after = ((to.x + still.x) / 2.0, (to.y + still.y) / 2.0);
    view.zoomed_at(
        view.zoom + (after / before).log2(),
        mid_before.0,
        mid_before.1,
    )
    .panned(mid_after.0 - mid_before.0, mid_after.1 - mid_before.1)
}
