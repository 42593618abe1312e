//! The map's foot, in its corner: the locator inset and the scale bar above
//! the data sources.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::locator::Locator;
use super::scale_bar::ScaleBar;
use crate::state::Store;

#[component]
pub fn Attribution() -> impl IntoView {
    let store = expect_context::<Store>();
    // The credit line's height, for the legend to stand above it however
    // many lines a long credit takes (`--imap-credit` on the app's root).
    let credit = NodeRef::<leptos::html::P>::new();
    let (size, set_size) = signal((0.0, 0.0));
    crate::dom::observe_size(credit, move |size| set_size.set(size));
    Effect::new(move |_| {
        let height = size.get().1;
        let root = credit.get().and_then(|p| p.closest(".imap").ok().flatten());
        if let Some(root) = root.and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = root
                .style()
                .set_property("--imap-credit", &crate::dom::px(height, 0));
        }
    });
    let sources = move || {
        let data = store.dataset()?;
        let lang = store.lang.get();
        // The basemap's credit, when its tiles are drawn, after the data's.
        let tiles = data
            .manifest
            .basemap
            .as_ref()
            .filter(|_| store.loading.tile_template.get().is_some())
            .and_then(|b| b.attribution.clone());
        let text: Vec<String> = data
            .manifest
            .attribution
            .as_ref()
            .map(|a| a.get(lang).to_string())
            .into_iter()
            .chain(tiles)
            .collect();
        (!text.is_empty())
            .then(|| view! { <p class="imap-attribution" node_ref=credit>{text.join(" · ")}</p> })
    };
    view! {
        <div class="imap-foot">
            <Locator/>
            <ScaleBar/>
            {sources}
        </div>
    }
}
