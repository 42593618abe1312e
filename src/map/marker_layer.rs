//! The project markers in view: pins and cluster badges from
//! `Store::markers`, only those inside the map (plus a margin) in the DOM.

use std::collections::HashMap;

use leptos::prelude::*;

use super::cluster_badge::ClusterBadge;
use super::pin::Pin;
use crate::store::Store;
use imap_core::geometry::cluster::Marker;

/// Markers this far outside the map (CSS pixels) are kept, so a short pan
/// does not make pins blink in at the edge.
const MARGIN: f64 = 80.0;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Key {
    Pin(usize),
    /// A badge stays while its grid cell and zoom level do; its count, total
    /// and position follow the filters without remaking its elements.
    Cluster(i64, i64, i32),
}

#[component]
pub fn MarkerLayer() -> impl IntoView {
    let store = expect_context::<Store>();
    let visible = Memo::new(move |_| {
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
                    Marker::Single { index, at } => inside(*at).then_some((Key::Pin(*index), *m)),
                    Marker::Cluster(c) => {
                        inside(c.at).then_some((Key::Cluster(c.key.0, c.key.1, level), *m))
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    // Where each badge reads its current cluster.
    let clusters = Memo::new(move |_| {
        visible.with(|v| {
            v.iter()
                .filter_map(|(key, m)| match m {
                    Marker::Cluster(c) => Some((*key, *c)),
                    Marker::Single { .. } => None,
                })
                .collect::<HashMap<_, _>>()
        })
    });
    view! {
        <g class="imap-markers">
            <For each=move || visible.get() key=|(key, _)| *key let((key, marker))>
                {match marker {
                    Marker::Single { index, .. } => view! { <Pin index=index/> }.into_any(),
                    Marker::Cluster(first) => {
                        // `first` only while the badge is being dropped.
                        let cluster = Signal::derive(move || {
                            clusters.with(|c| c.get(&key).copied()).unwrap_or(first)
                        });
                        view! { <ClusterBadge cluster=cluster/> }.into_any()
                    }
                }}
            </For>
        </g>
    }
}
