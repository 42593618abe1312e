//! The map area: follows its element's size and owns the gesture handlers.

use imap_i18n::Texts;
use leptos::html::Div;
use leptos::prelude::*;

use super::boundary_layer::BoundaryLayer;
use super::context_layer::{ContextLabels, ContextLayer};
use super::district_card::DistrictCard;
use super::handler::{Gestures, keyboard, wheel_zoom};
use super::marker_layer::MarkerLayer;
use super::place_layer::PlaceLayer;
use super::site_layer::SiteLayer;
use super::tile_layer::TileLayer;
use super::tooltip::Tooltip;
use crate::dom::{observe_size, px};
use crate::print::Printing;
use crate::state::Store;
use imap_core::decimal::fixed;
use imap_core::geo::projection::project;
use imap_core::geometry::svg_path::PathFrame;

#[component]
pub fn MapView() -> impl IntoView {
    let store = expect_context::<Store>();
    let area = NodeRef::<Div>::new();
    observe_size(
        area,
        Printing::screen_only(move |size| store.panels.set_map_size(size)),
    );
    let gestures = Gestures::new(store, area);
    provide_context(gestures);
    let t = move || store.lang.get().t();
    view! {
        <div
            class="imap-map"
            class:imap-map--basemap=move || store.loading.tile_template.get().is_some()
            node_ref=area
            tabindex="0"
            role="region"
            aria-roledescription="map"
            aria-label=move || t().map_label
            aria-describedby="imap-map-help"
            on:wheel=move |ev| wheel_zoom::on_wheel(store, area, ev)
            on:keydown=move |ev| keyboard::on_keydown(store, ev)
            on:pointerdown=move |ev| gestures.down(ev)
            on:pointermove=move |ev| gestures.moved(ev)
            on:pointerup=move |ev| gestures.up(ev)
            on:pointercancel=move |ev| gestures.up(ev)
            on:touchstart=move |ev| gestures.touch_start(ev)
            on:touchmove=move |ev| gestures.touch_move(ev)
            // A tap on empty map closes what is open over it, nothing more.
            on:click=gestures.on_click(move || {
                store.close_popover();
            })
        >
            <p id="imap-map-help" class="imap-visually-hidden">{move || t().map_help}</p>
            <TileLayer/>
            <svg
                class="imap-svg"
                width=move || fixed(store.panels.map_size.get().0, 2)
                height=move || fixed(store.panels.map_size.get().1, 2)
                // A printout scales the map as on screen to the page's width.
                viewBox=move || { let (w, h) = store.panels.map_size.get(); format!("0 0 {} {}", fixed(w, 2), fixed(h, 2)) }
            >
                {move || {
                    // Path coordinates start at the zone's corner, one frame per data set.
                    let data = store.dataset()?;
                    let corner = data.home_extent().map(|r| project(r.min().x, r.max().y));
                    let frame = PathFrame { origin: corner.unwrap_or_default() };
                    Some(view! {
                        <ContextLayer frame=frame/>
                        <BoundaryLayer frame=frame/>
                        <ContextLabels/>
                        <PlaceLayer/>
                        <SiteLayer frame=frame/>
                        <MarkerLayer/>
                    })
                }}
            </svg>
            <Tooltip/>
            <DistrictCard/>
            // The year the play control shows, large in the middle of the
            // map that no panel covers.
            {move || store.playback.year.get().map(|year| view! {
                <p
                    class="imap-play-year"
                    data-testid="play-year"
                    aria-hidden="true"
                    style:left=move || px(store.uncovered_centre().0, 0)
                    style:top=move || px(store.uncovered_centre().1, 0)
                >
                    {year}
                </p>
            })}
        </div>
    }
}
