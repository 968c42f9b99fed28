//! The one way Mandat writes a file: into a temporary file in the same folder, synced, renamed
//! over the target, and the folder synced, so that a crash or a full disk leaves either the
//! old file or the new one, never half of one. PDFs, `.mandat` files, backups, key files and
//! database copies all go through [`Pending`] (or [`write()`], its short form).

use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// A file being written: its temporary path until [`Pending::commit`] puts it in place.
/// Dropped without a commit, the temporary file is removed.
pub struct Pending {
    tmp: PathBuf,
    target: PathBuf,
    committed: bool,
}

impl Pending {
    /// A temporary path beside `target` (same folder, so the rename stays on one file system).
    pub fn new(target: &Path) -> Result<Pending> {
        let name = target
            .file_name()
            .ok_or_else(|| io_error("write", target, std::io::ErrorKind::InvalidInput.into()))?;
        let mut nonce = [0u8; 6];
        rand_core::RngCore::fill_bytes(&mut rand_core::OsRng, &mut nonce);
        let tmp = target.with_file_name(format!(
            ".{}.{}.partial",
            name.to_string_lossy(),
            hex::encode(nonce)
        ));
        Ok(Pending {
            tmp,
            target: target.to_owned(),
            committed: false,
        })
    }

    /// Where to write the content (a path SQLite or any writer can open).
    pub fn path(&self) -> &Path {
        &self.tmp
    }

    /// Syncs the content, renames it over the target, then syncs the folder.
    pub fn commit(mut self) -> Result<()> {
        std::fs::File::open(&self.tmp)
            .and_then(|f| f.sync_all())
            .map_err(|e| io_error("write", &self.target, e))?;
        std::fs::rename(&self.tmp, &self.target)
            .map_err(|e| io_error("replace", &self.target, e))?;
        self.committed = true;
        sync_folder(&self.target)
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

/// Writes `bytes` to `target` atomically.
pub fn write(target: &Path, bytes: &[u8]) -> Result<()> {
    let pending = Pending::new(target)?;
    // `create_new`: never through a file (or a link) someone else put at the temporary name.
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(pending.path())
        .and_then(|mut f| std::io::Write::write_all(&mut f, bytes))
        .map_err(|e| io_error("write", target, e))?;
    pending.commit()
}

/// Makes a rename (or a removal) in the folder of `path` durable.
pub fn sync_folder(path: &Path) -> Result<()> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    std::fs::File::open(folder)
        .and_then(|f| f.sync_all())
        .map_err(|e| io_error("sync", folder, e))
}

fn io_error(action: &'static str, path: &Path, source: std::io::Error) -> Error {
    Error::File {
        action,
        path: path.to_owned(),
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_replaces_the_file_and_leaves_nothing_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.pdf");
        std::fs::write(&target, b"old").unwrap();
        write(&target, b"new").unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"new");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().collect();
        assert_eq!(names.len(), 1, "no temporary file left");
    }

    #[test]
    fn an_abandoned_write_keeps_the_old_file_and_removes_its_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("key.json");
        std::fs::write(&target, b"old").unwrap();
        {
            let pending = Pending::new(&target).unwrap();
            std::fs::write(pending.path(), b"half").unwrap();
            // Dropped: a failure before the commit.
        }
        assert_eq!(std::fs::read(&target).unwrap(), b"old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_missing_folder_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("no-such-folder").join("x.mandat");
        let err = write(&target, b"x").unwrap_err();
        assert!(matches!(err, Error::File { .. }));
        assert!(err.to_string().contains("no-such-folder"), "{err}");
    }
}
