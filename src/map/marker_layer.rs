//! The project markers in view: pins and cluster badges from
//! `Derived::markers`, only those inside the map (plus a margin) in the DOM.

use std::collections::HashMap;

use leptos::prelude::*;

use super::cluster_badge::ClusterBadge;
use super::pin::Pin;
use crate::state::{Derived, Store};
use imap_core::geometry::cluster::Marker;
use imap_core::geometry::markers;

#[component]
pub fn MarkerLayer() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let visible = Memo::new(move |_| {
        let Some(view) = store.view.get() else {
            return Vec::new();
        };
        derived.markers.with(|all| markers::in_view(&view, all))
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
