//! A cluster of projects: a disc sized by its count, with the count and the
//! summed disclosed investment; a click or Enter zooms to its members.

use imap_i18n::Texts;
use leptos::prelude::*;

use super::handler::{Gestures, on_activate};
use super::placed_at;
use crate::store::Store;
use imap_core::geometry::cluster::Cluster;
use imap_core::geometry::projection::unproject;
use imap_core::geometry::viewport::{Insets, MAX_ZOOM, Viewport};
use imap_core::model::money::plain_number;

#[component]
pub fn ClusterBadge(cluster: Signal<Cluster>) -> impl IntoView {
    let store = expect_context::<Store>();
    let gestures = expect_context::<Gestures>();
    let count = move || cluster.with(|c| c.count);
    let total = move || cluster.with(|c| c.total);
    // Grows with the log of the count, and stays under half the cluster
    // radius so neighbouring badges never overlap.
    let radius = move || (12.0 + 3.0 * (count() as f64).log10()).min(22.0);
    let transform = placed_at(store, move || cluster.with(|c| c.at));
    // The count sits higher when a total is drawn under it.
    let count_y = move || if total() > 0.0 { -2.0 } else { 4.0 };
    let label = move || {
        let lang = store.lang.get();
        format!("{} · {}", lang.cluster_label(count()), lang.money(total()))
    };
    let zoom_in = move || {
        let Some(view) = store.view.get_untracked() else {
            return;
        };
        let (min, max) = cluster.with_untracked(|c| (c.min, c.max));
        let (west, north) = unproject(min);
        let (east, south) = unproject(max);
        let extent = geo::Rect::new(
            geo::coord! {x: west, y: south},
            geo::coord! {x: east, y: north},
        );
        let fitted = Viewport::fit(extent, view.width, view.height, Insets::uniform(60.0));
        // Always at least one step in, so a click never does nothing.
        let zoom = fitted.zoom.max(view.zoom.floor() + 1.0);
        store.view.set(Some(Viewport {
            zoom: zoom.min(MAX_ZOOM),
            ..fitted
        }));
    };
    view! {
        <g
            class="imap-cluster"
            data-cluster-count=count
            tabindex="0"
            role="button"
            aria-label=label
            transform=transform
            on:click=gestures.on_click(zoom_in)
            on:keydown=on_activate(zoom_in)
        >
            <circle class="imap-cluster-halo" r=move || radius() + 3.0/>
            <circle class="imap-cluster-disc" r=radius/>
            <text class="imap-cluster-count" y=count_y>{count}</text>
            <text class="imap-cluster-total" y="11">
                {move || (total() > 0.0).then(|| plain_number(total().round()))}
            </text>
        </g>
    }
}
