//! The open database, behind the passphrase: nothing is open until the window unlocks it, and
//! locking drops it. Every command asks [`Vault::store`], which answers `locked` meanwhile.
//!
//! The idle lock is kept here too, not only by the window: every call through the vault counts
//! as use (the window also asks [`Vault::status`] now and then while the user types or moves
//! the pointer, so reading a long page keeps the data open), and once the idle minutes of the
//! settings have passed without use the store is dropped and the window told
//! ([`LOCKED_EVENT`]), even if the window's own count stopped.

use mandat_core::backup::{self, BackupReason};
use mandat_core::settings::{self, DEFAULT_LOCK_MINUTES};
use mandat_core::vault::{self, VaultState, VaultStatus};
use mandat_core::{Error, Result, Store};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock, Weak};
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime};

/// How often the open app asks whether the daily backup is due.
const DAILY_CHECK: Duration = Duration::from_secs(3600);

/// How often the open app asks whether the idle minutes have passed.
const IDLE_CHECK: Duration = Duration::from_secs(5);

/// Sent to the window when the vault locked itself after the idle minutes.
pub const LOCKED_EVENT: &str = "vault-locked";

/// A moment on both clocks: the monotonic one does not jump with the wall clock, the wall
/// clock keeps counting while the laptop sleeps. Idle time is the longer of the two.
#[derive(Clone, Copy)]
pub struct Moment {
    pub monotonic: Instant,
    pub wall: SystemTime,
}

impl Moment {
    fn until(self, later: Moment) -> Duration {
        let monotonic = later.monotonic.saturating_duration_since(self.monotonic);
        let wall = later.wall.duration_since(self.wall).unwrap_or_default();
        monotonic.max(wall)
    }
}

/// Where the time comes from: the real clocks, or a test's own.
pub trait Clock: Send + Sync {
    fn now(&self) -> Moment;
}

struct RealClock;

impl Clock for RealClock {
    fn now(&self) -> Moment {
        Moment {
            monotonic: Instant::now(),
            wall: SystemTime::now(),
        }
    }
}

type Notify = Box<dyn Fn() + Send + Sync>;

pub struct Vault {
    data_dir: PathBuf,
    store: RwLock<Option<Arc<Store>>>,
    /// When a call last went through the vault.
    last_use: Mutex<Moment>,
    clock: Box<dyn Clock>,
    /// Tells the window the vault locked itself.
    on_idle_lock: Notify,
    /// The launch backups still being written. They are waited for before the vault goes
    /// (and before the process exits): a backup cut off at exit would leave a half-written
    /// temporary file, and SQLCipher keying a file while OpenSSL is torn down at exit crashes.
    writing: Mutex<Vec<JoinHandle<()>>>,
}

impl Vault {
    /// The app's vault: the real clocks, the window told by an event, and the daily backup
    /// and idle watches running while it lives.
    pub fn new(data_dir: PathBuf, app: tauri::AppHandle) -> Arc<Vault> {
        use tauri::Emitter;
        let notify = Box::new(move || {
            if let Err(e) = app.emit(LOCKED_EVENT, ()) {
                eprintln!("mandat: cannot tell the window it locked: {e}");
            }
        });
        let vault = Vault::with_clock(data_dir, Box::new(RealClock), notify);
        every(&vault, DAILY_CHECK, |vault| {
            if let Some(store) = vault.open_store() {
                if backup::due(&store).unwrap_or(false) {
                    if let Err(e) = backup::create(&store, BackupReason::Daily) {
                        eprintln!("mandat: daily backup failed: {e}");
                    }
                }
            }
        });
        every(&vault, IDLE_CHECK, |vault| {
            vault.lock_if_idle();
        });
        vault
    }

    /// A vault on `clock`, calling `on_idle_lock` when it locks itself; no watch runs.
    pub fn with_clock(
        data_dir: PathBuf,
        clock: Box<dyn Clock>,
        on_idle_lock: Notify,
    ) -> Arc<Vault> {
        Arc::new(Vault {
            data_dir,
            store: RwLock::new(None),
            last_use: Mutex::new(clock.now()),
            clock,
            on_idle_lock,
            writing: Mutex::new(Vec::new()),
        })
    }

    /// Waits for the launch backups under way. Called when the app exits, and when the vault
    /// is dropped.
    pub fn settle(&self) {
        let writing = std::mem::take(&mut *self.writing.lock().unwrap_or_else(|p| p.into_inner()));
        for backup in writing {
            if backup.join().is_err() {
                eprintln!("mandat: the launch backup stopped short");
            }
        }
    }

    /// The data folder: no path from the window may lead into it (`chosen_file`).
    pub fn data_dir(&self) -> &std::path::Path {
        &self.data_dir
    }

    /// The open database, or `locked`. Counts as use.
    pub fn store(&self) -> Result<Arc<Store>> {
        self.used();
        self.open_store().ok_or(Error::Locked)
    }

    /// Where the passphrase stands. Counts as use: the window's sign of life.
    pub fn status(&self) -> Result<VaultStatus> {
        self.used();
        if self.open_store().is_some() {
            return Ok(VaultStatus {
                state: VaultState::Unlocked,
                unencrypted_data: false,
            });
        }
        vault::status(&self.data_dir)
    }

    pub fn create(&self, passphrase: &str) -> Result<VaultStatus> {
        let store = vault::create(&self.data_dir, passphrase)?;
        self.open(store)
    }

    pub fn unlock(&self, passphrase: &str) -> Result<VaultStatus> {
        let store = vault::unlock(&self.data_dir, passphrase)?;
        self.open(store)
    }

    /// After `corrupt`: the newest sound backup replaces the damaged database (kept aside).
    pub fn recover(&self, passphrase: &str) -> Result<VaultStatus> {
        let key = vault::key_for(&self.data_dir, passphrase)?;
        let good = backup::latest_good(&self.data_dir, &key).ok_or_else(|| Error::Corrupt {
            path: self.data_dir.join(mandat_core::store::DATABASE_FILE),
            detail: "and there is no good backup to restore".into(),
        })?;
        backup::restore_offline(&self.data_dir, &good.file, &key)?;
        self.unlock(passphrase)
    }

    pub fn lock(&self) -> Result<VaultStatus> {
        *self.store.write().unwrap_or_else(|p| p.into_inner()) = None;
        self.status()
    }

    pub fn change(&self, current: &str, next: &str) -> Result<()> {
        vault::change(&*self.store()?, current, next)
    }

    /// Drops the store once the idle minutes of the settings have passed without use, and
    /// tells the window. Whether it did.
    pub fn lock_if_idle(&self) -> bool {
        let Some(store) = self.open_store() else {
            return false;
        };
        let minutes = settings::get(&store)
            .ok()
            .and_then(|s| s.lock_after_minutes)
            .unwrap_or(DEFAULT_LOCK_MINUTES);
        drop(store);
        let limit = Duration::from_secs(u64::from(minutes) * 60);
        {
            let mut open = self.store.write().unwrap_or_else(|p| p.into_inner());
            // Asked again under the lock: a call that came meanwhile keeps the data open.
            if open.is_none() || self.idle() < limit {
                return false;
            }
            *open = None;
        }
        (self.on_idle_lock)();
        true
    }

    /// How long since the last call through the vault.
    fn idle(&self) -> Duration {
        let last = *self.last_use.lock().unwrap_or_else(|p| p.into_inner());
        last.until(self.clock.now())
    }

    fn used(&self) {
        *self.last_use.lock().unwrap_or_else(|p| p.into_inner()) = self.clock.now();
    }

    /// The open database, without counting as use (the vault's own watches).
    fn open_store(&self) -> Option<Arc<Store>> {
        self.store.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Keeps the opened store and makes the launch backup, off the calling thread.
    fn open(&self, store: Store) -> Result<VaultStatus> {
        let store = Arc::new(store);
        self.used();
        *self.store.write().unwrap_or_else(|p| p.into_inner()) = Some(Arc::clone(&store));
        let backup = std::thread::spawn(move || {
            if let Err(e) = backup::create(&store, BackupReason::Launch) {
                eprintln!("mandat: launch backup failed: {e}");
            }
        });
        let mut writing = self.writing.lock().unwrap_or_else(|p| p.into_inner());
        writing.retain(|b| !b.is_finished());
        writing.push(backup);
        drop(writing);
        self.status()
    }
}

impl Drop for Vault {
    fn drop(&mut self) {
        self.settle();
    }
}

/// Runs `work` on the vault every `period`, on a thread of its own, for as long as the vault
/// lives.
fn every(vault: &Arc<Vault>, period: Duration, work: impl Fn(&Vault) + Send + 'static) {
    let vault: Weak<Vault> = Arc::downgrade(vault);
    std::thread::spawn(move || loop {
        std::thread::sleep(period);
        match vault.upgrade() {
            Some(vault) => work(&vault),
            None => return,
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    const PASSPHRASE: &str = "correct horse battery staple";

    /// A clock that moves only when the test says.
    struct TestClock {
        start: Moment,
        passed: Arc<Mutex<Duration>>,
    }

    impl Clock for TestClock {
        fn now(&self) -> Moment {
            let passed = *self.passed.lock().unwrap();
            Moment {
                monotonic: self.start.monotonic + passed,
                wall: self.start.wall + passed,
            }
        }
    }

    struct Setup {
        _dir: tempfile::TempDir,
        vault: Arc<Vault>,
        passed: Arc<Mutex<Duration>>,
        told: Arc<AtomicUsize>,
    }

    impl Setup {
        fn wait(&self, time: Duration) {
            *self.passed.lock().unwrap() += time;
        }
    }

    /// An unlocked vault on a test clock, its idle minutes set to `minutes`.
    fn unlocked(minutes: Option<u32>) -> Setup {
        let dir = tempfile::tempdir().unwrap();
        let passed = Arc::new(Mutex::new(Duration::ZERO));
        let told = Arc::new(AtomicUsize::new(0));
        let clock = TestClock {
            start: RealClock.now(),
            passed: Arc::clone(&passed),
        };
        let count = Arc::clone(&told);
        let vault = Vault::with_clock(
            dir.path().to_owned(),
            Box::new(clock),
            Box::new(move || {
                count.fetch_add(1, Ordering::SeqCst);
            }),
        );
        vault.create(PASSPHRASE).unwrap();
        let chosen = settings::Settings {
            lock_after_minutes: minutes,
            ..settings::Settings::default()
        };
        settings::set(&vault.store().unwrap(), &chosen).unwrap();
        Setup {
            _dir: dir,
            vault,
            passed,
            told,
        }
    }

    const MINUTE: Duration = Duration::from_secs(60);

    #[test]
    fn the_store_is_dropped_after_the_idle_minutes_of_the_settings() {
        let s = unlocked(Some(2));
        s.wait(2 * MINUTE - Duration::from_secs(1));
        assert!(!s.vault.lock_if_idle());
        assert!(s.vault.open_store().is_some());
        s.wait(Duration::from_secs(1));
        assert!(s.vault.lock_if_idle());
        assert!(s.vault.open_store().is_none(), "the store is dropped");
        assert_eq!(s.told.load(Ordering::SeqCst), 1, "the window is told");
        assert!(matches!(s.vault.store(), Err(Error::Locked)));
        assert_eq!(s.vault.status().unwrap().state, VaultState::Locked);
        // Locked already: nothing more to do, nobody told twice.
        s.wait(10 * MINUTE);
        assert!(!s.vault.lock_if_idle());
        assert_eq!(s.told.load(Ordering::SeqCst), 1);
        // The passphrase opens it again, with a fresh count.
        s.vault.unlock(PASSPHRASE).unwrap();
        assert!(!s.vault.lock_if_idle());
    }

    #[test]
    fn ten_minutes_when_the_settings_say_nothing() {
        let s = unlocked(None);
        s.wait(10 * MINUTE - Duration::from_secs(1));
        assert!(!s.vault.lock_if_idle());
        s.wait(Duration::from_secs(1));
        assert!(s.vault.lock_if_idle());
    }

    #[test]
    fn every_call_through_the_vault_counts_as_use() {
        let s = unlocked(Some(1));
        for _ in 0..5 {
            s.wait(MINUTE - Duration::from_secs(1));
            s.vault.store().unwrap();
            assert!(!s.vault.lock_if_idle());
        }
        // The window's sign of life counts too.
        for _ in 0..5 {
            s.wait(MINUTE - Duration::from_secs(1));
            s.vault.status().unwrap();
            assert!(!s.vault.lock_if_idle());
        }
        // Its own watches do not.
        s.wait(MINUTE);
        assert!(s.vault.lock_if_idle());
    }

    #[test]
    fn the_watch_locks_by_itself_and_stops_with_the_vault() {
        let s = unlocked(Some(1));
        every(&s.vault, Duration::from_millis(5), |vault| {
            vault.lock_if_idle();
        });
        s.wait(MINUTE);
        let deadline = Instant::now() + Duration::from_secs(10);
        while s.vault.open_store().is_some() {
            assert!(Instant::now() < deadline, "the watch did not lock");
            std::thread::sleep(Duration::from_millis(5));
        }
        assert_eq!(s.told.load(Ordering::SeqCst), 1);
        let weak = Arc::downgrade(&s.vault);
        drop(s);
        while weak.upgrade().is_some() {
            assert!(Instant::now() < deadline, "the watch keeps the vault alive");
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// The launch backup runs off the unlocking thread, but the vault waits for it before it
    /// goes: the backup is whole once the vault is dropped (an exit mid-backup crashed the
    /// process inside SQLCipher while OpenSSL was being torn down).
    #[test]
    fn the_launch_backup_is_finished_before_the_vault_goes() {
        let s = unlocked(None);
        let data_dir = s.vault.data_dir().to_owned();
        let key = vault::key_for(&data_dir, PASSPHRASE).unwrap();
        let Setup { _dir, vault, .. } = s;
        drop(vault);
        let backups = backup::list(&data_dir, &key).unwrap();
        assert_eq!(backups.len(), 1, "the launch backup, whole: {backups:?}");
        assert!(backups[0].summary.is_some(), "{backups:?}");
        let files = std::fs::read_dir(backup::dir(&data_dir)).unwrap().count();
        assert_eq!(files, 1, "no temporary file left beside it");
    }

    #[test]
    fn idle_time_is_the_longer_of_the_two_clocks() {
        let start = RealClock.now();
        let slept = Moment {
            monotonic: start.monotonic + Duration::from_secs(1),
            wall: start.wall + Duration::from_secs(3600),
        };
        assert_eq!(start.until(slept), Duration::from_secs(3600));
        let wall_back = Moment {
            monotonic: start.monotonic + Duration::from_secs(60),
            wall: start.wall - Duration::from_secs(3600),
        };
        assert_eq!(start.until(wall_back), Duration::from_secs(60));
    }
}
