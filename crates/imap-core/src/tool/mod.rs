//! What the editors' data tool (`mapdata`) reports, as data: its findings,
//! why a file was not read or written, an import's tally and why a command
//! failed. `imap-i18n`'s `ToolTexts` words them in Chinese or English, as
//! `Texts` words the map's own problems.

pub mod failure;
pub mod file_trouble;
pub mod finding;
pub mod import_tally;
pub mod reference;
