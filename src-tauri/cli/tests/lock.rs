//! The CLI respects the window's lock on the data folder: nothing is read, restored or written
//! while another Mandat holds it.

use std::process::Command;

#[test]
fn a_command_refuses_a_data_folder_another_mandat_holds() {
    let dir = tempfile::tempdir().unwrap();
    let run = || {
        Command::new(env!("CARGO_BIN_EXE_mandat-cli"))
            .env_remove("MANDAT_DATA_DIR")
            .env_remove("MANDAT_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C")
            .env("MANDAT_PASSPHRASE", "correct horse battery staple")
            .arg("--data-dir")
            .arg(dir.path())
            .arg("missions")
            .output()
            .expect("mandat-cli runs")
    };
    let window = mandat_core::data_dir::lock(dir.path()).unwrap();
    let refused = run();
    assert!(!refused.status.success());
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(said.contains("another Mandat already uses"), "{said}");
    assert!(
        !dir.path().join("mandat.sqlite3").exists(),
        "nothing was created under the lock"
    );
    drop(window);
    assert!(run().status.success(), "free once the window is gone");
}
