//! Purging erased people from the backups: each backup that holds one is rewritten without them.
//!
//! A backup is a whole copy of the database, so erasing a person (`people::erase`) leaves them
//! in every backup made before. Each erasure is remembered in `erased_people` (an id and a
//! moment, no name) until the backups are purged of it, so the window can offer the purge
//! right after the erasure or later, and a purge cut short is finished by the next one.
//!
//! A backup is purged in a copy beside it: the person is erased there by the erasure's own code
//! (`people::erase::erase_copy`: every table of `NAMING`, the interactions with them alone),
//! with `secure_delete` on, then `VACUUM` rebuilds the file so that no page of it holds their
//! text; the copy is checked, then renamed over the backup (`atomic_file::Pending`). A crash
//! leaves the old backup whole, never half of one; the file keeps its name (its time and its
//! reason), so the list keeps its order and pruning its choices.
//!
//! Out of reach: a copy written elsewhere (`mandat-cli backup -o FILE`), and the disk blocks of
//! each replaced file, which the file system frees as they were — encrypted under the key.

use super::{all, file_error, open_checked, BackupInfo, PendingPurge, PurgeReport};
use crate::atomic_file::Pending;
use crate::error::{Error, Result};
use crate::key::Key;
use crate::people::erase::{self, Erased};
use crate::store::{self, Read, Store};
use rusqlite::Connection;
use std::path::Path;

/// The person as the backups may hold them: from the register while they are in it, and from
/// the erasures not purged yet (an id reused by a later person can have both).
fn identities(store: &Store, person_id: i64) -> Result<Vec<Erased>> {
    let who: Vec<Erased> = store.read(|r| {
        let mut who = erase::identity(r, person_id)?
            .into_iter()
            .collect::<Vec<_>>();
        who.extend(
            erase::erased(r)?
                .into_iter()
                .filter(|e| e.person_id == person_id),
        );
        Ok(who)
    })?;
    if who.is_empty() {
        return Err(Error::NotFound {
            what: "person",
            id: person_id,
        });
    }
    Ok(who)
}

/// Whether the backup at `path` holds any of `who`.
fn holds_any(path: &Path, key: &Key, who: &[Erased]) -> Result<bool> {
    let conn = open_checked(path, key)?;
    let r = Read::on(&conn);
    for one in who {
        if erase::held(&r, one)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The sound backups holding any of `who`, newest first, and how many could not be read.
fn holding_any(store: &Store, who: &[Erased]) -> Result<(Vec<BackupInfo>, u32)> {
    let key = store.key();
    let mut found = Vec::new();
    let mut unreadable = 0;
    for b in all(store)? {
        if b.summary.is_none() {
            unreadable += 1;
        } else if holds_any(Path::new(&b.path), &key, who)? {
            found.push(b);
        }
    }
    Ok((found, unreadable))
}

/// The backups that still hold the person, newest first: before the erasure (the dialog names
/// them) and after it, until they are purged. `not_found` for someone never in the register.
pub fn holding(store: &Store, person_id: i64) -> Result<Vec<BackupInfo>> {
    let who = identities(store, person_id)?;
    Ok(holding_any(store, &who)?.0)
}

/// The erasures not purged from the backups yet, and the backups holding them.
pub fn pending(store: &Store) -> Result<PendingPurge> {
    let who = store.read(erase::erased)?;
    if who.is_empty() {
        return Ok(PendingPurge::default());
    }
    Ok(PendingPurge {
        people: who.len() as u32,
        backups: holding_any(store, &who)?.0,
    })
}

/// Rewrites every backup holding the erased person without them. `not_found` when the person
/// was not erased (erase them first: a purge of someone still in the register would be undone
/// by the next backup).
pub fn purge_person(store: &Store, person_id: i64) -> Result<PurgeReport> {
    let who: Vec<Erased> = store
        .read(erase::erased)?
        .into_iter()
        .filter(|e| e.person_id == person_id)
        .collect();
    if who.is_empty() {
        return Err(Error::NotFound {
            what: "erased person",
            id: person_id,
        });
    }
    purge(store, &who, |_| Ok(()))
}

/// Rewrites every backup without each person erased and not purged yet, then forgets them.
pub fn purge_pending(store: &Store) -> Result<PurgeReport> {
    let who = store.read(erase::erased)?;
    if who.is_empty() {
        return Ok(PurgeReport::default());
    }
    purge(store, &who, |_| Ok(()))
}

/// The purge, with `before_replace` called for each backup once its purged copy is written and
/// checked, just before it replaces the backup (the tests fail there to cut a purge short).
/// The erasures are forgotten only once every backup is purged.
fn purge(
    store: &Store,
    who: &[Erased],
    mut before_replace: impl FnMut(&Path) -> Result<()>,
) -> Result<PurgeReport> {
    let key = store.key();
    let (backups, unreadable) = holding_any(store, who)?;
    let mut report = PurgeReport {
        people: who.len() as u32,
        unreadable,
        ..PurgeReport::default()
    };
    for b in backups {
        let path = Path::new(&b.path);
        let next = Pending::new(path)?;
        std::fs::copy(path, next.path()).map_err(file_error("copy", path))?;
        report.rows_removed += rewrite(next.path(), &key, who)?;
        drop(open_checked(next.path(), &key)?);
        before_replace(path)?;
        next.commit()?;
        report.backups_rewritten += 1;
    }
    store.write(|w| {
        for one in who {
            erase::forget(w, one)?;
        }
        Ok(())
    })?;
    Ok(report)
}

/// Erases `who` from the database at `path` (a copy of a backup), then rebuilds the file so no
/// free page is left holding what was deleted; returns how many rows went.
fn rewrite(path: &Path, key: &Key, who: &[Erased]) -> Result<u32> {
    let mut conn = Connection::open(path)?;
    conn.execute_batch(&key.pragma("key"))?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "secure_delete", "ON")?;
    let removed = store::write_on(&mut conn, |w| {
        let mut removed = 0;
        for one in who {
            removed += erase::erase_copy(w, one)?;
        }
        Ok(removed)
    })?;
    conn.execute_batch("VACUUM")?;
    conn.close().map_err(|(_, e)| e)?;
    Ok(removed)
}

#[cfg(test)]
pub(crate) mod tests;
