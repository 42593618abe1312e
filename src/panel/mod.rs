//! Panels over the map: project and site details, data problems, errors.

mod contact_block;
pub mod detail_panel;
mod distances;
pub mod error_alert;
pub mod offline_notice;
pub mod problems_notice;
pub mod site_detail;

use leptos::prelude::*;

use crate::compare::CompareToggle;
use crate::state::Store;
pub use contact_block::ContactBlock;
use distances::Distances;
use imap_core::model::contact::Contact;
use imap_core::shortlist::Kind;
use imap_i18n::{Lang, Texts};

/// One labelled value of a detail panel.
pub fn field(label: &'static str, value: String) -> impl IntoView {
    view! {
        <div class="imap-field">
            <dt>{label}</dt>
            <dd>{value}</dd>
        </div>
    }
}

/// What project and site details share: title in the visitor's language
/// with the other name below, a close button, the fields, a safe link, the
/// description, whom to contact and the straight-line distances from `at`
/// (lon, lat) to the places. Text from data is only ever set as text.
#[component]
pub fn DetailFrame(
    testid: &'static str,
    /// What the "compare" toggle puts in the tray: this item's kind and id.
    compared: (Kind, String),
    name: String,
    name_en: Option<String>,
    description: String,
    url: Option<String>,
    at: Option<(f64, f64)>,
    contact: Option<Contact>,
    on_close: Callback<()>,
    children: Children,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let lang = store.lang.get_untracked();
    let t = lang.t();
    let (title, subtitle) = match lang {
        Lang::Zh => (name, name_en),
        Lang::En => match name_en {
            Some(en) => (en, Some(name)),
            None => (name, None),
        },
    };
    view! {
        <aside class="imap-detail" data-testid=testid aria-labelledby="imap-detail-title">
            <button
                class="imap-button imap-detail-close"
                type="button"
                aria-label=t.close
                title=t.close
                on:click=move |_| on_close.run(())
            >
                "×"
            </button>
            <h2 id="imap-detail-title" class="imap-detail-title" tabindex="-1">{title}</h2>
            {subtitle.map(|s| view! { <p class="imap-detail-subtitle">{s}</p> })}
            <CompareToggle kind=compared.0 id=compared.1/>
            <dl class="imap-fields">
                {children()}
                {url.map(|url| view! {
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
            {contact.map(|contact| view! { <ContactBlock contact/> })}
            {at.map(|(lon, lat)| view! { <Distances lon lat/> })}
        </aside>
    }
}
