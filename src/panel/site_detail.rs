//! Everything the data says about the selected site.

use imap_i18n::Texts;
use leptos::prelude::*;

use super::{DetailFrame, field};
use crate::state::Store;

#[component]
pub fn SiteDetail() -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        let data = store.dataset()?;
        let id = store.selection.with(|s| s.site().map(String::from))?;
        let s = data.site(&id)?.clone();
        let lang = store.lang.get();
        let t = lang.t();
        let description = lang
            .pick(
                s.description.as_deref().unwrap_or_default(),
                s.description_en.as_deref(),
            )
            .to_string();
        Some(view! {
            <DetailFrame
                testid="site-detail"
                compared=(imap_core::shortlist::Kind::Sites, s.id.clone())
                name=s.name.clone()
                name_en=s.name_en.clone()
                description=description
                url=s.url.clone()
                at=s.anchor()
                contact=data.manifest.contact.clone()
                on_close=Callback::new(move |_| store.select_site(None))
            >
                {field(t.field_area, lang.area(s.area_ha))}
                {field(t.field_land_use, lang.land_use(s.land_use).to_string())}
                {field(t.field_availability, lang.availability(s.availability).to_string())}
                {s.plot_ratio_max.map(|r| field(t.field_plot_ratio, imap_core::model::money::plain_number(r)))}
                {s.contact.clone().map(|c| field(t.field_contact, c))}
            </DetailFrame>
        })
    }
}
