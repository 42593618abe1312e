//! The map's foot, in its corner: the locator inset and the scale bar above
//! the data sources.

use leptos::html::ElementType;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::locator::Locator;
use super::scale_bar::ScaleBar;
use crate::state::Store;

#[component]
pub fn Attribution() -> impl IntoView {
    let store = expect_context::<Store>();
    // The legend stands above the credit line however many lines a long
    // credit takes; a detail card docked at the right stops above the
    // whole foot (the locator and the scale bar in the corner).
    let credit = NodeRef::<leptos::html::P>::new();
    let foot = NodeRef::<leptos::html::Div>::new();
    height_on_root(credit, "--imap-credit");
    height_on_root(foot, "--imap-foot");
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
        <div class="imap-foot" node_ref=foot>
            <Locator/>
            <ScaleBar/>
            {sources}
        </div>
    }
}

/// Keeps `property` on the app's root at `element`'s height, for what
/// must stand above it.
fn height_on_root<E>(element: NodeRef<E>, property: &'static str)
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    let (size, set_size) = signal((0.0, 0.0));
    crate::dom::observe_size(element, move |size| set_size.set(size));
    Effect::new(move |_| {
        let height = size.get().1;
        let element = element
            .get()
            .map(|e| e.unchecked_into::<web_sys::Element>());
        let root = element.and_then(|e| e.closest(".imap").ok().flatten());
        if let Some(root) = root.and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = root
                .style()
                .set_property(property, &crate::dom::px(height, 0));
        }
    });
}
