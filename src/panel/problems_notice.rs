//! Lists the features that were skipped or corrected, so editors can fix them.

use imap_i18n::Texts;
use leptos::prelude::*;

use crate::state::Store;
use imap_core::model::problems::{Problem, Severity};

#[component]
pub fn ProblemsNotice() -> impl IntoView {
    let store = expect_context::<Store>();
    let open = RwSignal::new(false);
    move || {
        let data = store.dataset()?;
        // The layers loaded after the map have problems of their own.
        let (late, _) = store.late_problems();
        let problems: Vec<&Problem> = data.problems.iter().chain(&late).collect();
        if problems.is_empty() {
            return None;
        }
        let lang = store.lang.get();
        let skipped = problems
            .iter()
            .filter(|p| p.severity == Severity::Skipped)
            .count();
        let warnings = problems.len() - skipped;
        let items = problems
            .into_iter()
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
            .collect_view();
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
            </section>
        })
    }
}
