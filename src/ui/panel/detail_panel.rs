//! Everything the data says about the selected project. Text from the data
//! is only ever set as text; the one link is http(s) only (checked on load).

use leptos::prelude::*;

use super::money_text;
use crate::ui::store::Store;

#[component]
pub fn DetailPanel() -> impl IntoView {
    let store = expect_context::<Store>();
    let close = move || store.select(None);
    let _esc = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && store.selected.get_untracked().is_some() {
            close();
        }
    });
    move || {
        let data = store.dataset()?;
        let id = store.selected.get()?;
        let p = data.project(&id)?.clone();
        let lang = store.lang.get();
        let t = lang.t();
        let m = &data.manifest;
        let row = |label: &'static str, value: String| {
            view! {
                <div class="imap-field">
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                </div>
            }
        };
        let district = p
            .district
            .as_ref()
            .map_or(t.outside_districts.to_string(), |d| {
                let name = data
                    .boundary(d)
                    .map(|b| lang.pick(&b.name, b.name_en.as_deref()).to_string())
                    .unwrap_or_else(|| d.clone());
                let derived = if p.district_derived {
                    t.district_derived
                } else {
                    ""
                };
                format!("{name}{derived}")
            });
        let (title, subtitle) = match lang {
            crate::i18n::Lang::Zh => (p.name.clone(), p.name_en.clone()),
            crate::i18n::Lang::En => (
                p.name_en.clone().unwrap_or_else(|| p.name.clone()),
                p.name_en.as_ref().map(|_| p.name.clone()),
            ),
        };
        let description = lang
            .pick(
                p.description.as_deref().unwrap_or_default(),
                p.description_en.as_deref(),
            )
            .to_string();
        let location = if p.approximate {
            t.location_approximate
        } else {
            t.location_exact
        };
        Some(view! {
            <aside
                class="imap-detail"
                data-testid="project-detail"
                aria-labelledby="imap-detail-title"
            >
                <button
                    class="imap-button imap-detail-close"
                    type="button"
                    aria-label=t.close
                    title=t.close
                    on:click=move |_| close()
                >
                    "×"
                </button>
                <h2 id="imap-detail-title" class="imap-detail-title">{title}</h2>
                {subtitle.map(|s| view! { <p class="imap-detail-subtitle">{s}</p> })}
                <dl class="imap-fields">
                    <div class="imap-field">
                        <dt>{t.field_industry}</dt>
                        <dd>
                            <span class="imap-swatch" style:background-color=m.industry_color(p.industry).to_string()></span>
                            {m.industries[p.industry].label(lang).to_string()}
                        </dd>
                    </div>
                    {row(t.field_status, m.statuses[p.status].label(lang).to_string())}
                    {row(t.field_investment, money_text(lang, p.investment))}
                    {p.date.clone().map(|d| row(t.field_date, d))}
                    {p.company.clone().map(|c| row(t.field_company, c))}
                    {row(t.field_district, district)}
                    {p.area_ha.map(|a| row(t.field_area, lang.area(a)))}
                    {row(t.field_location, format!("{location} · {:.5}, {:.5}", p.lat, p.lon))}
                    {p.url.clone().map(|url| view! {
                        <div class="imap-field">
                            <dt>{t.field_link}</dt>
                            <dd>
                                <a href=url target="_blank" rel="noopener noreferrer">{t.open_link}</a>
                            </dd>
                        </div>
                    })}
                </dl>
                {(!description.is_empty()).then(|| view! {
                    <p class="imap-detail-description">{description}</p>
                })}
            </aside>
        })
    }
}
