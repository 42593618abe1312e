//! Data sources, in the map corner.

use leptos::prelude::*;

use crate::state::Store;

#[component]
pub fn Attribution() -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        let data = store.dataset()?;
        let lang = store.lang.get();
        let text = data.manifest.attribution.as_ref()?.get(lang).to_string();
        Some(view! { <p class="imap-attribution">{text}</p> })
    }
}
