//! The sites layer: show or hide it, and filter by land use, availability and area.

use imap_i18n::Texts;
use leptos::prelude::*;

use super::BoundField;
use crate::store::Store;
use imap_core::model::filter::toggle_checked;
use imap_core::model::site::{Availability, LandUse, SiteFilters};

#[component]
pub fn SiteFilter() -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        let data = store.dataset()?;
        if data.sites.is_empty() {
            return None;
        }
        let lang = store.lang.get();
        let t = lang.t();
        let update = move |f: &dyn Fn(&mut SiteFilters)| store.site_filters.update(|s| f(s));
        let land_uses = LandUse::ALL
            .iter()
            .enumerate()
            .map(|(i, &u)| {
                let checked = move || store.site_filters.with(|s| s.land_uses.as_ref().is_none_or(|l| l.contains(&u)));
                view! {
                    <label class="imap-check">
                        <input type="checkbox" data-testid="filter-site-use" data-land-use=u.code()
                            prop:checked=checked
                            on:change=move |_| update(&|s| s.land_uses = toggle_checked(&s.land_uses, &u, &LandUse::ALL))/>
                        <span class="imap-check-label">{t.land_uses[i]}</span>
                    </label>
                }
            })
            .collect_view();
        let availabilities = Availability::ALL
            .iter()
            .enumerate()
            .map(|(i, &a)| {
                let checked = move || store.site_filters.with(|s| s.availabilities.as_ref().is_none_or(|l| l.contains(&a)));
                view! {
                    <label class="imap-check">
                        <input type="checkbox" data-testid="filter-site-availability" data-availability=a.code()
                            prop:checked=checked
                            on:change=move |_| update(&|s| s.availabilities = toggle_checked(&s.availabilities, &a, &Availability::ALL))/>
                        <span class="imap-check-label">{t.availabilities[i]}</span>
                    </label>
                }
            })
            .collect_view();
        let shown_count = move || store.matching_sites.get().len();
        Some(view! {
            <fieldset class="imap-filter imap-sites">
                <legend class="imap-filter-title">
                    {t.sites_title}
                    <span class="imap-filter-value">{move || format!("{} {}", shown_count(), t.sites_count)}</span>
                </legend>
                <label class="imap-check">
                    <input type="checkbox" data-testid="filter-sites"
                        prop:checked=move || store.site_filters.with(|s| s.shown)
                        on:change=move |_| update(&|s| s.shown = !s.shown)/>
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
                        on_set=Callback::new(move |v| update(&|s| s.min_ha = v))
                    />
                    <BoundField
                        label=t.amount_max
                        testid="site-max-ha"
                        value=Signal::derive(move || store.site_filters.with(|s| s.max_ha))
                        on_set=Callback::new(move |v| update(&|s| s.max_ha = v))
                    />
                </div>
            </fieldset>
        })
    }
}
