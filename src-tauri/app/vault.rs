//! The open database, behind the passphrase: nothing is open until the window unlocks it, and
//! locking drops it. Every command asks [`Vault::store`], which answers `locked` meanwhile.

use mandat_core::backup::{self, BackupReason};
use mandat_core::vault::{self, VaultState, VaultStatus};
use mandat_core::{Error, Result, Store};
use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use std::time::Duration;

/// How often the open app asks whether the daily backup is due.
const DAILY_CHECK: Duration = Duration::from_secs(3600);

pub struct Vault {
    data_dir: PathBuf,
    store: RwLock<Option<Arc<Store>>>,
}

impl Vault {
    pub fn new(data_dir: PathBuf) -> Arc<Vault> {
        let vault = Arc::new(Vault {
            data_dir,
            store: RwLock::new(None),
        });
        let daily = Arc::clone(&vault);
        std::thread::spawn(move || loop {
            std::thread::sleep(DAILY_CHECK);
            if let Ok(store) = daily.store() {
                if backup::due(&store).unwrap_or(false) {
                    if let Err(e) = backup::create(&store, BackupReason::Daily) {
                        eprintln!("mandat: daily backup failed: {e}");
                    }
                }
            }
        });
        vault
    }

    /// The open database, or `locked`.
    pub fn store(&self) -> Result<Arc<Store>> {
        self.store
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
            .ok_or(Error::Locked)
    }

    pub fn status(&self) -> Result<VaultStatus> {
        if self.store().is_ok() {
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

    /// Keeps the opened store and makes the launch backup, off the calling thread.
    fn open(&self, store: Store) -> Result<VaultStatus> {
        let store = Arc::new(store);
        *self.store.write().unwrap_or_else(|p| p.into_inner()) = Some(Arc::clone(&store));
        std::thread::spawn(move || {
            if let Err(e) = backup::create(&store, BackupReason::Launch) {
                eprintln!("mandat: launch backup failed: {e}");
            }
        });
        self.status()
    }
}
