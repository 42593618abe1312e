//! A small SVG bar chart of the matching projects by industry: count and
//! disclosed amount side by side, each scaled to its own maximum.

use imap_i18n::Texts;
use leptos::prelude::*;

use crate::state::{Derived, Store};
use imap_core::model::money::plain_number;

/// Chart geometry in SVG user units (the chart scales to the sidebar's width).
const WIDTH: f64 = 352.0;
const ROW: f64 = 20.0;
const HEAD: f64 = 16.0;
const LABEL_W: f64 = 132.0;
const BAR_W: f64 = 100.0;
const GAP: f64 = 10.0;
/// What fits in the label column at 12 px: a CJK character counts two units.
const LABEL_UNITS: usize = 19;

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
    // The chart is built once per data set and language; a filter change
    // only moves bar widths and numbers (no elements made or dropped).
    move || {
        let data = store.dataset()?;
        let lang = store.lang.get();
        let t = lang.t();
        let count_x = LABEL_W + GAP;
        let amount_x = count_x + BAR_W + GAP;
        let height = HEAD + ROW * data.manifest.industries.len() as f64;
        let bars = data
            .manifest
            .industries
            .iter()
            .enumerate()
            .map(|(i, industry)| {
                let row = move || {
                    derived.by_industry
                        .with(|rows| rows.get(i).map_or((0, 0.0), |r| (r.count, r.total)))
                };
                let y = HEAD + ROW * i as f64;
                let color = data.manifest.industry_color(i).to_string();
                let label = industry.label(lang).to_string();
                let short = shortened(&label, LABEL_UNITS);
                let title = move || {
                    let (count, amount) = row();
                    format!("{label}: {count} · {}", lang.money(amount))
                };
                view! {
                    <g class="imap-chart-row" transform=format!("translate(0 {y})")>
                        <title>{title}</title>
                        <text class="imap-chart-label" x="0" y="13">{short}</text>
                        <rect class="imap-chart-track" x=count_x y="3" width=BAR_W height="14" rx="3"/>
                        <rect x=count_x y="3" width=move || row().0 as f64 / maxima.get().0 * BAR_W height="14" rx="3" fill=color.clone() opacity="0.85"/>
                        <text class="imap-chart-value" x=count_x + 4.0 y="14">{move || row().0}</text>
                        <rect class="imap-chart-track" x=amount_x y="3" width=BAR_W height="14" rx="3"/>
                        <rect x=amount_x y="3" width=move || row().1 / maxima.get().1 * BAR_W height="14" rx="3" fill=color opacity="0.45"/>
                        <text class="imap-chart-value" x=amount_x + 4.0 y="14">{move || plain_number(row().1)}</text>
                    </g>
                }
            })
            .collect_view();
        Some(view! {
            <figure class="imap-chart">
                <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-label=t.by_industry>
                    <text class="imap-chart-head" x="0" y="11">{t.by_industry}</text>
                    <text class="imap-chart-head" x=count_x y="11">{t.chart_count}</text>
                    <text class="imap-chart-head" x=amount_x y="11">{t.chart_amount}</text>
                    {bars}
                </svg>
            </figure>
        })
    }
}

/// Cuts a label to `units` (CJK characters count double) with an ellipsis;
/// the full text is in the row's tooltip.
fn shortened(label: &str, units: usize) -> String {
    let width = |c: char| if c.is_ascii() { 1 } else { 2 };
    if label.chars().map(width).sum::<usize>() <= units {
        return label.to_string();
    }
    let mut used = 0;
    let mut out: String = label
        .chars()
        .take_while(|&c| {
            used += width(c);
            used < units
        })
        .collect();
    out.push('…');
    out
}
