//! Available sites, in their own style: areas hatched and outlined, points
//! as squares, so they never read as project pins.

use imap_i18n::Texts;
use leptos::prelude::*;

use super::handler::{Gestures, on_activate};
use super::placed_at;
use crate::state::{Derived, Store};
use imap_core::geo::projection::project;
use imap_core::geometry::svg_path::PathFrame;
use imap_core::model::site::{Site, SiteShape};

#[component]
pub fn SiteLayer(frame: PathFrame) -> impl IntoView {
    let derived = expect_context::<Derived>();
    let shown = move || derived.late().matching_sites.get().to_vec();
    view! {
        <g class="imap-sites">
            <For each=shown key=|i| *i let:index>
                <SiteMark index=index frame=frame/>
            </For>
        </g>
    }
}

#[component]
fn SiteMark(index: usize, frame: PathFrame) -> impl IntoView {
    let store = expect_context::<Store>();
    let gestures = expect_context::<Gestures>();
    let data = store.dataset_untracked()?;
    let site: Site = data.sites.get(index)?.clone();
    let id = StoredValue::new(site.id.clone());
    let selected = move || id.with_value(|id| store.selection.with(|s| s.site() == Some(id)));
    let pick = move || store.select_site(Some(id.get_value()));
    let label = {
        let site = site.clone();
        move || {
            let lang = store.lang.get();
            format!(
                "{} · {}",
                lang.pick(&site.name, site.name_en.as_deref()),
                lang.area(site.area_ha)
            )
        }
    };
    let availability = site.availability.code();
    let (lon, lat) = site.anchor()?;
    let anchor = project(lon, lat);
    let area = match &site.shape {
        SiteShape::Area(shape) => Some(frame.path(shape)),
        SiteShape::Point { .. } => None,
    };
    let outline = area.map(|d| {
        view! {
            <path
                class="imap-site-area"
                d=d
                transform=move || store.view.get().map(|v| frame.transform(&v))
            />
        }
    });
    Some(view! {
        <g
            class="imap-site"
            class:imap-site--selected=selected
            data-site-id=site.id.clone()
            data-availability=availability
            tabindex="0"
            role="button"
            aria-label=label
            on:click=gestures.on_click(pick)
            on:keydown=on_activate(pick)
        >
            {outline}
            <rect
                class="imap-site-mark"
                x="-6"
                y="-6"
                width="12"
                height="12"
                transform=placed_at(store, move || anchor)
            />
        </g>
    })
}
