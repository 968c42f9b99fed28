//! Launching, driving and quitting the app.

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

const PATIENCE: Duration = Duration::from_secs(20);

/// The passphrase of every test data folder.
pub const PASSPHRASE: &str = "correct horse battery staple";

/// The test's own view of a data folder, through the same passphrase the window uses (set
/// here when the folder has none yet).
pub fn store(data_dir: &Path) -> Result<mandat_core::Store> {
    use mandat_core::vault::{self, VaultState};
    Ok(match vault::status(data_dir)?.state {
        VaultState::New => vault::create(data_dir, PASSPHRASE)?,
        _ => vault::unlock(data_dir, PASSPHRASE)?,
    })
}

/// One running app: its WebDriver session and the tauri-driver that launched it.
pub struct App {
    pub client: Client,
    driver: Child,
    data_dir: PathBuf,
}

/// Two distinct free ports: both are held until both are known (bound one after the other
/// and released in between, the system may give the same one twice, and WebKitWebDriver then
/// cannot listen beside tauri-driver).
fn free_ports() -> Result<(u16, u16)> {
    let (a, b) = (
        TcpListener::bind("127.0.0.1:0")?,
        TcpListener::bind("127.0.0.1:0")?,
    );
    Ok((a.local_addr()?.port(), b.local_addr()?.port()))
}

fn tauri_driver() -> PathBuf {
    if let Some(path) = std::env::var_os("TAURI_DRIVER") {
        return path.into();
    }
    let home_bin = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .map(|d| d.join("bin/tauri-driver"));
    match home_bin {
        Some(path) if path.exists() => path,
        _ => "tauri-driver".into(),
    }
}

/// The app under test: the test build, or `MANDAT_APP` (the release build, for the figures).
fn application() -> PathBuf {
    std::env::var_os("MANDAT_APP")
        .map(PathBuf::from)
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_mandat").into())
}

impl App {
    /// Starts Mandat on `data_dir` and gets past the passphrase: set on a new folder, typed on
    /// an existing one.
    pub async fn launch(data_dir: &Path) -> Result<App> {
        let app = App::launch_locked(data_dir).await?;
        app.until("the passphrase screen", || async {
            Ok(app
                .client
                .find(Locator::Css(
                    "[data-testid=vault-setup], [data-testid=vault-unlock]",
                ))
                .await
                .is_ok())
        })
        .await?;
        if app
            .client
            .find(Locator::Css("[data-testid=vault-setup]"))
            .await
            .is_ok()
        {
            app.fill("#vault-passphrase", PASSPHRASE).await?;
            app.fill("#vault-confirm", PASSPHRASE).await?;
            app.click("[data-testid=vault-create]").await?;
        } else {
            app.fill("#vault-passphrase", PASSPHRASE).await?;
            app.click("[data-testid=vault-unlock-submit]").await?;
        }
        app.until("the passphrase screen to go", || async {
            Ok(app
                .client
                .find(Locator::Css(
                    "[data-testid=vault-setup], [data-testid=vault-unlock]",
                ))
                .await
                .is_err())
        })
        .await?;
        Ok(app)
    }

    /// Starts Mandat on `data_dir` and waits until its window answers WebDriver, still locked.
    pub async fn launch_locked(data_dir: &Path) -> Result<App> {
        wait_for_unlocked(data_dir)?;
        let (port, native_port) = free_ports()?;
        // Its own process group: tauri-driver, WebKitWebDriver and the app all go together.
        let driver = Command::new(tauri_driver())
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .process_group(0)
            .spawn()
            .map_err(|e| {
                format!("cannot start tauri-driver (cargo install tauri-driver --locked): {e}")
            })?;
        let mut driver = Stopper(Some(driver));
        let deadline = Instant::now() + PATIENCE;
        // tauri-driver listens at once but forwards to WebKitWebDriver, which it starts
        // beside itself: a session asked for before *that* one listens is dropped
        // (hyper's IncompleteMessage). Wait for both.
        for (who, p) in [("tauri-driver", port), ("WebKitWebDriver", native_port)] {
            while TcpStream::connect(("127.0.0.1", p)).is_err() {
                if Instant::now() > deadline {
                    return Err(format!("{who} did not listen in time").into());
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        let mut caps = serde_json::Map::new();
        caps.insert(
            "tauri:options".into(),
            serde_json::json!({
                "application": application(),
                "args": ["--data-dir", data_dir],
            }),
        );
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await?;
        let app = App {
            client,
            driver: driver.0.take().expect("driver"),
            data_dir: data_dir.to_owned(),
        };
        app.find("body").await?;
        Ok(app)
    }

    /// Ends the session (the app exits) and waits until the data folder is free again.
    pub async fn quit(self) -> Result {
        self.client.clone().close().await?;
        let data_dir = self.data_dir.clone();
        drop(self);
        wait_for_unlocked(&data_dir)
    }

    /// Waits for an element matching `css` to be displayed.
    pub async fn find(&self, css: &str) -> Result<Element> {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Ok(el) = self.client.find(Locator::Css(css)).await {
                if el.is_displayed().await.unwrap_or(false) {
                    return Ok(el);
                }
            }
            if Instant::now() > deadline {
                let shot = self.screenshot(css).await;
                return Err(
                    format!("no visible {css} after {PATIENCE:?} (screenshot: {shot})").into(),
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn click(&self, css: &str) -> Result {
        let el = self.find(css).await?;
        if el.click().await.is_ok() {
            return Ok(());
        }
        // Scrolled under the sticky top bar (WebDriver scrolls it only just into view), or
        // moved as the page scrolled to a result: centred, it is clicked as a person would.
        self.client
            .execute(
                "arguments[0].scrollIntoView({ block: 'center' })",
                vec![serde_json::to_value(&el)?],
            )
            .await?;
        match el.click().await {
            Ok(()) => Ok(()),
            Err(e) => {
                let shot = self.screenshot(&format!("click {css}")).await;
                Err(format!("cannot click {css}: {e} (screenshot: {shot})").into())
            }
        }
    }

    /// Replaces the content of the input `css` with `text` as a person would: select all
    /// (Ctrl+A), then type over it. (WebDriver's "clear" also blurs the field, which the
    /// app rightly takes as "the user emptied it and left".)
    pub async fn fill(&self, css: &str, text: &str) -> Result {
        let el = self.find(css).await?;
        if let Err(e) = el.click().await {
            let shot = self.screenshot(&format!("fill {css}")).await;
            return Err(
                format!("cannot click {css} to type in it: {e} (screenshot: {shot})").into(),
            );
        }
        el.send_keys("\u{E009}a\u{E000}").await?;
        el.send_keys(text).await?;
        Ok(())
    }

    /// Chooses the option with `value` in the <select> `css` from the keyboard, with the
    /// arrow keys (WebKitWebDriver cannot click an option of a closed list).
    pub async fn select(&self, css: &str, value: &str) -> Result {
        let el = self.find(css).await?;
        let script = "const s = document.querySelector(arguments[0]); \
                      return [s.selectedIndex, [...s.options].findIndex(o => o.value === arguments[1])]";
        let at = self
            .client
            .execute(script, vec![css.into(), value.into()])
            .await?;
        let (from, to) = (at[0].as_i64().unwrap_or(0), at[1].as_i64().unwrap_or(-1));
        if to < 0 {
            return Err(format!("{css} has no option {value}").into());
        }
        let key = if to > from { "\u{E015}" } else { "\u{E013}" };
        for _ in 0..(to - from).abs() {
            el.send_keys(key).await?;
        }
        self.until(&format!("{css} = {value}"), || async {
            Ok(self.prop(css, "value").await?.as_deref() == Some(value))
        })
        .await
    }

    /// Types `keys` (WebDriver key codes allowed, e.g. `\u{E009}k\u{E000}` for Ctrl+K) into
    /// whatever has the focus, as a person at the keyboard would.
    pub async fn press(&self, keys: &str) -> Result {
        self.client.active_element().await?.send_keys(keys).await?;
        Ok(())
    }

    /// How many elements match `css` now.
    pub async fn count(&self, css: &str) -> Result<usize> {
        let n = self
            .client
            .execute(
                "return document.querySelectorAll(arguments[0]).length;",
                vec![css.into()],
            )
            .await?;
        Ok(n.as_u64().unwrap_or(0) as usize)
    }

    /// Waits until an element matching `css` exists (whether or not WebDriver deems it shown).
    pub async fn exists(&self, css: &str) -> Result {
        self.dom(css, "true").await.map(|_| ())
    }

    /// The rendered text of the element `css`, once it exists. Read through the DOM's
    /// `innerText`: WebKitWebDriver's own visibility atom misjudges ellipsised flex items.
    pub async fn text(&self, css: &str) -> Result<String> {
        let value = self.dom(css, "el.innerText").await?;
        Ok(value.as_str().unwrap_or_default().to_owned())
    }

    /// An attribute of the element `css`, once it exists.
    pub async fn attr(&self, css: &str, name: &str) -> Result<Option<String>> {
        let value = self
            .dom(
                css,
                &format!("el.getAttribute({})", serde_json::Value::from(name)),
            )
            .await?;
        Ok(value.as_str().map(str::to_owned))
    }

    /// The DOM property `name` of the element `css` (e.g. an input's `value`).
    pub async fn prop(&self, css: &str, name: &str) -> Result<Option<String>> {
        let value = self
            .dom(css, &format!("el[{}]", serde_json::Value::from(name)))
            .await?;
        Ok(value.as_str().map(str::to_owned))
    }

    /// Evaluates `expr` on the first element matching `css`, waiting for it to exist.
    async fn dom(&self, css: &str, expr: &str) -> Result<serde_json::Value> {
        let script = format!(
            "const el = document.querySelector(arguments[0]); return el ? {{ found: true, value: {expr} }} : {{ found: false }};"
        );
        let deadline = Instant::now() + PATIENCE;
        loop {
            let out = self.client.execute(&script, vec![css.into()]).await?;
            if out["found"] == true {
                return Ok(out["value"].clone());
            }
            if Instant::now() > deadline {
                let shot = self.screenshot(css).await;
                return Err(format!("no {css} after {PATIENCE:?} (screenshot: {shot})").into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until `check` holds, with a message naming what was awaited.
    pub async fn until<F, Fut>(&self, what: &str, mut check: F) -> Result
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = Result<bool>>,
    {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let last = match check().await {
                Ok(true) => return Ok(()),
                Ok(false) => "not yet".to_owned(),
                Err(e) => e.to_string(),
            };
            if Instant::now() > deadline {
                let shot = self.screenshot(what).await;
                return Err(
                    format!("timed out waiting for {what}: {last} (screenshot: {shot})").into(),
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The next answers of the native file dialogs (the UI's one test seam,
    /// `window.__MANDAT_E2E_DIALOG__`): each dialog opened takes the next path.
    pub async fn answer_dialogs(&self, paths: &[&Path]) -> Result {
        let paths: Vec<serde_json::Value> = paths
            .iter()
            .map(|p| p.to_string_lossy().into_owned().into())
            .collect();
        self.client
            .execute(
                "window.__MANDAT_E2E_DIALOG__ = arguments[0];",
                vec![paths.into()],
            )
            .await?;
        Ok(())
    }

    /// Waits until the save indicator says `state` (idle, saving, saved, error).
    pub async fn save_state(&self, state: &str) -> Result {
        self.until(&format!("save state {state}"), || async {
            Ok(self
                .attr("[data-testid=save-state]", "data-state")
                .await?
                .as_deref()
                == Some(state))
        })
        .await
    }

    /// Saves a screenshot of the window as it is now (target/tmp/e2e-shots), to look at.
    pub async fn snapshot(&self, name: &str) {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("e2e-shots");
        if let Ok(png) = self.client.screenshot().await {
            let _ = std::fs::create_dir_all(&dir)
                .and_then(|()| std::fs::write(dir.join(format!("{name}.png")), png));
        }
    }

    /// Saves a screenshot for a failed wait, next to the test binary's target folder.
    async fn screenshot(&self, what: &str) -> String {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("e2e-failures");
        let name: String = what
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '_' })
            .collect();
        let path = dir.join(format!("{name}.png"));
        let Ok(png) = self.client.screenshot().await else {
            return "none".into();
        };
        match std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, png)) {
            Ok(()) => path.display().to_string(),
            Err(_) => "none".into(),
        }
    }
}

impl Drop for App {
    fn drop(&mut self) {
        stop(&mut self.driver);
    }
}

/// Stops the driver's whole process group if launching fails half-way.
struct Stopper(Option<Child>);

impl Drop for Stopper {
    fn drop(&mut self) {
        if let Some(child) = self.0.as_mut() {
            stop(child);
        }
    }
}

/// Kills tauri-driver's process group (WebKitWebDriver and the app with it), then reaps it.
fn stop(driver: &mut Child) {
    let _ = Command::new("kill")
        .args(["-s", "KILL", "--", &format!("-{}", driver.id())])
        .status();
    let _ = driver.wait();
}

/// The app holds an exclusive lock on its data folder while it runs; a relaunch must wait
/// until the previous process has really gone.
fn wait_for_unlocked(data_dir: &Path) -> Result {
    let lock = data_dir.join("mandat.lock");
    if !lock.exists() {
        return Ok(());
    }
    let file = std::fs::File::open(&lock)?;
    let deadline = Instant::now() + PATIENCE;
    loop {
        match file.try_lock() {
            Ok(()) => {
                file.unlock()?;
                return Ok(());
            }
            Err(_) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(50)),
            Err(e) => {
                return Err(format!("the previous app still holds {}: {e}", lock.display()).into())
            }
        }
    }
}
