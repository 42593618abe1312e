//! The sidebar: title and results on top, then filters or the project list.
//! Beside the map on wide screens; folded over it on narrow ones.

mod about;
mod actions;
mod active_filters;
mod fold_button;
mod header;
mod industry_chart;
mod link_qr;
mod share_panel;

use imap_i18n::Texts;
use leptos::prelude::*;

use crate::compare::CompareTray;
use crate::deferred::since_first_shown;
use crate::dom::observe_size;
use crate::filter::FilterPanel;
use crate::list::ProjectList;
use crate::panel::{
    error_alert::ErrorAlert, offline_notice::OfflineNotice, problems_notice::ProblemsNotice,
};
use crate::state::Store;
use imap_core::choices::Tab;
use imap_core::layout::{Layout, Sheet};

#[component]
pub fn Sidebar() -> impl IntoView {
    let store = expect_context::<Store>();
    let open =
        move || store.layout() == Layout::Docked || store.panels.unfolded.get().unwrap_or(false);
    let opened_once = since_first_shown(open);
    let sheet = NodeRef::<leptos::html::Div>::new();
    let dragged = RwSignal::new(None::<f64>);
    let tabs = NodeRef::<leptos::html::Div>::new();
    let aside = NodeRef::<leptos::html::Aside>::new();
    let top = NodeRef::<leptos::html::Div>::new();
    measure_card(store, aside, top, open);
    let t = move || store.lang.get().t();
    let tab_button = move |which: Tab, label: fn(&'static imap_i18n::Strings) -> String| {
        view! {
            <button
                class="imap-tab"
                type="button"
                role="tab"
                aria-selected=move || (store.tab.get() == which).to_string()
                on:click=move |_| {
                    store.show_tab(which);
                    if store.layout() == Layout::Phone {
                        bring_tabs_to_top(sheet, tabs);
                    }
                }
            >
                {move || label(t())}
            </button>
        }
    };
    view! {
        <aside
            node_ref=aside
            class="imap-sidebar"
            class:imap-sidebar--open=open
            class:imap-sidebar--full=move || store.panels.sheet.get() == Sheet::Full
            class:imap-sidebar--dragged=move || dragged.get().is_some()
        >
            <div class="imap-sidebar-top" node_ref=top>
                <header::Header/>
                <active_filters::ActiveFilters/>
                <CompareTray/>
                <ErrorAlert/>
                <OfflineNotice/>
                <ProblemsNotice/>
            </div>
            <Show when=move || store.dataset().is_some()>
                <fold_button::FoldButton sheet dragged/>
            </Show>
            <Show when=move || store.dataset().is_some() && opened_once.get()>
            <div
                class="imap-sidebar-body"
                node_ref=sheet
                style:flex-basis=move || dragged.get().map(|h| crate::dom::px(h, 0))
            >
                // The tabs first: in a phone's half sheet the list's rows
                // come right after them; the chart sums up the filters and
                // the actions act on the list, so each follows its tab.
                <div class="imap-tabs" role="tablist" node_ref=tabs>
                    {tab_button(Tab::Filters, |t| t.tab_filters.to_string())}
                    {tab_button(Tab::List, |t| t.tab_list.to_string())}
                </div>
                <Show
                    when=move || store.tab.get() == Tab::Filters
                    fallback=|| view! { <ProjectList/> <actions::Actions/> }
                >
                    <FilterPanel/>
                    <industry_chart::IndustryChart/>
                </Show>
            </div>
            </Show>
        </aside>
    }
}

/// A tab picked low in a phone's half sheet scrolls up to the sheet's top,
/// so its content is in sight. Only the sheet scrolls, never the host page.
fn bring_tabs_to_top(body: NodeRef<leptos::html::Div>, tabs: NodeRef<leptos::html::Div>) {
    let (Some(body), Some(tabs)) = (body.get_untracked(), tabs.get_untracked()) else {
        return;
    };
    let below = tabs.get_bounding_client_rect().top() - body.get_bounding_client_rect().top();
    if below > 0.0 {
        body.set_scroll_top(body.scroll_top() + below as i32);
    }
}

/// The card's distance from the app's top (`top: 8px` in the CSS).
const CARD_TOP: f64 = 8.0;

/// Keeps the header card's measures in the `Store` where the sidebar
/// floats: folded, the sidebar is the card; on a phone with the sheet open,
/// its top part is.
fn measure_card(
    store: Store,
    aside: NodeRef<leptos::html::Aside>,
    top: NodeRef<leptos::html::Div>,
    open: impl Fn() -> bool + Copy + 'static,
) {
    let (aside_size, set_aside_size) = signal((0.0, 0.0));
    let (top_size, set_top_size) = signal((0.0, 0.0));
    observe_size(aside, move |size| set_aside_size.set(size));
    observe_size(top, move |size| set_top_size.set(size));
    Effect::new(move |_| match (store.layout(), open()) {
        (Layout::Phone, true) => store
            .panels
            .set_card_bottom(false, CARD_TOP + top_size.get().1),
        (Layout::Floating | Layout::Phone, false) => store
            .panels
            .set_card_bottom(true, CARD_TOP + aside_size.get().1),
        // Docked it covers nothing; a tablet's open sidebar is no card.
        (Layout::Docked, _) | (Layout::Floating, true) => {}
    });
}
