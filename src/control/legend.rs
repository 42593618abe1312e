//! What the colours and marks mean, with the number of matching projects per industry.

use imap_i18n::Texts;
use leptos::prelude::*;

use crate::deferred::since_first_shown;
use crate::map::pin::StageMark;
use crate::map::place_layer;
use imap_core::model::place::PlaceKind;

use crate::state::{Derived, Store};
use imap_core::order::sorted;

#[component]
pub fn Legend() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let is_open = move || store.panels.legend_is_open();
    // Folded over a phone's map, its lists are built when it first opens.
    let opened_once = since_first_shown(is_open);
    move || {
        let data = store.dataset()?;
        let lang = store.lang.get();
        let t = lang.t();
        let body = move || {
            let has_sites = !data.sites.is_empty();
            let has_clusters = move || {
                derived.markers.with(|m| {
                    m.iter()
                        .any(|m| matches!(m, imap_core::geometry::cluster::Marker::Cluster(_)))
                })
            };
            let industries = data
                .manifest
                .industries
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    view! {
                        <li class="imap-legend-item">
                            <span class="imap-swatch imap-swatch--pin" style:background-color=data.manifest.industry_color(i).to_string()></span>
                            <span class="imap-legend-label">{c.label(lang).to_string()}</span>
                            <span class="imap-legend-count">{move || derived.by_industry.with(|s| s.get(i).map_or(0, |s| s.count))}</span>
                        </li>
                    }
                })
                .collect_view();
            // The stages as the pins draw them (first, between, last status).
            let statuses = data
                .manifest
                .statuses
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let stage = data.manifest.status_stage(i);
                    view! {
                        <li class="imap-legend-item">
                            <svg class="imap-legend-mark" width="18" height="18" viewBox="-9 -9 18 18" aria-hidden="true">
                                <StageMark stage=stage color="#5b6775".to_string()/>
                            </svg>
                            <span class="imap-legend-label">{c.label(lang).to_string()}</span>
                        </li>
                    }
                })
                .collect_view();
            // The places layer's switch, with the symbols of the kinds it has.
            let places_switch = move || {
                let places = store.loading.places.get().filter(|p| !p.items.is_empty())?;
                let mut kinds = sorted(
                    places.items.iter().map(|p| p.kind).collect(),
                    &PlaceKind::cmp,
                );
                kinds.dedup();
                let symbols = kinds
                    .into_iter()
                    .map(|kind| view! {
                        <svg class="imap-legend-mark" width="18" height="18" viewBox="-9 -9 18 18" aria-hidden="true">
                            {place_layer::symbol(kind)}
                        </svg>
                    })
                    .collect_view();
                Some(view! {
                    <label class="imap-check imap-legend-switch" data-testid="places-switch">
                        <input
                            type="checkbox"
                            prop:checked=move || store.places_shown.get()
                            on:change=move |_| store.toggle_places_shown()
                        />
                        {symbols}
                        <span class="imap-legend-label">{t.places_switch}</span>
                    </label>
                })
            };
            view! {
                <ul class="imap-legend-list">{industries}</ul>
                <ul class="imap-legend-list imap-legend-list--keys" aria-label=t.field_status>{statuses}</ul>
                <ul class="imap-legend-list imap-legend-list--keys">
                    <li class="imap-legend-item">
                        <span class="imap-swatch imap-swatch--ring"></span>
                        <span class="imap-legend-label">{t.approximate_legend}</span>
                    </li>
                    <Show when=has_clusters>
                        <li class="imap-legend-item">
                            <span class="imap-swatch imap-swatch--cluster"></span>
                            <span class="imap-legend-label">{t.cluster_legend}</span>
                        </li>
                    </Show>
                    {has_sites.then(|| view! {
                        <li class="imap-legend-item">
                            <span class="imap-swatch imap-swatch--site"></span>
                            <span class="imap-legend-label">{t.site_legend}</span>
                        </li>
                    })}
                    <li class="imap-legend-item">
                        <span class="imap-swatch imap-swatch--focus"></span>
                        <span class="imap-legend-label">{t.focus_area}</span>
                    </li>
                    <li class="imap-legend-item">
                        <span class="imap-swatch imap-swatch--context"></span>
                        <span class="imap-legend-label">{t.context_area}</span>
                    </li>
                </ul>
                {places_switch}
            }
        };
        Some(view! {
            <section class="imap-legend" aria-labelledby="imap-legend-title">
                <button
                    class="imap-legend-toggle"
                    type="button"
                    aria-expanded=move || is_open().to_string()
                    on:click=move |_| store.panels.toggle_legend()
                >
                    <span id="imap-legend-title">{t.legend}</span>
                    <span class="imap-legend-chevron" aria-hidden="true">{move || if is_open() { "▾" } else { "▸" }}</span>
                </button>
                <div class="imap-legend-body" class:imap-legend-body--open=is_open>
                    {move || opened_once.get().then(&body)}
                </div>
            </section>
        })
    }
}
