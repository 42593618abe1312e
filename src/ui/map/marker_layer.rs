//! The project markers in view: pins and cluster badges from
//! `Store::markers`, only those inside the map (plus a margin) in the DOM.

use leptos::prelude::*;

use super::cluster_badge::ClusterBadge;
use super::pin::Pin;
use crate::geometry::cluster::Marker;
use crate::ui::store::Store;

/// Markers this far outside the map (CSS pixels) are kept, so a short pan
/// does not make pins blink in at the edge.
const MARGIN: f64 = 80.0;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Key {
    Pin(usize),
    /// A badge is remade when its cell, level or members change.
    Cluster(i64, i64, i32, usize),
}

#[component]
pub fn MarkerLayer() -> impl IntoView {
    let store = expect_context::<Store>();
    let visible = move || {
        let Some(view) = store.view.get() else {
            return Vec::new();
        };
        let level = view.zoom.floor() as i32;
        let inside = |at| {
            let (x, y) = view.to_screen(at);
            x > -MARGIN && y > -MARGIN && x < view.width + MARGIN && y < view.height + MARGIN
        };
        store.markers.with(|markers| {
            markers
                .iter()
                .filter_map(|m| match m {
                    Marker::Single { index, at } => {
                        inside(*at).then_some((Key::Pin(*index), m.clone()))
                    }
                    Marker::Cluster(c) => inside(c.at)
                        .then(|| (Key::Cluster(c.key.0, c.key.1, level, c.count), m.clone())),
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <g class="imap-markers">
            <For each=visible key=|(key, _)| *key let:marker>
                {match marker.1 {
                    Marker::Single { index, .. } => view! { <Pin index=index/> }.into_any(),
                    Marker::Cluster(cluster) => view! { <ClusterBadge cluster=cluster/> }.into_any(),
                }}
            </For>
        </g>
    }
}
