//! The app's root element: loads the data, then lays out the sidebar, the
//! map and what sits on it.

use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::compare::ComparePanel;
use super::control::skip_links::SkipLinks;
use super::control::{
    attribution::Attribution, gesture_hint::GestureHint, legend::Legend, zoom::ZoomControls,
};
use super::list::PrintList;
use super::map::map_view::MapView;
use super::panel::{detail_panel::DetailPanel, site_detail::SiteDetail};
use super::sidebar::Sidebar;
use super::{dom, focus, host_events, loader, marks, print};
use crate::first_map::Handover;
use crate::mount::Mount;
use crate::start::Started;
use crate::state::{Derived, Load, Store, UrlSync};
use imap_core::model::{place, region};

#[component]
pub fn App(mount: Mount, started: Started, handover: Handover) -> impl IntoView {
    let Mount { host, lang, .. } = mount;
    let fullpage = host.is_none();
    let Started {
        location,
        opened,
        loaded,
    } = started;
    let url = UrlSync::new(location, opened.clone());
    let (data, files) = match loaded {
        Ok((data, files)) => (Ok(data), Some(files)),
        Err(error) => (Err(error), None),
    };
    let store = Store::new(&opened, lang, !fullpage, data);
    let derived = Derived::new(store);
    provide_context(store);
    provide_context(derived);
    provide_context(url);
    provide_context(print::watch());
    if let (Some(data), Some(files)) = (store.dataset_untracked(), files) {
        let (context, places) = (data.manifest.context.clone(), data.manifest.places.clone());
        let tiles = data.manifest.basemap.as_ref();
        store
            .loading
            .set_tile_template(tiles.and_then(|b| files.tile_template(&b.url)));
        let manifest_url = files.manifest_url().to_string();
        spawn_local(async move {
            store
                .loading
                .set_data_fetched(dom::kept_since(&manifest_url).await);
        });
        // The region and the places are seen zoomed out or on request:
        // read after the map, never delaying it.
        spawn_local(late_layers(store, files, context, places));
    }
    store.init_view(opened.choices.view, handover.view, derived);
    store.keep_wanted_in_view(derived);
    url.watch(store);
    store.hover.drop_on_filter(derived);

    match &host {
        Some(host) => {
            host_events::watch_selection(host.clone(), store);
            marks::watch(
                store,
                derived,
                handover.drawn,
                host_events::on_moment(host.clone(), store, derived, url),
            );
        }
        None => marks::watch(store, derived, handover.drawn, |_| ()),
    }
    // A pin tapped on the first map opens now, as if tapped here.
    if let Some(id) = handover.selected {
        store.select(Some(id));
    }
    if fullpage {
        Effect::new(move |_| {
            if let Some(data) = store.dataset() {
                document().set_title(data.manifest.title.get(store.lang.get()));
            }
        });
    }
    // Esc closes what is open over the map, wherever the focus is.
    let esc = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" {
            store.close_popover();
        }
    });
    on_cleanup(move || esc.remove());
    let root = NodeRef::<Div>::new();
    dom::observe_size(
        root,
        print::Printing::screen_only(move |size| store.panels.set_app_size(size)),
    );
    focus::follow_details(store, root);
    let state = move || match store.loading.data.get() {
        Load::Ready(_) => "ready",
        Load::Failed(_) => "error",
    };
    view! {
        <div
            class="imap"
            class:imap--fullpage=fullpage
            class:imap--embed=store.embedded
            class:imap--cooperative=store.cooperative
            node_ref=root
            data-testid="map-root"
            data-state=state
            lang=move || store.lang.get().code()
        >
            <SkipLinks root=root/>
            // The sidebar first: keyboard users reach the title, results and
            // filters before the (possibly many) pins.
            <Sidebar/>
            <MapView/>
            <ZoomControls/>
            <Legend/>
            <Attribution/>
            <PrintList/>
            {store.cooperative.then(|| view! { <GestureHint/> })}
            <DetailPanel/>
            <SiteDetail/>
            <ComparePanel/>
        </div>
    }
}

/// Reads the region and the places (if the manifest names them) in steps.
async fn late_layers(
    store: Store,
    files: loader::Files,
    context: Option<String>,
    places: Option<String>,
) {
    if let Some(path) = context {
        store.loading.set_context(
            region::load_in_steps(&path, files.fetch(&path).await, dom::next_task).await,
        );
    }
    if let Some(path) = places {
        store.loading.set_places(
            place::load_in_steps(&path, files.fetch(&path).await, dom::next_task).await,
        );
    }
}
