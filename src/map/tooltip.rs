//! The hover / focus card of a pin: name, industry, status, investment.

use imap_i18n::Texts;
use leptos::prelude::*;

use crate::state::Store;
use imap_core::geo::projection::project;
use imap_core::layout::callout;

/// The card's widest (`max-width` in the CSS).
const CARD_WIDTH: f64 = 260.0;

#[component]
pub fn Tooltip() -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        let id = store.hover.id.get().filter(|_| store.hover.card.get())?;
        let data = store.dataset()?;
        let p = data.project(&id)?;
        let view = store.view.get()?;
        let (x, y) = view.to_screen(project(p.lon, p.lat));
        let lang = store.lang.get();
        let t = lang.t();
        let at = callout::place(x, y, view.width, view.height, CARD_WIDTH);
        let industry = &data.manifest.industries[p.industry];
        Some(view! {
            <div
                class=format!("imap-tooltip {}", at.side.class())
                role="tooltip"
                style:left=crate::dom::px(at.left, 0)
                style:top=crate::dom::px(at.top, 0)
            >
                <strong class="imap-tooltip-name">{lang.pick(&p.name, p.name_en.as_deref()).to_string()}</strong>
                <span class="imap-tooltip-row">
                    <span class="imap-swatch" style:background-color=data.manifest.industry_color(p.industry).to_string()></span>
                    {industry.label(lang).to_string()}
                </span>
                <span class="imap-tooltip-row">
                    {lang.labelled(t.field_status, data.manifest.statuses[p.status].label(lang))}
                </span>
                <span class="imap-tooltip-row">
                    {lang.labelled(t.field_investment, &lang.investment(p.investment))}
                </span>
                {p.approximate.then(|| view! { <span class="imap-tooltip-note">{t.approximate_location}</span> })}
            </div>
        })
    }
}
