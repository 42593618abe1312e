//! The editors' data tool (`mapdata`): turns reference files into the data
//! format of `data-format.md`. The binary in `src/bin/mapdata.rs` only reads
//! arguments and files; the conversions live here and are tested natively.

pub mod boundaries;
pub mod synthetic;
