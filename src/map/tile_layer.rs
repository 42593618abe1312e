//! The optional raster basemap under the vector map (the manifest's
//! `basemap`). Only the tiles covering the view are requested (the browser
//! caches them); tiles of another datum are drawn shifted under the data
//! (`geometry::tiles`); a tile that fails is hidden, leaving the vector map.

use leptos::prelude::*;

use crate::dom::px;
use crate::state::Store;
use imap_core::geometry::tiles::{Tile, covering, datum_shift, url};

#[component]
pub fn TileLayer() -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        let data = store.dataset()?;
        let basemap = data.manifest.basemap.clone()?;
        let template = store.loading.tile_template.get()?;
        let data_datum = data.manifest.crs;
        let tiles = Memo::new(move |_| {
            store.view.with(|v| {
                v.map(|v| {
                    covering(
                        &v,
                        basemap.max_zoom,
                        datum_shift(&v, data_datum, basemap.crs),
                    )
                })
                .unwrap_or_default()
            })
        });
        let key = |t: &Tile| (t.z, t.x, t.y);
        Some(view! {
            <div class="imap-tiles" aria-hidden="true">
                <For each=move || tiles.get() key=key let(tile)>
                    {
                        // Kept while in view; only its place follows the view.
                        let at = move || tiles.with(|ts| ts.iter().find(|t| key(t) == key(&tile)).copied());
                        let failed = RwSignal::new(false);
                        view! {
                            <img
                                class="imap-tile"
                                class:imap-tile--failed=failed
                                src=url(&template, &tile)
                                alt=""
                                draggable="false"
                                on:error=move |_| failed.set(true)
                                style:transform=move || at().map(|t| format!("translate({}, {})", px(t.left, 1), px(t.top, 1)))
                                style:width=move || at().map(|t| px(t.size, 2))
                                style:height=move || at().map(|t| px(t.size, 2))
                            />
                        }
                    }
                </For>
            </div>
        })
    }
}
