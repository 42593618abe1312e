//! "投资咨询 / Investment enquiries": a contact's parts, with `tel:`,
//! `mailto:` and web links where they are safe (`Contact`), text otherwise.

use imap_i18n::Texts;
use leptos::prelude::*;

use crate::state::Store;
use imap_core::model::contact::Contact;
use imap_core::model::rules::visible;

#[component]
pub fn ContactBlock(contact: Contact) -> impl IntoView {
    let store = expect_context::<Store>();
    let lang = store.lang.get_untracked();
    let t = lang.t();
    let row = |label: &'static str, value: AnyView| {
        view! {
            <div class="imap-field">
                <dt>{label}</dt>
                <dd>{value}</dd>
            </div>
        }
    };
    // Shown as it would be used: a character that is not seen (U+202E
    // turning `gnp.exe` into `exe.png`) is left out of the text too.
    let linked = |text: String, href: Option<String>| match href {
        Some(href) => view! { <a href=href>{visible(&text)}</a> }.into_any(),
        None => visible(&text).into_any(),
    };
    let phone = contact
        .phone
        .clone()
        .map(|p| row(t.contact_phone, linked(p, contact.phone_link())));
    let email = contact
        .email
        .clone()
        .map(|e| row(t.contact_email, linked(e, contact.email_link())));
    let web = contact.url.clone().map(|u| {
        let link = match contact.web_link() {
            Some(href) => {
                view! { <a href=href.to_string() target="_blank" rel="noopener noreferrer">{visible(&u)}</a> }
                    .into_any()
            }
            None => visible(&u).into_any(),
        };
        row(t.contact_web, link)
    });
    view! {
        <section class="imap-section" data-testid="contact">
            <h3 class="imap-section-title">{t.contact_title}</h3>
            {contact.name.as_ref().map(|n| view! { <p class="imap-contact-name">{n.get(lang).to_string()}</p> })}
            <dl class="imap-fields">
                {phone}
                {email}
                {contact.address.as_ref().map(|a| row(t.contact_address, a.get(lang).to_string().into_any()))}
                {web}
            </dl>
        </section>
    }
}
