//! A small bar chart of the matching projects by industry: count and
//! disclosed amount side by side, each scaled to its own maximum.

use leptos::prelude::*;

use crate::model::money::plain_number;
use crate::ui::store::Store;

#[component]
pub fn IndustryChart() -> impl IntoView {
    let store = expect_context::<Store>();
    let rows = Memo::new(move |_| {
        let Some(data) = store.dataset() else {
            return Vec::new();
        };
        let mut rows = vec![(0usize, 0.0f64); data.manifest.industries.len()];
        for &i in store.matching.get().iter() {
            let p = &data.projects[i];
            rows[p.industry].0 += 1;
            rows[p.industry].1 += p.investment.unwrap_or(0.0);
        }
        rows
    });
    move || {
        let data = store.dataset()?;
        let lang = store.lang.get();
        let t = lang.t();
        let rows = rows.get();
        let max_count = rows.iter().map(|r| r.0).max().unwrap_or(0).max(1) as f64;
        let max_amount = rows
            .iter()
            .map(|r| r.1)
            .fold(0.0, f64::max)
            .max(f64::MIN_POSITIVE);
        let bars = rows
            .iter()
            .enumerate()
            .map(|(i, &(count, amount))| {
                let color = data.manifest.industry_color(i).to_string();
                let label = data.manifest.industries[i].label(lang).to_string();
                let count_w = format!("{:.1}%", count as f64 / max_count * 100.0);
                let amount_w = format!("{:.1}%", amount / max_amount * 100.0);
                view! {
                    <li class="imap-chart-row">
                        <span class="imap-chart-label">{label}</span>
                        <span class="imap-chart-bar">
                            <span class="imap-chart-fill" style:width=count_w style:background-color=color.clone()></span>
                            <span class="imap-chart-value">{count}</span>
                        </span>
                        <span class="imap-chart-bar">
                            <span class="imap-chart-fill imap-chart-fill--amount" style:width=amount_w style:background-color=color></span>
                            <span class="imap-chart-value">{plain_number(amount)}</span>
                        </span>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <section class="imap-chart" aria-label=t.by_industry>
                <div class="imap-chart-head">
                    <span>{t.by_industry}</span>
                    <span>{t.chart_count}</span>
                    <span>{t.chart_amount}</span>
                </div>
                <ul class="imap-chart-rows">{bars}</ul>
            </section>
        })
    }
}
