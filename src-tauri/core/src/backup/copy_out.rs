//! What the window may do with a backup by naming it: restore it, or copy it out of the data
//! folder (to a USB stick). The window names a backup by its file name as [`super::list`]
//! gives it, never by a path, so a web view cannot have any other file restored; the copy
//! goes into a folder she chose, under the backup's own name, and is read back with the key
//! before it is reported made.

use super::{dir, info, open_checked, restore, BackupInfo};
use crate::atomic_file::Pending;
use crate::chosen_file::{self, FileKind, PathRefusal};
use crate::error::{Error, Result};
use crate::store::Store;
use std::path::{Path, PathBuf};

/// The backup called `name` in the backups folder: a bare file name of a file there.
fn listed(store: &Store, name: &str) -> Result<PathBuf> {
    let path = dir(store.data_dir()).join(name);
    let bare = Path::new(name).file_name().is_some_and(|n| n == name);
    if !bare || !path.is_file() {
        return Err(Error::RefusedPath {
            path: PathBuf::from(name),
            reason: PathRefusal::NotListed,
        });
    }
    Ok(path)
}

/// Restores the backup called `name` (see [`restore`]).
pub fn restore_listed(store: &Store, name: &str) -> Result<BackupInfo> {
    listed(store, name)?;
    restore(store, name)
}

/// Copies the backup called `name` into `folder` under its own name, replacing an earlier
/// copy of it there; the copy is opened with the key and checked before this returns, and a
/// copy that does not read back is removed. Returns what the copy holds.
pub fn copy_to(store: &Store, name: &str, folder: &Path) -> Result<BackupInfo> {
    let from = listed(store, name)?;
    let target = chosen_file::for_writing(store.data_dir(), &folder.join(name), FileKind::Backup)?;
    let pending = Pending::new(&target)?;
    std::fs::copy(&from, pending.path()).map_err(|source| Error::File {
        action: "copy",
        path: target.clone(),
        source,
    })?;
    // Read back before it replaces anything: a stick that lies about its writes fails here.
    drop(open_checked(pending.path(), &store.key())?);
    pending.commit()?;
    info(&target, &store.key())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backup::{create, BackupReason};
    use crate::store::tests::temp_store;

    #[test]
    fn a_backup_is_copied_to_a_chosen_folder_and_reads_back() {
        let (_dir, store) = temp_store();
        crate::mission::create(
            &store,
            &crate::mission::tests::draft("Northwind", "Recovery"),
        )
        .unwrap();
        let made = create(&store, BackupReason::Manual).unwrap();
        let stick = tempfile::tempdir().unwrap();
        let copy = copy_to(&store, &made.file, stick.path()).unwrap();
        assert_eq!(copy.file, made.file);
        assert!(copy.summary.is_some(), "the copy reads back");
        assert_eq!(copy.summary, made.summary);
        // Again: the earlier copy is replaced, not refused.
        copy_to(&store, &made.file, stick.path()).unwrap();
        assert_eq!(std::fs::read_dir(stick.path()).unwrap().count(), 1);
    }

    #[test]
    fn only_a_listed_backup_is_restored_or_copied_and_never_into_the_data_folder() {
        let (_dir, store) = temp_store();
        let made = create(&store, BackupReason::Manual).unwrap();
        let elsewhere = tempfile::tempdir().unwrap();
        let foreign = elsewhere.path().join("mandat-x.sqlite3");
        std::fs::write(&foreign, b"not a backup of hers").unwrap();
        for name in [
            foreign.to_str().unwrap(),
            "../mandat.sqlite3",
            "missing.sqlite3",
            "",
        ] {
            assert!(
                matches!(
                    restore_listed(&store, name),
                    Err(Error::RefusedPath {
                        reason: PathRefusal::NotListed,
                        ..
                    })
                ),
                "{name:?} restored"
            );
        }
        assert!(matches!(
            copy_to(&store, &made.file, store.data_dir()),
            Err(Error::RefusedPath {
                reason: PathRefusal::InsideDataFolder,
                ..
            })
        ));
        restore_listed(&store, &made.file).unwrap();
    }
}
