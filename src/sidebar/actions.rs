//! Share and take away: copy the link to this exact view, export the list,
//! download the map as an image.

use imap_i18n::Texts;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::dom::{copy_text, download_text};
use crate::list::in_list_order;
use crate::map_image;
use crate::sidebar::share_panel::SharePanel;
use crate::state::{Derived, Store, UrlSync};
use imap_core::geometry::scale_bar::scale_bar;
use imap_core::model::export;
use imap_core::url_state::qr::LinkQr;

#[derive(Clone, PartialEq)]
enum Copy {
    Idle,
    Done,
    /// The clipboard was refused: show the link to copy by hand.
    Manual(String),
}

#[component]
pub fn Actions() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let url = expect_context::<UrlSync>();
    let copy = RwSignal::new(Copy::Idle);
    let image_failed = RwSignal::new(false);
    let t = move || store.lang.get().t();
    let share_open = RwSignal::new(false);
    let copy_link = move || {
        // In a task queued behind the URL sync of any change made just
        // before, and with its pending write done, the link is exact.
        spawn_local(async move {
            url.flush();
            let href = url.share_href(store);
            if copy_text(&href).await {
                copy.set(Copy::Done);
                set_timeout(
                    move || copy.set(Copy::Idle),
                    std::time::Duration::from_secs(2),
                );
            } else {
                copy.set(Copy::Manual(href));
            }
        });
    };
    let export_csv = move |_| {
        let Some(data) = store.dataset_untracked() else {
            return;
        };
        let lang = store.lang.get_untracked();
        let rows = untrack(|| in_list_order(store, derived));
        let text = export::csv(
            &data,
            rows.iter().map(|&i| &data.projects[i]),
            lang,
            &lang.t().csv_headers,
        );
        let name = store
            .filters
            .with_untracked(|f| export::file_name(f, "csv"));
        let _ = download_text(&name, &text, "text/csv;charset=utf-8");
    };
    let download_image = move |ev: web_sys::MouseEvent| {
        let Some(data) = store.dataset_untracked() else {
            return;
        };
        let button: web_sys::Element = event_target(&ev);
        let Some(root) = button.closest(".imap").ok().flatten() else {
            return;
        };
        let Some(map) = root.query_selector(".imap-svg").ok().flatten() else {
            return;
        };
        let lang = store.lang.get_untracked();
        let m = &data.manifest;
        let root_style = window().get_computed_style(&root).ok().flatten();
        let style = |name: &str| {
            root_style
                .as_ref()
                .and_then(|s| s.get_property_value(name).ok())
                .map(|value| value.trim().to_string())
                .unwrap_or_default()
        };
        let count = untrack(|| derived.summary().count);
        let chips = store.filters.with_untracked(|f| {
            f.active()
                .iter()
                .map(|filter| lang.filter_chip(filter, &data))
                .collect::<Vec<_>>()
        });
        let shown = std::iter::once(format!("{count} {}", lang.projects_counted(count)))
            .chain(chips)
            .collect::<Vec<_>>()
            .join(" · ");
        let scale = store
            .view
            .get_untracked()
            .and_then(|v| scale_bar(&v, crate::control::scale_bar::MAX_PX))
            .map(|bar| (bar.px, lang.distance(bar.metres)));
        let caption = map_image::Caption {
            title: m.title.get(lang).to_string(),
            date: m.updated.as_ref().map(|d| lang.updated_on(d)),
            shown,
            scale,
            legend: m
                .industries
                .iter()
                .enumerate()
                .map(|(i, c)| (m.industry_color(i).to_string(), c.label(lang).to_string()))
                .collect(),
            sources: m
                .attribution
                .as_ref()
                .map(|a| a.get(lang).to_string())
                .unwrap_or_default(),
            font: style("font-family"),
            water: style("background-color"),
            ink: style("--imap-ink"),
            muted: style("--imap-muted"),
            qr: LinkQr::of(&url.share_href(store)),
        };
        let name = store
            .filters
            .with_untracked(|f| export::file_name(f, "png"));
        image_failed.set(false);
        let failed = move || image_failed.set(true);
        if map_image::download(&map, caption, name, failed).is_err() {
            failed();
        }
    };
    view! {
        <div class="imap-actions">
            <button class="imap-button" type="button" data-testid="copy-link" on:click=move |_| copy_link()>
                {move || if copy.get() == Copy::Done { t().copied } else { t().copy_link }}
            </button>
            <button class="imap-button" type="button" data-testid="export-csv" on:click=export_csv>
                {move || t().export_csv}
            </button>
            <button class="imap-button" type="button" data-testid="download-image" on:click=download_image>
                {move || t().download_image}
            </button>
            <button class="imap-button" type="button" data-testid="share"
                aria-expanded=move || share_open.get().to_string()
                on:click=move |_| share_open.update(|open| *open = !*open)>
                {move || t().share}
            </button>
        </div>
        <SharePanel open=share_open copy=Callback::new(move |()| copy_link())
            copied=Signal::derive(move || copy.get() == Copy::Done)/>
        // Put in the page when it happens, so that it is announced.
        {move || image_failed.get().then(|| view! {
            <p class="imap-action-failed" role="alert" data-testid="image-failed">{t().image_failed}</p>
        })}
        {move || match copy.get() {
            Copy::Manual(href) => Some(view! {
                <label class="imap-manual-copy">
                    {t().copy_manually}
                    <input type="text" readonly value=href on:focus=move |ev| {
                        let input: web_sys::HtmlInputElement = event_target(&ev);
                        input.select();
                    }/>
                </label>
            }),
            _ => None,
        }}
    }
}
