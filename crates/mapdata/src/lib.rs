//! The editors' data tool (`mapdata`): turns reference files into the data
//! format of `data-format.md`, with the rules of `imap-core`. The binary (`src/main.rs`) only reads
//! arguments and files; the conversions live here and are tested natively.

pub mod boundaries;
pub mod synthetic;
