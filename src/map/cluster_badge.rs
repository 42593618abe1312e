//! A cluster of projects: a disc sized by its count, with the count and the
//! summed disclosed investment; a click or Enter zooms to its members.

use imap_i18n::Texts;
use leptos::prelude::*;

use super::handler::{Gestures, on_activate};
use super::placed_at;
use crate::state::Store;
use imap_core::decimal::fixed;
use imap_core::geometry::cluster::Cluster;
use imap_core::geometry::markers;

#[component]
pub fn ClusterBadge(cluster: Signal<Cluster>) -> impl IntoView {
    let store = expect_context::<Store>();
    let gestures = expect_context::<Gestures>();
    let count = move || cluster.with(|c| c.count);
    let total = move || cluster.with(|c| c.total);
    let radius = move || markers::badge_radius(count());
    let transform = placed_at(store, move || cluster.with(|c| c.at));
    // The count sits higher when a total is drawn under it.
    let count_y = move || if total() > 0.0 { "-2" } else { "4" };
    let label = move || store.lang.get().cluster_label(count(), total());
    let zoom_in = move || {
        if let Some(view) = store.view.get_untracked() {
            store.set_view(cluster.with_untracked(|c| markers::zoom_into(view, c)));
        }
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
            <circle class="imap-cluster-halo" r=move || fixed(radius() + 3.0, 2)/>
            <circle class="imap-cluster-disc" r=move || fixed(radius(), 2)/>
            <text class="imap-cluster-count" y=count_y>{count}</text>
            // Keeps the two numbers two words for assistive tech (the name
            // starts with them); SVG draws no text outside <text>.
            " "
            <text class="imap-cluster-total" y="11">
                {move || store.lang.get().badge_amount(total())}
            </text>
        </g>
    }
}
