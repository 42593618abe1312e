//! The filter controls, one file each, and "clear all".

mod amount_filter;
mod category_filter;
mod district_filter;
mod search_box;
mod site_filter;

use leptos::prelude::*;

use crate::ui::store::Store;
use amount_filter::AmountFilter;
use category_filter::{CategoryFilter, CategoryKind};
use district_filter::DistrictFilter;
use search_box::SearchBox;
use site_filter::SiteFilter;

#[component]
pub fn FilterPanel() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = move || store.lang.get().t();
    view! {
        <div class="imap-filters" role="tabpanel">
            <SearchBox/>
            <CategoryFilter kind=CategoryKind::Industry/>
            <CategoryFilter kind=CategoryKind::Status/>
            <DistrictFilter/>
            <AmountFilter/>
            <SiteFilter/>
            <button
                class="imap-button imap-clear"
                type="button"
                data-testid="clear-filters"
                on:click=move |_| store.clear_filters()
            >
                {move || t().clear_all}
            </button>
        </div>
    }
}
