//! "关于本区 / About the zone": what the zone is (the manifest's `about`,
//! with its source) and whom investors contact, shown on request: an ⓘ
//! button beside the language switch (it costs the header card no line on a
//! phone), the text under the results.

use imap_i18n::Texts;
use leptos::prelude::*;

use crate::panel::ContactBlock;
use crate::state::Store;

/// Whether the data set has anything to say about the zone.
fn has_about(store: Store) -> bool {
    store
        .dataset()
        .is_some_and(|d| d.manifest.about.is_some() || d.manifest.contact.is_some())
}

#[component]
pub fn AboutToggle(open: RwSignal<bool>) -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        has_about(store).then(|| {
            view! {
                <button
                    class="imap-button imap-about-toggle"
                    type="button"
                    aria-label=move || store.lang.get().t().about_button
                    title=move || store.lang.get().t().about_button
                    aria-expanded=move || open.get().to_string()
                    aria-controls="imap-about-text"
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
                        <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" stroke-width="1.6"/>
                        <circle cx="10" cy="6" r="1.2" fill="currentColor"/>
                        <path d="M10 9v6" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/>
                    </svg>
                </button>
            }
        })
    }
}

#[component]
pub fn AboutText(open: RwSignal<bool>) -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        let data = store.dataset().filter(|_| has_about(store))?;
        let lang = store.lang.get();
        let t = lang.t();
        let about = data.manifest.about.clone();
        let contact = data.manifest.contact.clone();
        Some(view! {
            <div id="imap-about-text" class="imap-about-text" data-testid="about" hidden=move || !open.get()>
                {about.map(|a| view! {
                    <p class="imap-about-body">{lang.pick(&a.zh, a.en.as_deref()).to_string()}</p>
                    <p class="imap-about-source">{lang.labelled(t.about_source, &a.source)}</p>
                })}
                {contact.map(|contact| view! { <ContactBlock contact/> })}
            </div>
        })
    }
}
