//! The locator inset: zoomed in, a small map of the whole region with the
//! view's outline on it, so a visitor always sees where the view is. A
//! click on it goes back to the zone. Not on phones (the region shows when
//! zooming out, and the screen is needed for the map).

use geo::BoundingRect;
use leptos::prelude::*;

use crate::deferred::since_first_shown;
use crate::state::Store;
use imap_core::decimal::fixed;
use imap_core::geo::projection::project;
use imap_core::geometry::extent;
use imap_core::geometry::outline;
use imap_core::geometry::svg_path::PathFrame;
use imap_core::geometry::viewport::{Insets, Viewport};
use imap_core::layout::DOCKED_WIDTH;
use imap_i18n::Texts;

const WIDTH: f64 = 132.0;
const HEIGHT: f64 = 100.0;
/// How much wider than the zone the inset shows (as zoom levels: 2³ = 8×).
const CONTEXT_ZOOM_OUT: f64 = 3.0;
/// From this zoom on the region is out of sight, and the inset shows.
pub const SHOWN_FROM_ZOOM: f64 = 11.0;

#[component]
pub fn Locator() -> impl IntoView {
    let store = expect_context::<Store>();
    let zoomed_in = Memo::new(move |_| {
        store
            .view
            .with(|v| v.is_some_and(|v| v.zoom >= SHOWN_FROM_ZOOM))
    });
    // Drawn the first time it shows, not while the app mounts: never on a
    // phone or a tablet (the stylesheet hides it below `DOCKED_WIDTH`), and
    // many visits never zoom in that far.
    let shown_once =
        since_first_shown(move || zoomed_in.get() && store.panels.app_size.get().0 >= DOCKED_WIDTH);
    move || {
        if !shown_once.get() {
            return None;
        }
        let data = store.dataset()?;
        let context = store.loading.context.get();
        let regions: Vec<_> = context
            .iter()
            .flat_map(|c| c.items.iter().map(|r| r.shape.clone()))
            .collect();
        let districts: Vec<_> = data.boundaries.iter().map(|b| b.shape.clone()).collect();
        // The zone and some 60 km around it: the delta's cities near it.
        let focus = data.home_extent()?;
        let inset =
            Viewport::fit(focus, WIDTH, HEIGHT, Insets::uniform(2.0)).zoomed_by(-CONTEXT_ZOOM_OUT);
        let whole = extent::union(
            regions
                .iter()
                .chain(&districts)
                .filter_map(|s| s.bounding_rect()),
        )?;
        let frame = PathFrame {
            origin: project(whole.min().x, whole.max().y),
        };
        let transform = frame.transform(&inset);
        let land = |shapes: &[geo::MultiPolygon<f64>], class: &'static str| {
            outline::coarse(shapes)
                .iter()
                .map(|s| view! { <path class=class d=frame.path(s)/> })
                .collect_view()
        };
        let (region_paths, district_paths) = (
            land(&regions, "imap-locator-land"),
            land(&districts, "imap-locator-city"),
        );
        // The main view's outline, at least a few pixels so it stays visible.
        let view_box = move || {
            let v = store.view.get()?;
            let a = inset.to_screen(v.to_world(0.0, 0.0));
            let b = inset.to_screen(v.to_world(v.width, v.height));
            let (w, h) = ((b.0 - a.0).max(4.0), (b.1 - a.1).max(4.0));
            let (cx, cy) = ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
            Some((cx - w / 2.0, cy - h / 2.0, w, h))
        };
        let zone = {
            let (x0, y0) = inset.to_screen(project(focus.min().x, focus.max().y));
            let (x1, y1) = inset.to_screen(project(focus.max().x, focus.min().y));
            view! { <rect class="imap-locator-zone" x=fixed(x0, 2) y=fixed(y0, 2) width=fixed(x1 - x0, 2) height=fixed(y1 - y0, 2)/> }
        };
        let label = move || store.lang.get().t().locator;
        Some(view! {
            <button
                class="imap-locator"
                type="button"
                data-testid="locator"
                hidden=move || !zoomed_in.get()
                aria-label=label
                title=label
                on:click=move |_| store.go_home()
            >
                <svg width=fixed(WIDTH, 0) height=fixed(HEIGHT, 0) aria-hidden="true">
                    <g transform=transform>
                        {region_paths}
                        {district_paths}
                    </g>
                    {zone}
                    {move || view_box().map(|(x, y, w, h)| view! { <rect class="imap-locator-view" x=fixed(x, 2) y=fixed(y, 2) width=fixed(w, 2) height=fixed(h, 2)/> })}
                </svg>
            </button>
        })
    }
}
