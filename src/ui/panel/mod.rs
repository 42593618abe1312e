//! Panels over the map: header with results, project details, data problems, errors.

pub mod detail_panel;
pub mod error_alert;
pub mod header;
pub mod problems_notice;

use crate::i18n::Lang;

/// An investment as shown to visitors; undisclosed reads 未公开 / "Not disclosed".
pub fn money_text(lang: Lang, investment: Option<f64>) -> String {
    match investment {
        Some(v) => lang.money(v),
        None => lang.t().not_disclosed.to_string(),
    }
}
