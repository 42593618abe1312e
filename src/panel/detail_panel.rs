//! Everything the data says about the selected project.

use imap_i18n::Texts;
use leptos::prelude::*;

use super::{DetailFrame, field};
use crate::state::Store;

#[component]
pub fn DetailPanel() -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        let data = store.dataset()?;
        let id = store.selection.with(|s| s.project().map(String::from))?;
        let p = data.project(&id)?.clone();
        let lang = store.lang.get();
        let t = lang.t();
        let m = &data.manifest;
        let color = m.industry_color(p.industry).to_string();
        let industry = m.industries[p.industry].label(lang).to_string();
        let status = m.statuses[p.status].label(lang).to_string();
        let district = p
            .district
            .as_ref()
            .map_or(t.outside_districts.to_string(), |d| {
                let name = data.boundary(d).map_or(d.as_str(), |b| b.label(lang));
                lang.district_name(name, p.district_derived)
            });
        let description = lang
            .pick(
                p.description.as_deref().unwrap_or_default(),
                p.description_en.as_deref(),
            )
            .to_string();
        Some(view! {
            <DetailFrame
                testid="project-detail"
                compared=(imap_core::shortlist::Kind::Projects, p.id.clone())
                name=p.name.clone()
                name_en=p.name_en.clone()
                description=description
                url=p.url.clone()
                at=Some((p.lon, p.lat))
                contact=p.contact.as_deref().or(data.manifest.contact.as_ref()).cloned()
                on_close=Callback::new(move |_| store.select(None))
            >
                <div class="imap-field">
                    <dt>{t.field_industry}</dt>
                    <dd>
                        <span class="imap-swatch" style:background-color=color></span>
                        {industry}
                    </dd>
                </div>
                {field(t.field_status, status)}
                {field(t.field_investment, lang.investment(p.investment))}
                {p.date.clone().map(|d| field(t.field_date, d))}
                {p.company.clone().map(|c| field(t.field_company, c))}
                {field(t.field_district, district)}
                {p.area_ha.map(|a| field(t.field_area, lang.area(a)))}
                {field(t.field_location, lang.location(p.approximate, p.lon, p.lat))}
            </DetailFrame>
        })
    }
}
