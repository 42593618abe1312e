//! Lists the features that were skipped or corrected, so editors can fix them.

use imap_i18n::Texts;
use leptos::prelude::*;

use crate::dom::download_text;
use crate::state::Store;
use imap_core::model::export;
use imap_core::model::problems::{Problem, Severity};

/// How many problems the notice lists; the rest are in the full report.
/// Thousands of list items would freeze a phone for seconds.
const LISTED: usize = 200;

#[component]
pub fn ProblemsNotice() -> impl IntoView {
    let store = expect_context::<Store>();
    let open = RwSignal::new(false);
    let problems = move || {
        let data = store.dataset()?;
        // The layers loaded after the map have problems of their own.
        let (late, _) = store.loading.late_problems();
        let all: Vec<Problem> = data.problems.iter().chain(&late).cloned().collect();
        (!all.is_empty()).then_some(all)
    };
    let report = move |_| {
        let Some(all) = problems() else {
            return;
        };
        let lang = store.lang.get_untracked();
        let text = export::table(
            &lang.t().problems_csv_headers,
            all.iter().map(|p| lang.problem_row(p)),
        );
        let _ = download_text("problems.csv", &text, "text/csv;charset=utf-8");
    };
    move || {
        let all = problems()?;
        let lang = store.lang.get();
        // Features left out; a part of the manifest left out is a note.
        let skipped = all
            .iter()
            .filter(|p| p.severity == Severity::Skipped && p.feature_index().is_some())
            .count();
        let warnings = all.len() - skipped;
        let more = all.len().saturating_sub(LISTED);
        // Built only when opened, and only the first few hundred.
        let items = move || {
            open.get().then(|| {
                all.iter()
                    .take(LISTED)
                    .map(|p| {
                        view! {
                            <li class="imap-problem" class:imap-problem--warning=p.severity == Severity::Warning>
                                <span class="imap-problem-severity">{lang.problem_severity(p)}</span>
                                " "
                                <span class="imap-problem-subject">{lang.problem_subject(p)}</span>
                                " — "
                                <span class="imap-problem-reason">{lang.problem_reason(&p.reason)}</span>
                            </li>
                        }
                    })
                    .collect_view()
            })
        };
        Some(view! {
            <section class="imap-problems" data-testid="data-problems" aria-labelledby="imap-problems-title">
                <button
                    class="imap-problems-toggle"
                    type="button"
                    aria-expanded=move || open.get().to_string()
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    <span>
                        <span id="imap-problems-title">{lang.t().data_problems_title}</span>
                        " · "
                        <span class="imap-problems-count">{lang.problems_count(skipped, warnings)}</span>
                    </span>
                    <span aria-hidden="true">{move || if open.get() { "▾" } else { "▸" }}</span>
                </button>
                <ul class="imap-problem-list" class:imap-problem-list--open=move || open.get()>
                    {items}
                </ul>
                <p class="imap-problems-more" hidden=move || !open.get()>
                    {(more > 0).then(|| lang.problems_not_listed(more))}
                    " "
                    <button class="imap-link" type="button" data-testid="problems-report" on:click=report>
                        {lang.t().problems_report}
                    </button>
                </p>
            </section>
        })
    }
}
