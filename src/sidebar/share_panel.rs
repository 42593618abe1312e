//! The share panel: the link to this exact view, its QR code for a phone
//! (drawn by the app, `LinkQr`), a button that copies the link, and the
//! system's share sheet where the browser has one. The link follows every
//! change while the panel is open.

use imap_core::url_state::qr::LinkQr;
use imap_i18n::Texts;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::link_qr::LinkQrCode;
use crate::debounce::Debounce;
use crate::dom;
use crate::state::{Store, URL_VIEW_DELAY, UrlSync};

#[component]
pub fn SharePanel(
    open: RwSignal<bool>,
    /// Copies the link (the actions' own copy, with its feedback).
    copy: Callback<()>,
    copied: Signal<bool>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let url = expect_context::<UrlSync>();
    let t = move || store.lang.get().t();
    move || {
        open.get().then(|| {
            // The link shown, and its code, settle as the address bar does:
            // a drag's every frame is not encoded.
            let current = Memo::new(move |_| url.link(store));
            let link = RwSignal::new(current.get_untracked());
            let settle = Debounce::new();
            Effect::new(move |_| {
                let now = current.get();
                settle.after(URL_VIEW_DELAY, move || {
                    if link.with_untracked(|l| *l != now) {
                        link.set(now);
                    }
                });
            });
            let qr = Memo::new(move |_| link.with(|l| LinkQr::of(l)));
            let code = move || {
                qr.get()
                    .map(|qr| view! { <LinkQrCode qr class="imap-share-qr" testid="share-qr"/> })
            };
            let too_long = move || {
                qr.with(Option::is_none)
                    .then(|| view! { <p class="imap-share-hint">{t().share_too_long}</p> })
            };
            let share_sheet = move |_| {
                let title = store
                    .dataset_untracked()
                    .map(|d| d.manifest.title.get(store.lang.get_untracked()).to_string())
                    .unwrap_or_default();
                let href = link.get_untracked();
                spawn_local(async move { dom::share_sheet(&title, &href).await });
            };
            let close = move |ev: web_sys::KeyboardEvent| {
                if ev.key() == "Escape" {
                    ev.stop_propagation();
                    open.set(false);
                }
            };
            view! {
                <section class="imap-share" data-testid="share-panel" aria-label=move || t().share_title on:keydown=close>
                    <h3 class="imap-share-title">{move || t().share_title}</h3>
                    {code}
                    {too_long}
                    <p class="imap-share-hint">{move || t().share_qr}</p>
                    <label class="imap-share-link">
                        {move || t().share_link}
                        <input type="text" readonly data-testid="share-link" prop:value=move || link.get()
                            on:focus=move |ev| {
                                let input: web_sys::HtmlInputElement = event_target(&ev);
                                input.select();
                            }/>
                    </label>
                    <div class="imap-share-buttons">
                        <button class="imap-button" type="button" data-testid="share-copy" on:click=move |_| copy.run(())>
                            {move || if copied.get() { t().copied } else { t().copy_link }}
                        </button>
                        {dom::has_share_sheet().then(|| view! {
                            <button class="imap-button" type="button" data-testid="share-system" on:click=share_sheet>
                                {move || t().share_system}
                            </button>
                        })}
                    </div>
                </section>
            }
        })
    }
}
