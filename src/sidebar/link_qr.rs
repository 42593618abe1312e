//! A link's QR code as an SVG (`LinkQr`): dark modules on white, its quiet
//! zone the viewBox's margin. The share panel and the printout show it.

use imap_core::url_state::qr::LinkQr;
use imap_i18n::Texts;
use leptos::prelude::*;

use crate::state::Store;

#[component]
pub fn LinkQrCode(qr: LinkQr, class: &'static str, testid: &'static str) -> impl IntoView {
    let store = expect_context::<Store>();
    let view_box = qr.view_box();
    view! {
        <svg class=format!("imap-qr {class}") data-testid=testid role="img"
            aria-label=move || store.lang.get().t().share_qr viewBox=view_box
            shape-rendering="crispEdges">
            <path class="imap-qr-modules" d=qr.path/>
        </svg>
    }
}
