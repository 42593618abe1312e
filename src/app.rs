//! The app's root element: loads the data, then lays out the sidebar, the
//! map and what sits on it.

use imap_i18n::Texts;
use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::control::skip_links::SkipLinks;
use super::control::{
    attribution::Attribution, gesture_hint::GestureHint, legend::Legend, zoom::ZoomControls,
};
use super::list::PrintList;
use super::map::map_view::MapView;
use super::panel::{detail_panel::DetailPanel, site_detail::SiteDetail};
use super::sidebar::Sidebar;
use super::{dom, focus, host_events, loader, marks, print};
use crate::later::{self, Later, LaterView, NotLoaded, later_view};
use crate::loader::ManifestSource;
use crate::mount::{self, Mount};
use crate::state::{Derived, Load, Location, Store, UrlSync};
use imap_core::model::{place, region};
use leptos::wasm_split::wasm_split;

/// Below this, the download is too quick for its size to be worth showing.
const SHOWN_FROM_BYTES: u64 = 256 * 1024;

#[component]
pub fn App(mount: Mount) -> impl IntoView {
    let Mount {
        host,
        manifest,
        link_base,
        lang,
        ..
    } = mount;
    let fullpage = host.is_none();
    // Mounted into a host page, the host owns the query string.
    let location = if fullpage {
        Location::Query
    } else {
        Location::Fragment
    };
    let url = UrlSync::open(location, lang);
    let opened = url.opened();
    let store = Store::new(&opened, lang, !fullpage);
    let derived = Derived::new(store);
    provide_context(store);
    provide_context(derived);
    provide_context(url);
    provide_context(print::watch());
    let later = Later::provide();
    spawn_local(async move {
        let source = opened.data.map_or(manifest, |path| ManifestSource::Link {
            path,
            base: link_base,
        });
        let received = move |bytes| store.set_received(bytes);
        match loader::load(source, received, move |p| store.set_progress(p)).await {
            Ok((data, files)) => {
                later::download_early();
                let (context, places) =
                    (data.manifest.context.clone(), data.manifest.places.clone());
                let tiles = data.manifest.basemap.as_ref();
                store.set_tile_template(tiles.and_then(|b| files.tile_template(&b.url)));
                store.finish_loading(Ok(data));
                // The region and the places are seen zoomed out or on
                // request: loaded by the later module, never delaying the map.
                later.then(move || {
                    spawn_local(async move {
                        let _ = late_layers(store, files, context, places).await;
                    })
                });
            }
            Err(error) => store.finish_loading(Err(error)),
        }
    });
    store.init_view(opened.view, derived);
    store.keep_wanted_in_view(derived);
    url.watch(store);
    store.drop_hover_on_filter(derived);
    match &host {
        Some(host) => {
            host_events::watch_selection(host.clone(), store);
            marks::watch(
                store,
                derived,
                later,
                host_events::on_moment(host.clone(), store, derived, url),
            );
        }
        None => marks::watch(store, derived, later, |_| ()),
    }
    if fullpage {
        Effect::new(move |_| {
            if let Some(data) = store.dataset() {
                document().set_title(data.manifest.title.get(store.lang.get()));
            }
        });
    }
    mount::see_through_shell();
    Effect::new(move |_| {
        if !matches!(store.load.get(), Load::Loading) {
            mount::remove_shell();
        }
    });
    // Esc closes what is open over the map, wherever the focus is.
    let esc = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" {
            store.close_popover();
        }
    });
    on_cleanup(move || esc.remove());
    let root = NodeRef::<Div>::new();
    dom::observe_size(root, print::Printing::screen_only(store.app_size_signal()));
    focus::follow_details(store, root);
    let state = move || match store.load.get() {
        Load::Loading => "loading",
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
            data-later=move || later.state()
            lang=move || store.lang.get().code()
        >
            <SkipLinks root=root/>
            // The sidebar first: keyboard users reach the title, results and
            // filters before the (possibly many) pins.
            <Sidebar/>
            <MapView/>
            <ZoomControls/>
            <LaterView view=legend quiet=true/>
            <Attribution/>
            <LaterView view=print_list quiet=true/>
            {store.cooperative.then(|| view! { <GestureHint/> })}
            <DetailPanel/>
            <LaterView view=site_detail quiet=true/>
            <Show when=move || matches!(store.load.get(), Load::Loading)>
                <p class="imap-loading" role="status">
                    {move || {
                        let lang = store.lang.get();
                        match (store.progress.get(), store.received.get()) {
                            (Some(p), _) => lang.reading_projects(p.done, p.total),
                            // Worth a figure only when the download takes a while.
                            (None, bytes) if bytes >= SHOWN_FROM_BYTES => lang.downloaded(bytes),
                            (None, _) => lang.t().loading.to_string(),
                        }
                    }}
                </p>
            </Show>
        </div>
    }
}

/// Reads the region and the places (if the manifest names them) in steps.
#[wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible)]
fn late_layers(
    store: Store,
    files: loader::Files,
    context: Option<String>,
    places: Option<String>,
) -> Result<(), NotLoaded> {
    spawn_local(async move {
        if let Some(path) = context {
            store.set_context(
                region::load_in_steps(&path, files.fetch(&path).await, dom::next_task).await,
            );
        }
        if let Some(path) = places {
            store.set_places(
                place::load_in_steps(&path, files.fetch(&path).await, dom::next_task).await,
            );
        }
    });
    Ok(())
}

later_view!(
    fn legend() {
        view! { <Legend/> }
    }
);

later_view!(
    fn print_list() {
        view! { <PrintList/> }
    }
);

later_view!(
    fn site_detail() {
        view! { <SiteDetail/> }
    }
);
