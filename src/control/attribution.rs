//! The map's foot, in its corner: the scale bar above the data sources.

use leptos::prelude::*;

use super::scale_bar::ScaleBar;
use crate::state::Store;

#[component]
pub fn Attribution() -> impl IntoView {
    let store = expect_context::<Store>();
    let sources = move || {
        let data = store.dataset()?;
        let lang = store.lang.get();
        let text = data.manifest.attribution.as_ref()?.get(lang).to_string();
        Some(view! { <p class="imap-attribution">{text}</p> })
    };
    view! {
        <div class="imap-foot">
            <ScaleBar/>
            {sources}
        </div>
    }
}
