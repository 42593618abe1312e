//! In an iframe: a link that opens the full map, in the same state, in a
//! new tab.

use imap_i18n::Texts;
use leptos::prelude::*;

use crate::state::{Store, UrlSync};

#[component]
pub fn FullMapLink() -> impl IntoView {
    let store = expect_context::<Store>();
    let url = expect_context::<UrlSync>();
    // Brought up to date as the visitor reaches for it (the state changes on
    // every pan frame; the link only matters when it is followed).
    let refresh = move |ev: leptos::ev::Event| {
        let link: web_sys::HtmlAnchorElement = event_target(&ev);
        link.set_href(&url.full_page_href(store));
    };
    view! {
        <a
            class="imap-full-map"
            data-testid="full-map-link"
            href=url.full_page_href(store)
            target="_blank"
            rel="noopener"
            on:pointerdown=move |ev| refresh(ev.into())
            on:focus=move |ev| refresh(ev.into())
            on:click=move |ev| refresh(ev.into())
        >
            {move || store.lang.get().t().open_full_map}
            <span aria-hidden="true">" ↗"</span>
        </a>
    }
}
