//! A small bar chart of the matching projects by industry: count and
//! disclosed amount side by side, each scaled to its own maximum. A table,
//! so labels wrap instead of being cut and screen readers read it as data.

use imap_i18n::Texts;
use leptos::prelude::*;

use crate::state::{Derived, Store};
use imap_core::model::money::plain_number;

#[component]
pub fn IndustryChart() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    // Bars scale to the largest row; recomputed once per filter change.
    let maxima = Memo::new(move |_| {
        derived.by_industry.with(|rows| {
            let count = rows.iter().map(|r| r.count).max().unwrap_or(0).max(1) as f64;
            let amount = rows.iter().map(|r| r.total).fold(0.0, f64::max);
            (count, amount.max(f64::MIN_POSITIVE))
        })
    });
    // The rows are built once per data set and language; a filter change
    // only moves bar widths and numbers (no elements made or dropped).
    move || {
        let data = store.dataset()?;
        let t = store.lang.get().t();
        let rows = data
            .manifest
            .industries
            .iter()
            .enumerate()
            .map(|(i, industry)| {
                let row = move || {
                    derived.by_industry
                        .with(|rows| rows.get(i).map_or((0, 0.0), |r| (r.count, r.total)))
                };
                let color = data.manifest.industry_color(i).to_string();
                let count_share = move || percent(row().0 as f64 / maxima.get().0);
                let amount_share = move || percent(row().1 / maxima.get().1);
                view! {
                    <tr>
                        <th scope="row" class="imap-chart-label">{industry.label(store.lang.get_untracked()).to_string()}</th>
                        <td>
                            <span class="imap-chart-bar">
                                <span class="imap-chart-track"><span class="imap-chart-fill" style:width=count_share style:background-color=color.clone()></span></span>
                                <span class="imap-chart-value">{move || row().0}</span>
                            </span>
                        </td>
                        <td>
                            <span class="imap-chart-bar">
                                <span class="imap-chart-track"><span class="imap-chart-fill imap-chart-fill--light" style:width=amount_share style:background-color=color></span></span>
                                <span class="imap-chart-value">{move || plain_number(row().1)}</span>
                            </span>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <table class="imap-chart">
                <thead>
                    <tr>
                        <th scope="col">{t.by_industry}</th>
                        <th scope="col">{t.chart_count}</th>
                        <th scope="col">{t.chart_amount}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        })
    }
}

fn percent(share: f64) -> String {
    crate::dom::percent(share * 100.0)
}
