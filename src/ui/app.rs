//! The app's root element: loads the data, then lays out the map and what sits on it.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::control::{attribution::Attribution, legend::Legend, zoom::ZoomControls};
use super::map::map_view::MapView;
use super::panel::{
    detail_panel::DetailPanel, error_alert::ErrorAlert, header::Header,
    problems_notice::ProblemsNotice,
};
use super::store::{Load, Store};
use super::{loader, marks};

#[component]
pub fn App(fullpage: bool) -> impl IntoView {
    let store = Store::from_url();
    provide_context(store);
    spawn_local(async move {
        let loaded = loader::load(store.data_param()).await;
        store.load.set(match loaded {
            Ok(data) => Load::Ready(std::sync::Arc::new(data)),
            Err(error) => Load::Failed(error),
        });
    });
    store.init_view();
    store.sync_url();
    marks::watch(store);
    if fullpage {
        Effect::new(move |_| {
            if let Some(data) = store.dataset() {
                document().set_title(data.manifest.title.get(store.lang.get()));
            }
        });
    }
    let state = move || match store.load.get() {
        Load::Loading => "loading",
        Load::Ready(_) => "ready",
        Load::Failed(_) => "error",
    };
    view! {
        <div
            class="imap"
            class:imap--fullpage=fullpage
            data-testid="map-root"
            data-state=state
            lang=move || store.lang.get().code()
        >
            <MapView/>
            // One column for the header and notices, so they stack instead of overlapping.
            <div class="imap-side">
                <Header/>
                <ErrorAlert/>
                <ProblemsNotice/>
            </div>
            <ZoomControls/>
            <Legend/>
            <Attribution/>
            <DetailPanel/>
            <Show when=move || matches!(store.load.get(), Load::Loading)>
                <p class="imap-loading" role="status">{move || store.lang.get().t().loading}</p>
            </Show>
        </div>
    }
}
