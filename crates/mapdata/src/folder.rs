//! A data set in a folder, read as the app reads it from a server: the
//! manifest, then the files it names, relative to it.

use std::io;
use std::path::{Path, PathBuf};

use imap_core::model::dataset::Dataset;
use imap_core::model::manifest::Manifest;
use imap_core::model::problems::{FileError, FileErrorKind, Unreadable};

use imap_core::tool::file_trouble::ReadTrouble;

use crate::output;

pub struct Folder {
    dir: PathBuf,
}

impl Folder {
    /// A file the manifest names, by its path relative to the manifest.
    pub fn read(&self, path: &str) -> Result<String, FileError> {
        read_text(path, &self.path(path))
    }

    /// Where a file the manifest names is.
    pub fn path(&self, path: &str) -> PathBuf {
        self.dir.join(path)
    }

    /// Every data file the manifest names: boundaries, projects and the
    /// optional sites, region and places.
    pub fn data_files<'a>(&'a self, manifest: &'a Manifest) -> impl Iterator<Item = PathBuf> + 'a {
        [&manifest.boundaries, &manifest.projects]
            .into_iter()
            .chain(&manifest.sites)
            .chain(&manifest.context)
            .chain(&manifest.places)
            .map(|path| self.path(path))
    }
}

/// The file at `path`, called `name`, as text, within `output::DATA_BYTES`
/// (a path to `/dev/zero` is refused, not read for ever).
pub fn read_text(name: &str, path: &Path) -> Result<String, FileError> {
    let bytes = output::read_bounded(path, output::DATA_BYTES).map_err(|trouble| {
        let why = match trouble {
            ReadTrouble::NotAFile { .. } => Unreadable::NotAFile,
            ReadTrouble::TooLarge { limit, .. } => Unreadable::TooLarge {
                megabytes: limit >> 20,
            },
            ReadTrouble::Unreadable { kind, why, .. } => match kind {
                io::ErrorKind::NotFound => Unreadable::NotFound,
                io::ErrorKind::PermissionDenied => Unreadable::Denied,
                _ => Unreadable::System(why),
            },
        };
        FileError::new(name, FileErrorKind::Unreadable(why))
    })?;
    String::from_utf8(bytes)
        .map_err(|e| FileError::not_utf8(name, &e.as_bytes()[..e.utf8_error().valid_up_to()]))
}

/// The data set of the manifest at `manifest`, with the files it names
/// (sites included); an error when the manifest itself is unusable.
pub fn open(manifest: &Path) -> Result<(Folder, Dataset), FileError> {
    let name = manifest.to_string_lossy().to_string();
    let parsed = Manifest::parse(&name, &read_text(&name, manifest)?)?;
    let folder = Folder {
        dir: manifest.parent().unwrap_or(Path::new(".")).to_path_buf(),
    };
    let (boundaries, projects) = (
        folder.read(&parsed.boundaries),
        folder.read(&parsed.projects),
    );
    let sites = parsed.sites.clone();
    let mut data = Dataset::assemble(parsed, boundaries, projects);
    if let Some(path) = &sites {
        data.add_sites(folder.read(path));
    }
    Ok((folder, data))
}
