//! A refusal as the command line says it, in the language of the person at the terminal:
//! `--lang` when the command has it, else the language of the mission the command names
//! (`--mission`, `--person`), else `MANDAT_LANG` or the system's `LANG`, else English.
//!
//! The core's errors are English (`Display`, for logs); the window translates their codes
//! (`ui/src/lib/i18n/errors.*.ts`); this is the same sentences' French for a terminal, with
//! the field at fault named as the core names it and the details the core gives (numbers,
//! days, files) kept.

use mandat_core::chosen_file::PathRefusal;
use mandat_core::error::Invalid;
use mandat_core::mission::{self, Language};
use mandat_core::{people, Error, Store};
use std::sync::OnceLock;

static LANGUAGE: OnceLock<Language> = OnceLock::new();

/// The value of `--name VALUE` or `--name=VALUE` among the arguments.
fn flag(args: &[String], name: &str) -> Option<String> {
    let long = format!("--{name}");
    let joined = format!("--{name}=");
    args.iter().enumerate().find_map(|(i, a)| {
        if *a == long {
            args.get(i + 1).cloned()
        } else {
            a.strip_prefix(&joined).map(str::to_owned)
        }
    })
}

fn language_of(code: &str) -> Option<Language> {
    let code = code.trim().to_ascii_lowercase();
    if code.starts_with("fr") {
        Some(Language::Fr)
    } else if code.starts_with("en") {
        Some(Language::En)
    } else {
        None
    }
}

/// The language said before any database is open: `--lang`, then the environment.
fn asked(args: &[String], env: impl Fn(&str) -> Option<String>) -> Option<Language> {
    flag(args, "lang")
        .and_then(|l| language_of(&l))
        .or_else(|| env("MANDAT_LANG").and_then(|l| language_of(&l)))
}

fn system(env: impl Fn(&str) -> Option<String>) -> Language {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|v| env(v).filter(|l| !l.is_empty()))
        .and_then(|l| language_of(&l))
        .unwrap_or(Language::En)
}

/// Chooses the refusals' language once the database is open (`store`: None when it could
/// not be). Later calls change nothing.
pub fn choose(store: Option<&Store>) {
    let args: Vec<String> = std::env::args().collect();
    let env = |name: &str| std::env::var(name).ok();
    let language = asked(&args, env)
        .or_else(|| store.and_then(|s| mission_language(s, &args)))
        .unwrap_or_else(|| system(env));
    let _ = LANGUAGE.set(language);
}

/// The language of the mission the arguments name, directly or through a person.
fn mission_language(store: &Store, args: &[String]) -> Option<Language> {
    let id = |name| flag(args, name).and_then(|v| v.parse::<i64>().ok());
    let mission_id = id("mission").or_else(|| {
        id("person")
            .and_then(|p| people::get(store, p).ok())
            .map(|p| p.mission_id)
    })?;
    mission::get(store, mission_id).ok().map(|m| m.language)
}

fn language() -> Language {
    LANGUAGE.get().copied().unwrap_or_else(|| {
        let env = |name: &str| std::env::var(name).ok();
        asked(&std::env::args().collect::<Vec<_>>(), env).unwrap_or_else(|| system(env))
    })
}

/// A core refusal, said in the chosen language.
pub fn said(error: Error) -> String {
    say(&error, language())
}

/// The command line's own refusal, in the chosen language.
pub fn either(english: String, french: String) -> String {
    match language() {
        Language::En => english,
        Language::Fr => french,
    }
}

/// The data folder's lock refused.
pub fn lock(error: mandat_core::data_dir::LockError) -> String {
    use mandat_core::data_dir::LockError;
    match (&error, language()) {
        (_, Language::En) => error.to_string(),
        (LockError::InUse(path), Language::Fr) => format!(
            "un autre Mandat utilise déjà {} : fermez-le d’abord",
            path.display()
        ),
        (LockError::Io(path, e), Language::Fr) => format!(
            "impossible de verrouiller le dossier de données {} : {e}",
            path.display()
        ),
    }
}

/// Whether refusals are said in French (for the hints a command adds to them).
pub fn french_chosen() -> bool {
    language() == Language::Fr
}

/// A core refusal in `language`.
pub fn say(error: &Error, language: Language) -> String {
    match language {
        Language::En => error.to_string(),
        Language::Fr => french(error),
    }
}

fn french_reason(reason: &Invalid) -> String {
    match reason {
        Invalid::Required => "est obligatoire".into(),
        Invalid::TooLong { max } => format!("dépasse {max} caractères"),
        Invalid::TooShort { min } => format!("fait moins de {min} caractères"),
        Invalid::Date => "n’est pas une date valide (attendu : AAAA-MM-JJ)".into(),
        Invalid::NoSuchDate { day } => format!("est un jour qui n’existe pas ({day})"),
        Invalid::EndBeforeStart => "précède la date de début".into(),
        Invalid::Amount => "n’est pas un montant entier, positif ou nul".into(),
        Invalid::Currency => "n’est pas un code devise à trois lettres (EUR, USD…)".into(),
        Invalid::Malformed => "n’a pas la forme attendue par Mandat".into(),
        Invalid::OutOfRange { min, max } => format!("n’est pas entre {min} et {max}"),
        Invalid::Future => "est dans le futur".into(),
        Invalid::TooEarly { earliest } => format!("précède le {earliest}"),
    }
}

fn field(name: &str, reason: &Invalid) -> String {
    format!("« {name} » {}", french_reason(reason))
}

/// The kind of thing not found, with its article.
fn thing(what: &str) -> String {
    match what {
        "person" => "la personne".into(),
        "erased person" => "la personne effacée".into(),
        "check-in" => "le point d’étape".into(),
        "mission" => "la mission".into(),
        "interaction" => "l’échange".into(),
        "charter version" => "la version de charte".into(),
        "charter of mission" => "la charte de la mission".into(),
        "clause" => "la clause".into(),
        "briefing" => "l’annonce".into(),
        "audience" => "le public".into(),
        "assessment" => "l’évaluation".into(),
        "acknowledgment" => "la prise en compte".into(),
        "disk" => "le disque".into(),
        other => format!("« {other} »"),
    }
}

fn status(code: &str) -> &str {
    match code {
        "draft" => "un brouillon",
        "in_review" => "en relecture",
        "approved" => "approuvée",
        "changes_requested" => "à reprendre",
        "rejected" => "rejetée",
        other => other,
    }
}

fn verb(action: &str) -> &str {
    match action {
        "amend" => "modifier par avenant",
        "submit" => "soumettre",
        "decide on" => "trancher",
        "read" => "lire",
        "write" => "écrire",
        "create" => "créer",
        "copy" => "copier",
        "remove" => "supprimer",
        "rename" => "renommer",
        "replace" => "remplacer",
        "sync" => "enregistrer sur le disque",
        "inspect" => "examiner",
        "move aside" => "mettre de côté",
        other => other,
    }
}

fn refusal(reason: PathRefusal) -> &'static str {
    match reason {
        PathRefusal::NotAbsolute => "n’est pas un chemin complet",
        PathRefusal::WrongKind => "n’est pas un fichier du type attendu ici",
        PathRefusal::InsideDataFolder => "est dans le dossier de données de Mandat",
        PathRefusal::NotAFile => "n’est pas un fichier ordinaire",
        PathRefusal::TooLarge => "est plus gros qu’un fichier de ce type ne peut l’être",
        PathRefusal::WouldReplace => "remplacerait un fichier d’un autre type",
        PathRefusal::NotListed => "n’est pas l’une des sauvegardes",
    }
}

fn french(error: &Error) -> String {
    match error {
        Error::Invalid { field: f, reason } => field(f, reason),
        Error::Invalids(all) => all
            .iter()
            .map(|(f, r)| field(f, r))
            .collect::<Vec<_>>()
            .join(" ; "),
        Error::NotFound { what, id } => format!("{} {id} n’existe pas", thing(what)),
        Error::Closed(id) => {
            format!("la mission {id} est clôturée : rouvrez-la avant de la modifier")
        }
        Error::Frozen(n) => format!(
            "la version {n} de la charte est approuvée ou rejetée et ne peut plus changer : \
             ouvrez un avenant"
        ),
        Error::WrongStatus {
            number,
            status: s,
            action,
        } => format!(
            "la version {number} de la charte est {} : impossible de la {} maintenant",
            status(s),
            verb(action)
        ),
        Error::OpenClauses(clauses) => {
            format!("clauses encore à discuter : {}", clauses.join(" ; "))
        }
        Error::NothingApproved => "la charte n’a pas encore de version approuvée".into(),
        Error::CharterExists => "cette mission a déjà une charte".into(),
        Error::NotApproved(n) => format!(
            "la version {n} de la charte n’est pas approuvée : seule une version approuvée \
             peut être signée"
        ),
        Error::Signed(n) => format!(
            "la version {n} de la charte est signée par les deux parties : elle ne peut plus \
             changer"
        ),
        Error::NothingReceived(n) => format!(
            "la version {n} de la charte ne porte aucune signature reçue d’un autre ordinateur \
             à accepter"
        ),
        Error::KeyFile { detail } => format!("ce fichier de clé est inutilisable : {detail}"),
        Error::MissionFile { problem } => {
            format!("ce n’est pas un fichier de mission Mandat ({problem})")
        }
        Error::KeyStore { path, problem } => format!(
            "{} n’est pas un fichier de clé valide : {problem}",
            path.display()
        ),
        Error::Typesetting { detail } => {
            format!("le document n’a pas pu être composé : {detail}")
        }
        Error::Seal { detail } => format!("le PDF n’a pas pu être scellé : {detail}"),
        Error::SigningKey { detail } => {
            format!("la clé de signature est inutilisable : {detail}")
        }
        Error::Encryption => "le chiffrement a échoué : rien n’a été écrit".into(),
        Error::File {
            action,
            path,
            source,
        } => format!(
            "impossible de {} {} : {source}",
            verb(action),
            path.display()
        ),
        Error::RefusedPath { path, reason } => {
            format!("{} {}", path.display(), refusal(*reason))
        }
        Error::Corrupt { path, detail } => format!(
            "la base de données {} est endommagée : {detail}",
            path.display()
        ),
        Error::WrongPassphrase => "phrase de passe incorrecte".into(),
        Error::Locked => "Mandat est verrouillé : déverrouillez-le avec la phrase de passe".into(),
        Error::NotSetUp => {
            "aucune phrase de passe n’est encore choisie pour ce dossier de données".into()
        }
        Error::AlreadySetUp => {
            "une phrase de passe est déjà choisie pour ce dossier de données".into()
        }
        Error::NewerDatabase { found, known } => format!(
            "cette base a été écrite par une version plus récente de Mandat (schéma {found}, \
             cette version connaît jusqu’au {known}) : installez la version plus récente pour \
             l’ouvrir"
        ),
        Error::DataDir { path, source } => format!(
            "impossible d’utiliser le dossier de données {} : {source}",
            path.display()
        ),
        Error::Sqlite(e) => format!("erreur de la base de données : {e}"),
        Error::Migration(e) => format!("la mise à jour du schéma a échoué : {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn the_language_comes_from_lang_then_the_environment() {
        let none = |_: &str| None;
        let fr_env = |name: &str| (name == "LANG").then(|| "fr_FR.UTF-8".to_owned());
        assert_eq!(
            asked(&args(&["x", "--lang", "fr"]), none),
            Some(Language::Fr)
        );
        assert_eq!(
            asked(&args(&["x", "--lang=en"]), fr_env),
            Some(Language::En)
        );
        assert_eq!(asked(&args(&["x"]), none), None);
        assert_eq!(system(fr_env), Language::Fr);
        assert_eq!(system(none), Language::En);
        let c_then_fr = |name: &str| match name {
            "LC_ALL" => Some(String::new()),
            "LANG" => Some("fr_CA".to_owned()),
            _ => None,
        };
        assert_eq!(system(c_then_fr), Language::Fr);
    }

    #[test]
    fn every_refusal_has_its_french_with_its_details() {
        let cases = [
            (
                Error::invalid(
                    "startDate",
                    Invalid::NoSuchDate {
                        day: "2026-02-30".into(),
                    },
                ),
                "« startDate » est un jour qui n’existe pas (2026-02-30)",
            ),
            (
                Error::Invalids(vec![
                    ("client", Invalid::Required),
                    ("title", Invalid::TooLong { max: 200 }),
                ]),
                "« client » est obligatoire ; « title » dépasse 200 caractères",
            ),
            (
                Error::NotFound {
                    what: "person",
                    id: 9,
                },
                "la personne 9 n’existe pas",
            ),
            (Error::Closed(3), "la mission 3 est clôturée"),
            (
                Error::WrongStatus {
                    number: 2,
                    status: "approved",
                    action: "submit",
                },
                "la version 2 de la charte est approuvée : impossible de la soumettre",
            ),
            (Error::WrongPassphrase, "phrase de passe incorrecte"),
        ];
        for (error, french) in cases {
            let said = say(&error, Language::Fr);
            assert!(said.starts_with(french), "{said:?}");
            assert_eq!(say(&error, Language::En), error.to_string());
        }
    }
}
