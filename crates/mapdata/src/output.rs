//! Where the tool reads and writes files, so that no command ever leaves a
//! file worse than it found it: inputs are read within a bound, a target is
//! refused when it is one of the command's own inputs, and a write goes to a
//! temporary file in the same folder that replaces the target only once it
//! is whole (a full disk or a crash leaves the old file as it was).

use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use imap_core::model::problems::SystemError;
use imap_core::tool::file_trouble::{FileTrouble, InputRole, ReadTrouble};

/// Data and reference files are read up to this size; a device or a
/// runaway file is refused before it is read.
pub const DATA_BYTES: u64 = 1 << 30;

/// A regular file's bytes, at most `limit` of them: a device such as
/// `/dev/zero` or a file larger than the bound is refused before it is read.
pub fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>, ReadTrouble> {
    let shown = path.display().to_string();
    let unreadable = |error: io::Error| ReadTrouble::Unreadable {
        path: shown.clone(),
        why: SystemError::of(&error),
        kind: error.kind(),
    };
    let file = File::open(path).map_err(unreadable)?;
    let metadata = file.metadata().map_err(unreadable)?;
    if !metadata.is_file() {
        return Err(ReadTrouble::NotAFile { path: shown });
    }
    if metadata.len() > limit {
        return Err(ReadTrouble::TooLarge { path: shown, limit });
    }
    // The file may grow between the check and the read.
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > limit {
        return Err(ReadTrouble::TooLarge { path: shown, limit });
    }
    Ok(bytes)
}

/// Refuses `target` when it is the same file as one of `inputs` (by the
/// file system's identity, so `./a/../map.json` is `map.json`), or an
/// existing file that is not a regular one.
pub fn check_target(target: &Path, inputs: &[(PathBuf, InputRole)]) -> Result<(), FileTrouble> {
    let path = target.display().to_string();
    match fs::metadata(target) {
        Err(_) => return Ok(()),
        Ok(metadata) if !metadata.is_file() => {
            return Err(FileTrouble::Read(ReadTrouble::NotAFile { path }));
        }
        Ok(_) => {}
    }
    match inputs
        .iter()
        .find(|(input, _)| same_file::is_same_file(input, target).unwrap_or(false))
    {
        Some((_, role)) => Err(FileTrouble::IsInput { path, role: *role }),
        None => Ok(()),
    }
}

/// Replaces `target` with `text` whole or not at all: the text goes to a new
/// file beside it, is flushed to the disk, and is then renamed over it. The
/// new file keeps the old one's permissions (readable by the web server).
pub fn write_atomically(target: &Path, text: &str) -> Result<(), FileTrouble> {
    let not_written = |error: io::Error| FileTrouble::NotWritten {
        path: target.display().to_string(),
        why: SystemError::of(&error),
    };
    let folder = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut file = tempfile::Builder::new()
        .prefix(".mapdata-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .map_err(not_written)?;
    file.write_all(text.as_bytes()).map_err(not_written)?;
    file.as_file().sync_all().map_err(not_written)?;
    let permissions = match fs::metadata(target) {
        Ok(old) => Some(old.permissions()),
        Err(_) => new_file_permissions(),
    };
    if let Some(permissions) = permissions {
        fs::set_permissions(file.path(), permissions).map_err(not_written)?;
    }
    file.persist(target)
        .map_err(|error| not_written(error.error))?;
    Ok(())
}

/// A temporary file is private (0600) on Unix; the file it becomes is
/// served by a web server, so everyone may read it, as `std::fs::write`
/// gives under the usual umask. Elsewhere the folder's defaults apply.
#[cfg(unix)]
fn new_file_permissions() -> Option<fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn new_file_permissions() -> Option<fs::Permissions> {
    None
}
