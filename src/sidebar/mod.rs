//! The sidebar: title and results on top, then filters or the project list.
//! Beside the map on wide screens; folded over it on narrow ones.

mod actions;
mod active_filters;
mod header;
mod industry_chart;

use imap_i18n::Texts;
use leptos::prelude::*;

use crate::filter::FilterPanel;
use crate::list::ProjectList;
use crate::panel::{error_alert::ErrorAlert, problems_notice::ProblemsNotice};
use crate::state::Store;
use imap_core::geometry::layout::Layout;
use imap_core::url_state::Tab;

#[component]
pub fn Sidebar() -> impl IntoView {
    let store = expect_context::<Store>();
    let open = move || store.layout() == Layout::Docked || store.unfolded.get().unwrap_or(false);
    let t = move || store.lang.get().t();
    let tab_button = move |which: Tab, label: fn(&'static imap_i18n::Strings) -> String| {
        view! {
            <button
                class="imap-tab"
                type="button"
                role="tab"
                aria-selected=move || (store.tab.get() == which).to_string()
                on:click=move |_| store.show_tab(which)
            >
                {move || label(t())}
            </button>
        }
    };
    view! {
        <aside class="imap-sidebar" class:imap-sidebar--open=open>
            <header::Header/>
            <active_filters::ActiveFilters/>
            <ErrorAlert/>
            <ProblemsNotice/>
            <Show when=move || store.dataset().is_some()>
            <button
                class="imap-button imap-fold"
                type="button"
                aria-expanded=move || open().to_string()
                on:click=move |_| store.unfold_sidebar(!open())
            >
                {move || if open() { t().close_panel } else { t().open_panel }}
            </button>
            </Show>
            <Show when=move || store.dataset().is_some()>
            <div class="imap-sidebar-body">
                <actions::Actions/>
                <industry_chart::IndustryChart/>
                <div class="imap-tabs" role="tablist">
                    {tab_button(Tab::Filters, |t| t.tab_filters.to_string())}
                    {tab_button(Tab::List, |t| t.tab_list.to_string())}
                </div>
                <Show when=move || store.tab.get() == Tab::Filters fallback=|| view! { <ProjectList/> }>
                    <FilterPanel/>
                </Show>
            </div>
            </Show>
        </aside>
    }
}
