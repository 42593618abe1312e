//! "离线 / Offline": said while the browser has no network, with the date
//! of the data shown and when it was fetched (the service worker's kept
//! copy, sw.js), so a visitor at a fair knows what they are looking at.

use imap_i18n::Texts;
use leptos::prelude::*;

use crate::state::Store;

#[component]
pub fn OfflineNotice() -> impl IntoView {
    let store = expect_context::<Store>();
    let online = RwSignal::new(window().navigator().on_line());
    let went = [
        window_event_listener(leptos::ev::online, move |_| online.set(true)),
        window_event_listener(leptos::ev::offline, move |_| online.set(false)),
    ];
    on_cleanup(move || went.into_iter().for_each(|handle| handle.remove()));
    move || {
        if online.get() {
            return None;
        }
        let data = store.dataset()?;
        let fetched = store.loading.data_fetched.get();
        // The date of an ISO time: the day is what matters here.
        let fetched = fetched.as_deref().and_then(|f| f.get(..10));
        let text = store
            .lang
            .get()
            .offline_notice(data.manifest.updated.as_deref(), fetched);
        Some(view! {
            <p class="imap-offline" role="status" data-testid="offline-notice">{text}</p>
        })
    }
}
