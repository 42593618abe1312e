//! Why the tool did not read or write a file. No command leaves a file
//! worse than it found it (`mapdata::output`); these say what it refused.

use std::io;

use crate::model::problems::SystemError;

/// Why a file was not read.
#[derive(Debug, PartialEq)]
pub enum ReadTrouble {
    /// The file is missing, or the system refused it (and which kind of
    /// failure it was).
    Unreadable {
        path: String,
        why: SystemError,
        kind: io::ErrorKind,
    },
    /// Not a regular file (a folder, a device, a pipe).
    NotAFile { path: String },
    /// Larger than the bound for its kind.
    TooLarge { path: String, limit: u64 },
}

/// Why a file was not read or written.
#[derive(Debug, PartialEq)]
pub enum FileTrouble {
    /// An input not read; a target that is not a regular file.
    Read(ReadTrouble),
    /// The target is one of the command's own inputs.
    IsInput { path: String, role: InputRole },
    /// The write failed; the target is as it was.
    NotWritten { path: String, why: SystemError },
}

/// What an input that a target would overwrite is to the command.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InputRole {
    /// The spreadsheet being imported.
    Sheet,
    /// The data folder's manifest (`map.json`).
    Manifest,
    /// A file the manifest names other than the command's own target.
    NamedData,
}
