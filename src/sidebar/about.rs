//! "关于本区 / About the zone": what the zone is (the manifest's `about`,
//! with its source) and whom investors contact, shown on request.

use imap_i18n::Texts;
use leptos::prelude::*;

use crate::panel::ContactBlock;
use crate::state::Store;

#[component]
pub fn About() -> impl IntoView {
    let store = expect_context::<Store>();
    let open = RwSignal::new(false);
    move || {
        let data = store.dataset()?;
        let manifest = &data.manifest;
        if manifest.about.is_none() && manifest.contact.is_none() {
            return None;
        }
        let lang = store.lang.get();
        let t = lang.t();
        let about = manifest.about.clone();
        let contact = manifest.contact.clone();
        Some(view! {
            <div class="imap-about">
                <button
                    class="imap-link imap-about-toggle"
                    type="button"
                    aria-expanded=move || open.get().to_string()
                    aria-controls="imap-about-text"
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    {t.about_button}
                    <span aria-hidden="true">{move || if open.get() { " ▾" } else { " ▸" }}</span>
                </button>
                <div id="imap-about-text" class="imap-about-text" data-testid="about" hidden=move || !open.get()>
                    {about.map(|a| view! {
                        <p class="imap-about-body">{lang.pick(&a.zh, a.en.as_deref()).to_string()}</p>
                        <p class="imap-about-source">{lang.labelled(t.about_source, &a.source)}</p>
                    })}
                    {contact.map(|contact| view! { <ContactBlock contact/> })}
                </div>
            </div>
        })
    }
}
