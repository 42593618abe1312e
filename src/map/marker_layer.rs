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
    // Where each marker reads what it currently shows: a badge its cluster,
    // a pin its spot (moved when pins that share one are spread).
    let current = Memo::new(move |_| {
        visible.with(|v| {
            v.iter()
                .map(|(key, m)| (*key, *m))
                .collect::<HashMap<_, _>>()
        })
    });
    view! {
        <g class="imap-markers">
            <For each=move || visible.get() key=|(key, _)| *key let((key, marker))>
                {match marker {
                    Marker::Single { index, at: first } => {
                        // `first` only while the pin is being dropped.
                        let at = Signal::derive(move || match current.with(|c| c.get(&key).copied()) {
                            Some(Marker::Single { at, .. }) => at,
                            _ => first,
                        });
                        view! { <Pin index=index at=at/> }.into_any()
                    }
                    Marker::Cluster(first) => {
                        let cluster = Signal::derive(move || match current.with(|c| c.get(&key).copied()) {
                            Some(Marker::Cluster(c)) => c,
                            _ => first,
                        });
                        view! { <ClusterBadge cluster=cluster/> }.into_any()
                    }
                }}
            </For>
        </g>
    }
}
