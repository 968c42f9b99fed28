//! `ui/src/lib/commands.ts`, written from the list: every command's name, arguments and result,
//! typed with the ts-rs bindings, so that backend.ts calls functions rather than strings and a
//! renamed or removed command fails svelte-check. The test fails while the committed file is
//! stale; `make bindings` rewrites it (`UPDATE_BINDINGS=1 cargo test -p mandat commands_ts`).

use std::any::TypeId;
use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::Path;
use ts_rs::{Config, TypeVisitor, TS};

/// A command as the window sees it.
pub struct Signature {
    pub name: &'static str,
    pub args: Vec<(&'static str, Type)>,
    pub returns: Type,
}

/// A Rust type in TypeScript, with the bindings it names.
pub struct Type {
    ts: String,
    /// (name, file under `bindings/` without `.ts`)
    imports: BTreeSet<(String, String)>,
}

impl Type {
    pub fn of<T: TS + 'static>(cfg: &Config) -> Type {
        let mut imports = BTreeSet::new();
        Imports(cfg, &mut imports).visit::<T>();
        let ts = if TypeId::of::<T>() == TypeId::of::<()>() {
            // A command that returns nothing resolves with `null`: nothing a caller would read.
            "void".to_owned()
        } else {
            T::name(cfg)
        };
        Type { ts, imports }
    }
}

/// Collects the exported types a type names: itself, or those inside `Vec`, `Option`, ….
struct Imports<'a>(&'a Config, &'a mut BTreeSet<(String, String)>);

impl TypeVisitor for Imports<'_> {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        match T::output_path() {
            Some(path) => {
                let file = path.with_extension("").to_string_lossy().replace('\\', "/");
                self.1.insert((T::ident(self.0), file));
            }
            None => T::visit_generics(self),
        }
    }
}

/// `mission_id` → `missionId`, as Tauri names the arguments and backend.ts its functions.
fn camel(snake: &str) -> String {
    let mut parts = snake.split('_');
    let mut out = parts.next().unwrap_or_default().to_owned();
    for part in parts {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
    }
    out
}

const HEAD: &str = "\
// Generated from src-tauri/app/commands/list.rs by `make bindings`: do not edit.
// Every IPC command, with its arguments and result; backend.ts binds them to its `call`.

";

const CALL: &str = "
/** Runs a command with its arguments, named in camelCase as Tauri reads them. */
export type Call = <T>(command: CommandName, args?: Record<string, unknown>) => Promise<T>;

/** Every command as a typed function of its arguments, made through `call`. */
export const commands = (call: Call) => ({
";

fn render(signatures: &[Signature]) -> String {
    let mut out = String::from(HEAD);
    let imports: BTreeSet<&(String, String)> = signatures
        .iter()
        .flat_map(|s| s.args.iter().map(|(_, t)| t).chain([&s.returns]))
        .flat_map(|t| &t.imports)
        .collect();
    for (name, file) in imports {
        writeln!(out, "import type {{ {name} }} from './bindings/{file}';").unwrap();
    }
    out.push_str("\n/** Every command's name (the capability grants each as `allow-…`). */\n");
    out.push_str("export type CommandName =\n");
    for (i, s) in signatures.iter().enumerate() {
        let end = if i + 1 == signatures.len() { ";" } else { "" };
        writeln!(out, "  | '{}'{end}", s.name).unwrap();
    }
    out.push_str(CALL);
    for s in signatures {
        let params: Vec<String> = s
            .args
            .iter()
            .map(|(name, t)| format!("{}: {}", camel(name), t.ts))
            .collect();
        let args = if s.args.is_empty() {
            String::new()
        } else {
            let names: Vec<String> = s.args.iter().map(|(name, _)| camel(name)).collect();
            format!(", {{ {} }}", names.join(", "))
        };
        let ret = &s.returns.ts;
        writeln!(
            out,
            "  {}: ({}): Promise<{ret}> =>\n    call<{ret}>('{}'{args}),",
            camel(s.name),
            params.join(", "),
            s.name,
        )
        .unwrap();
    }
    out.push_str("});\n");
    out
}

#[test]
fn commands_ts_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/lib/commands.ts");
    // As the bindings are made (src-tauri/core/src/bindings.rs): ids are plain numbers.
    let cfg = Config::new().with_large_int("number");
    let expected = render(&super::signatures(&cfg));
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &expected).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == expected,
        "ui/src/lib/commands.ts is stale: run `make bindings`"
    );
}

#[test]
fn names_are_camel_cased_as_tauri_does() {
    assert_eq!(camel("mission_set_status"), "missionSetStatus");
    assert_eq!(camel("from"), "from");
}
