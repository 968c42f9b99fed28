//! Rolling backups of the database, and restoring one.
//!
//! Backups are whole, consistent copies made with SQLite's online backup API (never a file
//! copy of a live database), in the `backups` folder beside the database, named
//! `mandat-<UTC time>-<reason>.sqlite3`; the newest, then one a day and one a week, are kept
//! ([`retention`]).
//! Mandat makes one at launch, one before any schema upgrade, and one a day while it stays
//! open. Restoring first backs up the current database (`before-restore`), then copies the
//! chosen backup into the live database through the same API, so the app keeps running on it;
//! the backup being restored is never the one that pruning removes.
//!
//! A person erased from the register stays in the backups made before until they are purged
//! ([`purge`]); restoring such a backup erases them again at once.

mod copy_out;
mod model;
mod purge;
pub mod retention;

pub use copy_out::{copy_to, restore_listed};
pub use model::*;
pub use purge::{holding, pending, purge_pending, purge_person};

use crate::atomic_file::Pending;
use crate::error::{Error, Result};
use crate::key::Key;
use crate::store::{self, Store};
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};

/// The folder, inside the data directory.
pub const DIR: &str = "backups";
/// How old the newest backup may get while Mandat stays open.
pub const DAILY: chrono::Duration = chrono::Duration::hours(24);

pub fn dir(data_dir: &Path) -> PathBuf {
    data_dir.join(DIR)
}

fn file_error<'a>(
    action: &'static str,
    path: &'a Path,
) -> impl FnOnce(std::io::Error) -> Error + 'a {
    move |source| Error::File {
        action,
        path: path.to_owned(),
        source,
    }
}

/// Backs the database up now, then prunes the backups ([`retention`]).
pub fn create(store: &Store, reason: BackupReason) -> Result<BackupInfo> {
    create_sparing(store, reason, None)
}

/// As [`create`], never removing `spare`.
fn create_sparing(store: &Store, reason: BackupReason, spare: Option<&Path>) -> Result<BackupInfo> {
    let path = new_path(store.data_dir(), reason)?;
    store.backup_to(&path)?;
    let key = store.key();
    prune(store.data_dir(), &key, spare)?;
    // The newest backup is always among those kept.
    Ok(BackupInfo {
        kept: Some(Kept::Recent),
        ..info(&path, &key)?
    })
}

/// A fresh backup file name for `reason`, its folder created.
pub(crate) fn new_path(data_dir: &Path, reason: BackupReason) -> Result<PathBuf> {
    let dir = dir(data_dir);
    std::fs::create_dir_all(&dir).map_err(file_error("create", &dir))?;
    let now = chrono::Utc::now();
    let mut path = dir.join(name(now, reason, 0));
    let mut n = 0;
    while path.exists() {
        n += 1;
        path = dir.join(name(now, reason, n));
    }
    Ok(path)
}

/// Writes a consistent copy of the database to `path` (for `mandat-cli backup -o FILE`).
pub fn export(store: &Store, path: &Path) -> Result<BackupInfo> {
    store.backup_to(path)?;
    info(path, &store.key())
}

fn name(at: chrono::DateTime<chrono::Utc>, reason: BackupReason, n: u32) -> String {
    let suffix = if n == 0 {
        String::new()
    } else {
        format!("-{n}")
    };
    format!(
        "mandat-{}-{}{suffix}.sqlite3",
        at.format("%Y%m%dT%H%M%S%.3fZ"),
        reason.code()
    )
}

/// When (RFC 3339, milliseconds) and why, from a backup's file name; and its rank among
/// backups made in the same millisecond.
fn parse_name(file: &str) -> Option<(String, BackupReason, u32)> {
    let rest = file.strip_prefix("mandat-")?.strip_suffix(".sqlite3")?;
    let (stamp, reason) = rest.split_once('-')?;
    let at = chrono::NaiveDateTime::parse_from_str(stamp, "%Y%m%dT%H%M%S%.3fZ").ok()?;
    let (reason, n) = BackupReason::ALL.into_iter().find_map(|r| {
        let tail = reason.strip_prefix(r.code())?;
        match tail.strip_prefix('-') {
            None if tail.is_empty() => Some((r, 0)),
            Some(n) => n.parse().ok().map(|n| (r, n)),
            None => None,
        }
    })?;
    Some((
        at.and_utc()
            .to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        reason,
        n,
    ))
}

fn rank(b: &BackupInfo) -> (String, u32) {
    (
        b.created_at.clone(),
        parse_name(&b.file).map_or(0, |(_, _, n)| n),
    )
}

/// The backups in the data directory, newest first; read with `key` (a backup made under
/// another key shows as unreadable).
pub fn list(data_dir: &Path, key: &Key) -> Result<Vec<BackupInfo>> {
    let dir = dir(data_dir);
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(file_error("read", &dir)(e)),
    };
    let mut found: Vec<BackupInfo> = entries
        .filter_map(|e| e.ok())
        .filter(|e| parse_name(&e.file_name().to_string_lossy()).is_some())
        .filter_map(|e| info(&e.path(), key).ok())
        .collect();
    found.sort_by_key(|b| std::cmp::Reverse(rank(b)));
    let kept = retention::kept(&found);
    for (b, kept) in found.iter_mut().zip(kept) {
        b.kept = kept;
    }
    Ok(found)
}

fn prune(data_dir: &Path, key: &Key, spare: Option<&Path>) -> Result<()> {
    // The same file, however its path was written.
    let spare = spare.and_then(|p| std::fs::canonicalize(p).ok());
    let is_spare = |b: &BackupInfo| spare.is_some() && std::fs::canonicalize(&b.path).ok() == spare;
    for old in doomed(&list(data_dir, key)?, is_spare) {
        let path = Path::new(&old.path);
        std::fs::remove_file(path).map_err(file_error("remove", path))?;
    }
    Ok(())
}

/// Of backups listed newest first (their `kept` filled by [`list`]), those pruning removes:
/// none that [`retention`] keeps, nor the spare one (a backup being restored) whatever its age.
fn doomed(newest_first: &[BackupInfo], is_spare: impl Fn(&BackupInfo) -> bool) -> Vec<&BackupInfo> {
    newest_first
        .iter()
        .filter(|b| b.kept.is_none() && !is_spare(b))
        .collect()
}

/// The backups of the open store, newest first.
pub fn all(store: &Store) -> Result<Vec<BackupInfo>> {
    list(store.data_dir(), &store.key())
}

/// Whether the newest backup is older than [`DAILY`] (or there is none).
pub fn due(store: &Store) -> Result<bool> {
    let newest = list(store.data_dir(), &store.key())?.into_iter().next();
    Ok(match newest {
        None => true,
        Some(b) => chrono::DateTime::parse_from_rfc3339(&b.created_at)
            .map(|t| chrono::Utc::now().signed_duration_since(t) >= DAILY)
            .unwrap_or(true),
    })
}

/// A backup file and what it holds.
pub fn info(path: &Path, key: &Key) -> Result<BackupInfo> {
    let meta = std::fs::metadata(path).map_err(file_error("read", path))?;
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (created_at, reason) = parse_name(&file)
        .map(|(at, r, _)| (at, r))
        .unwrap_or_else(|| {
            let at: chrono::DateTime<chrono::Utc> = meta
                .modified()
                .map(Into::into)
                .unwrap_or_else(|_| chrono::Utc::now());
            (
                at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
                BackupReason::Manual,
            )
        });
    Ok(BackupInfo {
        path: path.to_string_lossy().into_owned(),
        file,
        created_at,
        reason,
        bytes: meta.len(),
        summary: summarise(path, key).ok(),
        kept: None,
    })
}

/// Opens a backup read-only and checks it is a sound Mandat database this build can read.
fn open_checked(path: &Path, key: &Key) -> Result<Connection> {
    let corrupt = |detail: String| Error::Corrupt {
        path: path.to_owned(),
        detail,
    };
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.execute_batch(&key.pragma("key"))?;
    let check: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .map_err(|e| corrupt(e.to_string()))?;
    if check != "ok" {
        return Err(corrupt(check));
    }
    let version = store::schema_version(&conn)?;
    if version == 0 {
        return Err(corrupt("not a Mandat database".into()));
    }
    if version > crate::schema::latest() {
        return Err(Error::NewerDatabase {
            found: version,
            known: crate::schema::latest(),
        });
    }
    Ok(conn)
}

fn summarise(path: &Path, key: &Key) -> Result<BackupSummary> {
    let conn = open_checked(path, key)?;
    let count = |sql: &str| -> u32 { conn.query_row(sql, [], |r| r.get(0)).unwrap_or(0) };
    let mut stmt = conn.prepare("SELECT client || ' — ' || title FROM missions ORDER BY id")?;
    let mission_names = stmt
        .query_map([], |r| r.get(0))?
        .collect::<std::result::Result<Vec<String>, _>>()?;
    Ok(BackupSummary {
        missions: mission_names.len() as u32,
        mission_names,
        charter_versions: count("SELECT count(*) FROM charter_versions"),
        signatures: count("SELECT count(*) FROM signatures"),
    })
}

/// The backup `file` (a name in the backups folder) or any path.
fn resolve(data_dir: &Path, file: &str) -> PathBuf {
    let as_name = dir(data_dir).join(file);
    if !file.contains('/') && as_name.exists() {
        as_name
    } else {
        PathBuf::from(file)
    }
}

/// Replaces the live database with the backup `file`, after backing the current one up.
/// Returns the safety backup. The people erased before (and not yet purged from every backup)
/// are erased again in the restored database: a backup older than an erasure does not bring
/// the person back, and the other backups are still offered for purging.
pub fn restore(store: &Store, file: &str) -> Result<BackupInfo> {
    let path = resolve(store.data_dir(), file);
    drop(open_checked(&path, &store.key())?);
    let erased = store.read(crate::people::erase::erased)?;
    let safety = create_sparing(store, BackupReason::BeforeRestore, Some(&path))?;
    store.restore_from(&path)?;
    store.write(|w| crate::people::erase::erase_again(w, &erased))?;
    Ok(safety)
}

/// Restores with no store open (the database is damaged and cannot be opened): the damaged
/// file is kept aside as `mandat.sqlite3.damaged-<time>`, never deleted.
pub fn restore_offline(data_dir: &Path, file: &str, key: &Key) -> Result<PathBuf> {
    let path = resolve(data_dir, file);
    drop(open_checked(&path, key)?);
    let db = data_dir.join(store::DATABASE_FILE);
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
    let aside = data_dir.join(format!("{}.damaged-{stamp}", store::DATABASE_FILE));
    if db.exists() {
        std::fs::rename(&db, &aside).map_err(file_error("move aside", &db))?;
    }
    for ext in ["-wal", "-shm"] {
        let side = data_dir.join(format!("{}{ext}", store::DATABASE_FILE));
        if side.exists() {
            let to = data_dir.join(format!("{}.damaged-{stamp}{ext}", store::DATABASE_FILE));
            std::fs::rename(&side, &to).map_err(file_error("move aside", &side))?;
        }
    }
    let pending = Pending::new(&db)?;
    std::fs::copy(&path, pending.path()).map_err(file_error("copy", &path))?;
    pending.commit()?;
    Ok(aside)
}

/// Re-encrypts every backup readable with `old` under `new` (after a passphrase change), so
/// the backups stay restorable. One that cannot be read is left as it is.
pub fn rekey_all(data_dir: &Path, old: &Key, new: &Key) -> Result<()> {
    for b in list(data_dir, old)? {
        if b.summary.is_none() {
            continue;
        }
        let path = Path::new(&b.path);
        let conn = Connection::open(path)?;
        conn.execute_batch(&old.pragma("key"))?;
        let next = Pending::new(path)?;
        store::copy_keyed(&conn, next.path(), new)?;
        drop(conn);
        next.commit()?;
    }
    Ok(())
}

/// The newest backup that is sound, for the offer made when the database is damaged.
pub fn latest_good(data_dir: &Path, key: &Key) -> Option<BackupInfo> {
    list(data_dir, key)
        .ok()?
        .into_iter()
        .find(|b| b.summary.is_some())
}

#[cfg(test)]
pub(crate) mod tests;
