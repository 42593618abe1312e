//! Matching projects as a sortable list, in step with the map: hovering a
//! row highlights its pin and the other way round; a click or Enter selects
//! it and brings it into view; arrow keys move between rows, and right to
//! the row's compare toggle. A list of buttons rather than a listbox, as a
//! listbox's options may hold no control of their own.

use imap_i18n::Texts;
use leptos::prelude::*;
use web_sys::KeyboardEvent;

use crate::compare::CompareToggle;
use crate::dom;
use crate::state::{Derived, Store};
use imap_core::model::sort::SortKey;
use imap_core::shortlist::Kind;

/// Rows rendered at first and per "show more"; long lists grow on demand.
const PAGE: usize = 200;

#[component]
pub fn ProjectList() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let limit = RwSignal::new(PAGE);
    let ordered = Memo::new(move |_| super::in_list_order(store, derived));
    let t = move || store.lang.get().t();
    // A sort button says whether it is the list's order (pressed) and which
    // way round (`aria-sort` is for table headers only).
    let column = move |key: SortKey, label: fn(&'static imap_i18n::Strings) -> &'static str| {
        let state = move || {
            let s = store.sort.get();
            match (s.key == key, s.descending) {
                (false, _) => "none",
                (true, false) => "ascending",
                (true, true) => "descending",
            }
        };
        let direction = move || match state() {
            "ascending" => t().sorted_ascending,
            "descending" => t().sorted_descending,
            _ => "",
        };
        view! {
            <button
                class="imap-sort"
                type="button"
                data-testid="sort"
                data-sort-key=key.code()
                aria-pressed=move || (state() != "none").to_string()
                on:click=move |_| store.toggle_sort(key)
            >
                {move || label(t())}
                <span class="imap-visually-hidden">{direction}</span>
                <span aria-hidden="true">
                    {move || match state() {
                        "ascending" => " ↑",
                        "descending" => " ↓",
                        _ => "",
                    }}
                </span>
            </button>
        }
    };
    view! {
        <div class="imap-list" role="tabpanel">
            <div class="imap-sortbar" role="group" aria-label=move || t().sort_by>
                <span class="imap-subtitle">{move || t().sort_by}</span>
                {column(SortKey::Name, |t| t.sort_name)}
                {column(SortKey::Investment, |t| t.sort_investment)}
                {column(SortKey::Date, |t| t.sort_date)}
                {column(SortKey::Status, |t| t.sort_status)}
            </div>
            <Show when=move || !ordered.with(Vec::is_empty) fallback=move || view! { <p class="imap-hint">{t().no_results}</p> }>
                // One Tab stop (the first row), arrows move, Enter opens.
                <ul class="imap-rows" aria-label=move || t().tab_list>
                    <For
                        each=move || ordered.get().into_iter().take(limit.get())
                        key=|i| *i
                        let:index
                    >
                        <Row index=index first=Signal::derive(move || ordered.with(|o| o.first() == Some(&index)))/>
                    </For>
                </ul>
            </Show>
            {move || {
                let more = ordered.with(Vec::len).saturating_sub(limit.get()).min(PAGE);
                (more > 0).then(|| view! {
                    <button class="imap-button imap-more" type="button" on:click=move |_| limit.update(|l| *l += PAGE)>
                        {store.lang.get().show_more(more)}
                    </button>
                })
            }}
        </div>
    }
}

#[component]
fn Row(index: usize, first: Signal<bool>) -> impl IntoView {
    let store = expect_context::<Store>();
    let data = store.dataset_untracked()?;
    let p = data.projects.get(index)?.clone();
    let id = StoredValue::new(p.id.clone());
    let project_id = p.id.clone();
    let hovered = move || id.with_value(|id| store.hover.id.with(|h| h.as_ref() == Some(id)));
    let selected =
        move || id.with_value(|id| store.selection.with(|s| s.project() == Some(id.as_str())));
    let color = data.manifest.industry_color(p.industry).to_string();
    let text = move || {
        let lang = store.lang.get();
        let m = &data.manifest;
        let meta = [
            Some(m.industries[p.industry].label(lang).to_string()),
            Some(m.statuses[p.status].label(lang).to_string()),
            p.date.clone(),
        ];
        let meta: Vec<String> = meta.into_iter().flatten().collect();
        (
            lang.pick(&p.name, p.name_en.as_deref()).to_string(),
            meta,
            lang.investment(p.investment),
        )
    };
    let keydown = move |ev: KeyboardEvent| {
        if dom::activates(&ev) {
            ev.prevent_default();
            store.select_and_show(id.get_value());
            return;
        }
        let target: web_sys::HtmlElement = event_target(&ev);
        let item = target.parent_element();
        let sibling = match ev.key().as_str() {
            "ArrowDown" => item.and_then(|i| i.next_element_sibling()),
            "ArrowUp" => item.and_then(|i| i.previous_element_sibling()),
            "ArrowRight" => target.next_element_sibling(),
            _ => return,
        };
        // The row's toggle, or the next row's button.
        let sibling = sibling.and_then(|i| i.first_element_child());
        ev.prevent_default();
        if let Some(el) =
            sibling.and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
        {
            let _ = el.focus();
        }
    };
    let back_to_row = move |ev: KeyboardEvent| {
        if ev.key() == "ArrowLeft" {
            let target: web_sys::HtmlElement = event_target(&ev);
            if let Some(row) = target
                .parent_element()
                .and_then(|wrapper| wrapper.previous_element_sibling())
                .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
            {
                ev.prevent_default();
                let _ = row.focus();
            }
        }
    };
    Some(view! {
        <li class="imap-row-item" {..dom::hover_events(store.hover.hovering(id, false))}>
        <button
            type="button"
            class="imap-row"
            class:imap-row--hovered=hovered
            class:imap-row--selected=selected
            data-testid="project-row"
            data-project-id=project_id.clone()
            tabindex=move || if first.get() { "0" } else { "-1" }
            aria-current=move || selected().then_some("true")
            on:click=move |_| store.select_and_show(id.get_value())
            on:keydown={keydown}
        >
            <span class="imap-swatch imap-swatch--pin" style:background-color=color></span>
            {move || {
                let (name, meta, money) = text();
                view! {
                    <span class="imap-row-main">
                        <span class="imap-row-name">{name}</span>
                        <span class="imap-row-meta">
                            {meta
                                .into_iter()
                                .enumerate()
                                .map(|(i, part)| view! { {if i > 0 { " · " } else { "" }}<span>{part}</span> })
                                .collect_view()}
                        </span>
                    </span>
                    <span class="imap-row-amount">{money}</span>
                }
            }}
        </button>
        <span class="imap-row-compare" on:keydown=back_to_row>
            <CompareToggle kind=Kind::Projects id=project_id compact=true/>
        </span>
        </li>
    })
}
