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
        .env_remove("MANDAT_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
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
            .env_remove("MANDAT_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C")
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
        .env_remove("MANDAT_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
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
        .env_remove("MANDAT_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
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

/// Set for the writer process that [`kills_inside_the_writes_lose_nothing_acknowledged`] runs.
const WRITER: &str = "MANDAT_CRASH_TEST_WRITER";

/// The process killed: unlocks once (the key derivation is over before the first write), then
/// writes missions one after the other, printing each one's id once committed. Runs only as
/// that child, never on its own.
#[test]
#[ignore = "the writer that the crash test starts and kills"]
fn writer() {
    use std::io::Write;
    let Some(dir) = std::env::var_os(WRITER) else {
        return;
    };
    let store = mandat_core::vault::unlock(std::path::Path::new(&dir), PASSPHRASE).unwrap();
    let mut out = std::io::stdout().lock();
    for i in 0u64.. {
        let title = format!("Writer {} {i}", std::process::id());
        let draft = mandat_core::mission::MissionDraft {
            client: "Ravel".into(),
            title: title.clone(),
            start_date: "2026-09-01".into(),
            ..Default::default()
        };
        let id = mandat_core::mission::create(&store, &draft).unwrap().id;
        writeln!(out, "acknowledged {id} {title}").unwrap();
        out.flush().unwrap();
    }
}

/// Kills that land inside the writes themselves: each writer is killed at a random moment
/// once it has started writing, many times over; every mission it acknowledged is there
/// afterwards, the database sound, and enough writes were acknowledged for the kills to have
/// landed among commits.
#[test]
fn kills_inside_the_writes_lose_nothing_acknowledged() {
    use std::io::BufRead;
    let dir = tempfile::tempdir().unwrap();
    let cli = env!("CARGO_BIN_EXE_mandat-cli");
    let made = Command::new(cli)
        .env_remove("MANDAT_DATA_DIR")
        .env_remove("MANDAT_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env("MANDAT_PASSPHRASE", PASSPHRASE)
        .arg("--data-dir")
        .arg(dir.path())
        .args(["mission", "new", "--client", "Ravel", "--title", "First"])
        .output()
        .unwrap();
    assert!(made.status.success());
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut acknowledged: Vec<(i64, String)> = Vec::new();
    for _ in 0..15 {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .env(WRITER, dir.path())
            .args([
                "writer",
                "--exact",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel::<String>();
        let reader = std::thread::spawn(move || {
            for line in std::io::BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        // Once it writes (its first acknowledgment read), kill it a few milliseconds later,
        // wherever it is. The test harness prints its own lines around: they are skipped.
        let ack = |line: &str| {
            line.split_once("acknowledged ")
                .map(|(_, rest)| rest.to_owned())
        };
        let mut lines = Vec::new();
        while let Ok(line) = rx.recv_timeout(Duration::from_secs(60)) {
            let first = ack(&line).is_some();
            lines.push(line);
            if first {
                break;
            }
        }
        std::thread::sleep(Duration::from_micros(next() % 20_000));
        let _ = child.kill();
        let _ = child.wait();
        let _ = reader.join();
        lines.extend(rx.try_iter());
        for line in lines {
            let Some(rest) = ack(&line) else {
                continue;
            };
            let (id, title) = rest.split_once(' ').unwrap();
            acknowledged.push((id.parse().unwrap(), title.to_owned()));
        }
    }
    eprintln!(
        "{} writes acknowledged before the kills",
        acknowledged.len()
    );
    assert!(
        acknowledged.len() >= 60,
        "the kills land among many commits: {} acknowledged",
        acknowledged.len()
    );

    let run = |args: &[&str]| {
        Command::new(cli)
            .env_remove("MANDAT_DATA_DIR")
            .env_remove("MANDAT_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C")
            .env("MANDAT_PASSPHRASE", PASSPHRASE)
            .arg("--data-dir")
            .arg(dir.path())
            .args(args)
            .output()
            .unwrap()
    };
    let check = run(&["check"]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let missions: Vec<serde_json::Value> =
        serde_json::from_slice(&run(&["missions", "--json"]).stdout).unwrap();
    for (id, title) in &acknowledged {
        assert!(
            missions
                .iter()
                .any(|m| m["id"] == *id && m["title"] == title.as_str()),
            "acknowledged mission {id} ({title}) is missing"
        );
    }
}
