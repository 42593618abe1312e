//! When printing: every match (up to `PRINTED`) as a table under the map,
//! in the list's order. Built only for print (`print::Printing`).

use imap_i18n::Texts;
use leptos::prelude::*;

use crate::print::Printing;
use crate::state::{Derived, Store};

/// Beyond this many rows a printout says how many more the CSV has.
const PRINTED: usize = 500;

#[component]
pub fn PrintList() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let printing = expect_context::<Printing>();
    move || {
        if !printing.0.get() {
            return None;
        }
        let data = store.dataset()?;
        let lang = store.lang.get();
        let t = lang.t();
        let order = super::in_list_order(store, derived);
        let more = order.len().saturating_sub(PRINTED);
        let m = &data.manifest;
        let rows = order
            .into_iter()
            .take(PRINTED)
            .filter_map(|i| data.projects.get(i))
            .map(|p| {
                view! {
                    <tr>
                        <td>{lang.pick(&p.name, p.name_en.as_deref()).to_string()}</td>
                        <td>{m.industries[p.industry].label(lang).to_string()}</td>
                        <td>{m.statuses[p.status].label(lang).to_string()}</td>
                        <td>{lang.investment(p.investment)}</td>
                        <td>{p.date.clone().unwrap_or_default()}</td>
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <section class="imap-print-only imap-print-list" data-testid="print-list">
                <table>
                    <caption>{t.print_list_title}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.sort_name}</th>
                            <th scope="col">{t.field_industry}</th>
                            <th scope="col">{t.field_status}</th>
                            <th scope="col">{t.field_investment}</th>
                            <th scope="col">{t.field_date}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
                {(more > 0).then(|| view! { <p>{lang.print_more(more)}</p> })}
            </section>
        })
    }
}
