//! Crash safety: writers killed with SIGKILL at random moments, many times over. Afterwards
//! the database is sound and holds every mission whose id was printed (acknowledged) before
//! its writer died. (A power cut cannot be staged here; `synchronous=FULL` in WAL mode is
//! what makes an acknowledged commit durable through one: see mandat-core's store.)

use std::io::Read;
use std::process::{Command, Stdio};

const PASSPHRASE: &str = "correct horse battery staple";
use std::time::Duration;

#[test]
fn killed_writers_lose_nothing_they_acknowledged() {
    let dir = tempfile::tempdir().unwrap();
    let cli = env!("CARGO_BIN_EXE_mandat-cli");
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    // How long one uninterrupted write takes on this machine: kills then land anywhere from
    // the start of a process to a little after its commit.
    let started = std::time::Instant::now();
    let first = Command::new(cli)
        .env_remove("MANDAT_DATA_DIR")
        .env("MANDAT_PASSPHRASE", PASSPHRASE)
        .arg("--data-dir")
        .arg(dir.path())
        .args([
            "mission",
            "new",
            "--client",
            "Ravel",
            "--title",
            "Mission 0",
        ])
        .output()
        .unwrap();
    assert!(first.status.success());
    let window = started.elapsed().as_micros() as u64 * 3 / 2;
    let mut acknowledged = vec![(
        String::from_utf8_lossy(&first.stdout)
            .trim()
            .parse::<i64>()
            .unwrap(),
        "Mission 0".to_owned(),
    )];
    for i in 1..60 {
        let mut child = Command::new(cli)
            .env_remove("MANDAT_DATA_DIR")
            .env("MANDAT_PASSPHRASE", PASSPHRASE)
            .arg("--data-dir")
            .arg(dir.path())
            .args(["mission", "new", "--client", "Ravel", "--title"])
            .arg(format!("Mission {i}"))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(next() % window));
        let _ = child.kill(); // SIGKILL, wherever it is
        let _ = child.wait();
        let mut out = String::new();
        child
            .stdout
            .take()
            .unwrap()
            .read_to_string(&mut out)
            .unwrap();
        if let Ok(id) = out.trim().parse::<i64>() {
            // Printed, hence committed: it must survive.
            acknowledged.push((id, format!("Mission {i}")));
        }
    }
    assert!(
        acknowledged.len() < 60,
        "the kills should land before some commits (all 60 acknowledged)"
    );

    let check = Command::new(cli)
        .env_remove("MANDAT_DATA_DIR")
        .env("MANDAT_PASSPHRASE", PASSPHRASE)
        .arg("--data-dir")
        .arg(dir.path())
        .arg("check")
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let list = Command::new(cli)
        .env_remove("MANDAT_DATA_DIR")
        .env("MANDAT_PASSPHRASE", PASSPHRASE)
        .arg("--data-dir")
        .arg(dir.path())
        .args(["missions", "--json"])
        .output()
        .unwrap();
    let missions: Vec<serde_json::Value> = serde_json::from_slice(&list.stdout).unwrap();
    for (id, title) in &acknowledged {
        assert!(
            missions
                .iter()
                .any(|m| m["id"] == *id && m["title"] == title.as_str()),
            "acknowledged mission {id} ({title}) is missing"
        );
    }
}
