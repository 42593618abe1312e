//! Title, data date, the live result count and total, and the language switch.

use imap_i18n::Texts;
use leptos::prelude::*;

use super::about::{AboutText, AboutToggle};
use super::link_qr::LinkQrCode;
use crate::control::full_map_link::FullMapLink;
use crate::print::Printing;
use crate::state::{Derived, Store, UrlSync};
use imap_core::model::money::plain_number;
use imap_core::url_state::qr::LinkQr;
use imap_i18n::cny_words;

#[component]
pub fn Header() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let lang = move || store.lang.get();
    let title = move || {
        store
            .dataset()
            .map(|d| d.manifest.title.get(lang()).to_string())
            .unwrap_or_else(|| lang().t().app_title.to_string())
    };
    let updated = move || {
        store
            .dataset()
            .and_then(|d| d.manifest.updated.clone())
            .map(|date| lang().updated_on(&date))
    };
    let summary = Memo::new(move |_| derived.summary());
    let none_disclosed = move || summary.with(|s| s.count == s.undisclosed);
    let about_open = RwSignal::new(false);
    let printing = expect_context::<Printing>();
    let url = expect_context::<UrlSync>();
    view! {
        <header class="imap-header">
            <div class="imap-header-top">
                <h1 class="imap-title">{title}</h1>
                // A printout leads back to the live map: its view's QR code.
                {move || printing.0.get().then(|| {
                    LinkQr::of(&url.link(store))
                        .map(|qr| view! { <LinkQrCode qr class="imap-print-qr" testid="print-qr"/> })
                })}
                <AboutToggle open=about_open/>
                <button
                    class="imap-button imap-lang"
                    type="button"
                    lang=move || lang().other().code()
                    on:click=move |_| store.toggle_lang()
                >
                    {move || lang().t().switch_language}
                </button>
            </div>
            <p class="imap-updated">{updated}</p>
            <p class="imap-results" aria-live="polite">
                <span class="imap-result">
                    <span class="imap-result-number" data-testid="result-count">
                        {move || summary.get().count}
                    </span>
                    " "
                    <span class="imap-result-label">{move || lang().projects_counted(summary.get().count)}</span>
                </span>
                <span class="imap-result">
                    <span class="imap-result-label">{move || lang().t().total_investment}</span>
                    " "
                    // With nothing disclosed there is no total to give: it
                    // says so rather than "0 亿元" (the contract's hook keeps
                    // the number, out of sight and of speech).
                    <span
                        class="imap-result-number"
                        class:imap-visually-hidden=none_disclosed
                        aria-hidden=move || none_disclosed().then_some("true")
                        data-testid="result-total"
                        data-value=move || plain_number(summary.get().total)
                    >
                        {move || format!("{} {}", plain_number(summary.get().total), lang().t().yi_yuan)}
                    </span>
                    {move || match none_disclosed() {
                        true => Some(view! { <span class="imap-result-number">{lang().t().none_disclosed}</span> }.into_any()),
                        false => (lang() == imap_i18n::Lang::En).then(|| {
                            view! { <span class="imap-result-converted">{format!(" ≈ {}", cny_words(summary.get().total))}</span> }.into_any()
                        }),
                    }}
                </span>
            </p>
            {store.embedded.then(|| view! { <FullMapLink/> })}
            {move || {
                let n = summary.get().undisclosed;
                (n > 0).then(|| view! { <p class="imap-undisclosed">{lang().undisclosed_count(n)}</p> })
            }}
            <AboutText open=about_open/>
        </header>
    }
}
