//! The sites layer: show or hide it, and filter by land use, availability and area.

use imap_i18n::Texts;
use leptos::prelude::*;

use super::BoundField;
use crate::state::{Derived, Store};
use imap_core::model::site::{Availability, LandUse};

#[component]
pub fn SiteFilter() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    move || {
        let data = store.dataset()?;
        if data.sites.is_empty() {
            return None;
        }
        let lang = store.lang.get();
        let t = lang.t();
        let land_uses = LandUse::ALL
            .iter()
            .map(|&u| {
                let checked = move || {
                    store
                        .site_filters
                        .with(|s| s.land_uses.as_ref().is_none_or(|l| l.contains(&u)))
                };
                view! {
                    <label class="imap-check">
                        <input type="checkbox" data-testid="filter-site-use" data-land-use=u.code()
                            prop:checked=checked
                            on:change=move |_| store.toggle_land_use(u)/>
                        <span class="imap-check-label">{lang.land_use(u)}</span>
                    </label>
                }
            })
            .collect_view();
        let availabilities = Availability::ALL
            .iter()
            .map(|&a| {
                let checked = move || store.site_filters.with(|s| s.availabilities.as_ref().is_none_or(|l| l.contains(&a)));
                view! {
                    <label class="imap-check">
                        <input type="checkbox" data-testid="filter-site-availability" data-availability=a.code()
                            prop:checked=checked
                            on:change=move |_| store.toggle_availability(a)/>
                        <span class="imap-check-label">{lang.availability(a)}</span>
                    </label>
                }
            })
            .collect_view();
        let shown_count = move || derived.late().matching_sites.get().len();
        Some(view! {
            <fieldset class="imap-filter imap-sites">
                <legend class="imap-filter-title">
                    {t.sites_title}
                    <span class="imap-filter-value">{move || format!("{} {}", shown_count(), t.sites_count)}</span>
                </legend>
                <label class="imap-check">
                    <input type="checkbox" data-testid="filter-sites"
                        prop:checked=move || store.site_filters.with(|s| s.shown)
                        on:change=move |_| store.toggle_sites_shown()/>
                    <span class="imap-check-label">{t.sites_show}</span>
                </label>
                <div class="imap-subfilter">
                    <span class="imap-subtitle">{t.field_land_use}</span>
                    {land_uses}
                </div>
                <div class="imap-subfilter">
                    <span class="imap-subtitle">{t.field_availability}</span>
                    {availabilities}
                </div>
                <div class="imap-range-fields">
                    <span class="imap-subtitle">{t.site_area_range}</span>
                    <BoundField
                        label=t.amount_min
                        testid="site-min-ha"
                        value=Signal::derive(move || store.site_filters.with(|s| s.min_ha))
                        on_set=Callback::new(move |v| store.set_min_site_area(v))
                    />
                    <BoundField
                        label=t.amount_max
                        testid="site-max-ha"
                        value=Signal::derive(move || store.site_filters.with(|s| s.max_ha))
                        on_set=Callback::new(move |v| store.set_max_site_area(v))
                    />
                </div>
            </fieldset>
        })
    }
}
