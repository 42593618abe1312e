//! Compare: projects or sites side by side. The toggle that puts one in the
//! tray (in a detail and in each list row), the tray under the results, and
//! the comparison over the map with its table, CSV and printout. What is
//! compared lives in the choices (`imap_core::shortlist`), the table's rows
//! in the core (`model::compare`), their words in `imap_i18n::CompareTexts`.

mod compare_panel;
mod compare_toggle;
mod compare_tray;
mod table;

pub use compare_panel::ComparePanel;
pub use compare_toggle::CompareToggle;
pub use compare_tray::CompareTray;

use imap_core::model::dataset::Dataset;
use imap_core::shortlist::Kind;
use imap_i18n::Lang;

/// The name of a compared item in the visitor's language.
pub fn shown_name(data: &Dataset, kind: Kind, id: &str, lang: Lang) -> Option<String> {
    match kind {
        Kind::Projects => data
            .project(id)
            .map(|p| lang.pick(&p.name, p.name_en.as_deref()).to_string()),
        Kind::Sites => data
            .site(id)
            .map(|s| lang.pick(&s.name, s.name_en.as_deref()).to_string()),
    }
}
