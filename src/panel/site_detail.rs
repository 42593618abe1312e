//! Everything the data says about the selected site.

use imap_i18n::Texts;
use leptos::prelude::*;

use super::{DetailFrame, field};
use crate::store::Store;
use imap_core::model::site::{Availability, LandUse};

#[component]
pub fn SiteDetail() -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        let data = store.dataset()?;
        let id = store.selected_site.get()?;
        let s = data.site(&id)?.clone();
        let lang = store.lang.get();
        let t = lang.t();
        let land_use = LandUse::ALL
            .iter()
            .position(|u| *u == s.land_use)
            .map(|i| t.land_uses[i]);
        let availability = Availability::ALL
            .iter()
            .position(|a| *a == s.availability)
            .map(|i| t.availabilities[i]);
        let description = lang
            .pick(
                s.description.as_deref().unwrap_or_default(),
                s.description_en.as_deref(),
            )
            .to_string();
        Some(view! {
            <DetailFrame
                testid="site-detail"
                name=s.name.clone()
                name_en=s.name_en.clone()
                description=description
                url=s.url.clone()
                on_close=Callback::new(move |_| store.select_site(None))
            >
                {field(t.field_area, lang.area(s.area_ha))}
                {field(t.field_land_use, land_use.unwrap_or_default().to_string())}
                {field(t.field_availability, availability.unwrap_or_default().to_string())}
                {s.plot_ratio_max.map(|r| field(t.field_plot_ratio, imap_core::model::money::plain_number(r)))}
                {s.contact.clone().map(|c| field(t.field_contact, c))}
            </DetailFrame>
        })
    }
}
