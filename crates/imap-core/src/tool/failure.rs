//! Why a command of the tool stopped.

use crate::model::problems::FileError;
use crate::tool::file_trouble::FileTrouble;
use crate::tool::reference::ReferenceFault;

#[derive(Debug, PartialEq)]
pub enum Failure {
    /// A file not read, a target refused or not written.
    File(FileTrouble),
    /// A file of the data folder that the map cannot use.
    Data(FileError),
    /// `import-csv` found no manifest to take the industries, statuses and
    /// districts from.
    NoManifest(FileError),
    /// A command line that names no command, or lacks an argument it needs.
    Argument { command: String, argument: String },
    /// A conversion of reference files failed.
    Reference(ReferenceFault),
}

impl From<FileTrouble> for Failure {
    fn from(trouble: FileTrouble) -> Failure {
        Failure::File(trouble)
    }
}

impl From<ReferenceFault> for Failure {
    fn from(fault: ReferenceFault) -> Failure {
        Failure::Reference(fault)
    }
}
