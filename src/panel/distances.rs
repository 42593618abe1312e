//! Straight-line distances from a project or site to the places: the
//! nearest airport, port and station, and every city centre.

use imap_i18n::Texts;
use leptos::prelude::*;

use crate::state::Store;
use imap_core::model::place::distances_from;

#[component]
pub fn Distances(lon: f64, lat: f64) -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        let places = store.loading.places.get()?;
        let lang = store.lang.get();
        let distances = distances_from(&places.items, lon, lat);
        if distances.is_empty() {
            return None;
        }
        let rows = distances
            .into_iter()
            .map(|(place, metres)| {
                view! {
                    <div class="imap-field">
                        <dt>{place.label(lang).to_string()}</dt>
                        <dd>{lang.about_distance(metres)}</dd>
                    </div>
                }
            })
            .collect_view();
        Some(view! {
            <section class="imap-section" data-testid="distances">
                <h3 class="imap-section-title">{lang.t().distances_title}</h3>
                <dl class="imap-fields">{rows}</dl>
            </section>
        })
    }
}
