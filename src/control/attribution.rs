//! The map's foot, in its corner: the locator inset and the scale bar above
//! the data sources.

use leptos::prelude::*;

use super::locator::Locator;
use super::scale_bar::ScaleBar;
use crate::state::Store;

#[component]
pub fn Attribution() -> impl IntoView {
    let store = expect_context::<Store>();
    let sources = move || {
        let data = store.dataset()?;
        let lang = store.lang.get();
        // The basemap's credit, when its tiles are drawn, after the data's.
        let tiles = data
            .manifest
            .basemap
            .as_ref()
            .filter(|_| store.tile_template.get().is_some())
            .and_then(|b| b.attribution.clone());
        let text: Vec<String> = data
            .manifest
            .attribution
            .as_ref()
            .map(|a| a.get(lang).to_string())
            .into_iter()
            .chain(tiles)
            .collect();
        (!text.is_empty()).then(|| view! { <p class="imap-attribution">{text.join(" · ")}</p> })
    };
    view! {
        <div class="imap-foot">
            <Locator/>
            <ScaleBar/>
            {sources}
        </div>
    }
}
