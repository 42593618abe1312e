//! The editors' data tool (`mapdata`): turns reference files into the data
//! format of `data-format.md`, with the rules of `imap-core`. The binary
//! (`src/main.rs`) only reads arguments and files; the conversions live here
//! and are tested natively. What the tool reports is the core's data
//! (`imap_core::tool`), worded by `imap_i18n::ToolTexts`.

pub mod boundaries;
pub mod cli;
pub mod context;
pub mod folder;
pub mod import;
pub mod output;
pub mod places;
pub mod shapes;
pub mod synthetic;
pub mod validate;

/// Coordinates are written with six decimals (about 0.1 m): precise enough
/// for any map, and files stay small and diff well.
fn round6(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}
