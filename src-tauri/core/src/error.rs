//! Typed errors, and the shape they take when they cross into the UI.
//!
//! The UI switches on a small [`ErrorCode`] and shows the message next to the named field; it
//! never parses prose. Messages here are English and are meant for logs and the CLI; the UI
//! has its own translated sentence for every code.

use serde::Serialize;
use std::path::PathBuf;
use ts_rs::TS;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why a value given for a field was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Invalid {
    #[error("is required")]
    Required,
    #[error("is longer than {max} characters")]
    TooLong { max: usize },
    #[error("is shorter than {min} characters")]
    TooShort { min: usize },
    #[error("is not a valid date (expected YYYY-MM-DD)")]
    Date,
    /// Written as a date (`YYYY-MM-DD`) but no such day exists (30 February, month 13).
    #[error("is a day that does not exist ({day})")]
    NoSuchDate { day: String },
    #[error("is before the start date")]
    EndBeforeStart,
    #[error("is not a whole, non-negative amount")]
    Amount,
    #[error("is not a three-letter currency code (EUR, USD…)")]
    Currency,
    #[error("is not in the form Mandat expects")]
    Malformed,
    #[error("is not between {min} and {max}")]
    OutOfRange { min: i64, max: i64 },
    #[error("is in the future")]
    Future,
    /// A date before the one it follows from (a decision before the version was started, an
    /// announcement before the approval it announces): `earliest` is the first day allowed.
    #[error("is before {earliest}")]
    TooEarly { earliest: String },
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{field} {reason}")]
    Invalid {
        field: &'static str,
        reason: Invalid,
    },
    /// Several fields of one input refused at once (every one, in form order): a form shows
    /// them all, not the first alone (`validate::Checks`). Always two or more.
    #[error("{}", .0.iter().map(|(f, r)| format!("{f} {r}")).collect::<Vec<_>>().join("; "))]
    Invalids(Vec<(&'static str, Invalid)>),
    #[error("{what} {id} does not exist")]
    NotFound { what: &'static str, id: i64 },
    #[error("mission {0} is closed: reopen it before editing")]
    Closed(i64),
    #[error("version {0} of the charter is approved or rejected and can no longer change: start an amendment")]
    Frozen(i64),
    #[error("version {number} of the charter is {status}: cannot {action} it now")]
    WrongStatus {
        number: i64,
        status: &'static str,
        action: &'static str,
    },
    #[error("clauses still to discuss: {}", .0.join("; "))]
    OpenClauses(Vec<String>),
    #[error("the charter has no approved version yet")]
    NothingApproved,
    #[error("this mission already has a charter")]
    CharterExists,
    #[error("version {0} of the charter is not approved: only an approved version can be signed")]
    NotApproved(i64),
    #[error("version {0} of the charter is signed by both signers: it can no longer change")]
    Signed(i64),
    /// Accepting as received a version whose signatures were not received (or not complete).
    #[error(
        "version {0} of the charter holds no signatures received from another laptop to accept"
    )]
    NothingReceived(i64),
    /// An organisation's PKCS#12 file that cannot be used (wrong password, no key in it…).
    #[error("cannot use this key file: {detail}")]
    KeyFile { detail: String },
    /// A `.mandat` file that is not one, is damaged, or holds rows Mandat refuses.
    #[error("not a Mandat mission file ({problem})")]
    MissionFile { problem: String },
    /// `mandat.key.json` (the passphrase's salt and parameters) cannot be read as one.
    #[error("{} is not a valid key file: {problem}", path.display())]
    KeyStore { path: PathBuf, problem: String },
    /// Typst could not typeset the charter (a bug of the template or of its data).
    #[error("the document could not be typeset: {detail}")]
    Typesetting { detail: String },
    /// The typeset PDF could not be sealed (lopdf or the CMS builder refused it).
    #[error("the PDF could not be sealed: {detail}")]
    Seal { detail: String },
    /// The signing key kept in the database cannot be read or used.
    #[error("the signing key cannot be used: {detail}")]
    SigningKey { detail: String },
    /// The cipher refused to encrypt (it does not, short of a bug).
    #[error("encryption failed")]
    Encryption,
    #[error("cannot {action} {}: {source}", path.display())]
    File {
        action: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    /// A path from the window that a command will not touch (see `chosen_file`).
    #[error("{} {}", path.display(), reason.describe())]
    RefusedPath {
        path: PathBuf,
        reason: crate::chosen_file::PathRefusal,
    },
    #[error("the database {} is damaged: {detail}", path.display())]
    Corrupt { path: PathBuf, detail: String },
    #[error("wrong passphrase")]
    WrongPassphrase,
    #[error("Mandat is locked: unlock it with the passphrase")]
    Locked,
    #[error("no passphrase is set yet for this data folder")]
    NotSetUp,
    #[error("a passphrase is already set for this data folder")]
    AlreadySetUp,
    #[error(
        "this database was written by a newer version of Mandat (schema {found}, this version \
         knows up to {known}); install the newer Mandat to open it"
    )]
    NewerDatabase { found: usize, known: usize },
    #[error("cannot use the data directory {}: {source}", path.display())]
    DataDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("schema migration failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),
}

impl Invalid {
    pub fn code(&self) -> ErrorCode {
        match self {
            Invalid::Required => ErrorCode::Required,
            Invalid::TooLong { .. } => ErrorCode::TooLong,
            Invalid::TooShort { .. } => ErrorCode::TooShort,
            Invalid::Date => ErrorCode::InvalidDate,
            Invalid::NoSuchDate { .. } => ErrorCode::NoSuchDate,
            Invalid::EndBeforeStart => ErrorCode::EndBeforeStart,
            Invalid::Amount => ErrorCode::InvalidAmount,
            Invalid::Currency => ErrorCode::InvalidCurrency,
            Invalid::Malformed => ErrorCode::Malformed,
            Invalid::OutOfRange { .. } => ErrorCode::OutOfRange,
            Invalid::Future => ErrorCode::Future,
            Invalid::TooEarly { .. } => ErrorCode::TooEarly,
        }
    }

    /// The limit passed, for `too_long`, `too_short` and `out_of_range` (its top).
    fn limit(&self) -> Option<u32> {
        match self {
            Invalid::TooLong { max } => u32::try_from(*max).ok(),
            Invalid::TooShort { min } => u32::try_from(*min).ok(),
            Invalid::OutOfRange { max, .. } => u32::try_from(*max).ok(),
            _ => None,
        }
    }
}

impl Error {
    pub fn invalid(field: &'static str, reason: Invalid) -> Self {
        Error::Invalid { field, reason }
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Invalid { reason, .. } => reason.code(),
            Error::Invalids(all) => all.first().map_or(ErrorCode::Malformed, |(_, r)| r.code()),
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::Closed(_) => ErrorCode::Closed,
            Error::Frozen(_) => ErrorCode::Frozen,
            Error::WrongStatus { .. } => ErrorCode::WrongStatus,
            Error::OpenClauses(_) => ErrorCode::OpenClauses,
            Error::NothingApproved => ErrorCode::NothingApproved,
            Error::CharterExists => ErrorCode::CharterExists,
            Error::NotApproved(_) => ErrorCode::NotApproved,
            Error::Signed(_) => ErrorCode::Signed,
            Error::NothingReceived(_) => ErrorCode::NothingReceived,
            Error::KeyFile { .. } => ErrorCode::KeyFile,
            Error::MissionFile { .. } => ErrorCode::MissionFile,
            Error::KeyStore { .. } => ErrorCode::KeyStore,
            Error::Typesetting { .. } => ErrorCode::Typesetting,
            Error::Seal { .. } => ErrorCode::Seal,
            Error::SigningKey { .. } => ErrorCode::SigningKey,
            Error::Encryption => ErrorCode::Encryption,
            Error::File { .. } => ErrorCode::File,
            Error::RefusedPath { .. } => ErrorCode::RefusedPath,
            Error::Corrupt { .. } => ErrorCode::Corrupt,
            Error::WrongPassphrase => ErrorCode::WrongPassphrase,
            Error::Locked => ErrorCode::Locked,
            Error::NotSetUp => ErrorCode::NotSetUp,
            Error::AlreadySetUp => ErrorCode::AlreadySetUp,
            Error::NewerDatabase { .. } => ErrorCode::NewerDatabase,
            Error::DataDir { .. } | Error::Sqlite(_) | Error::Migration(_) => ErrorCode::Storage,
        }
    }
}

/// What the UI can tell apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    Required,
    TooLong,
    TooShort,
    InvalidDate,
    NoSuchDate,
    EndBeforeStart,
    InvalidAmount,
    InvalidCurrency,
    Malformed,
    OutOfRange,
    Future,
    TooEarly,
    NotFound,
    Closed,
    Frozen,
    WrongStatus,
    OpenClauses,
    NothingApproved,
    CharterExists,
    NotApproved,
    Signed,
    NothingReceived,
    KeyFile,
    MissionFile,
    KeyStore,
    Typesetting,
    Seal,
    SigningKey,
    Encryption,
    File,
    RefusedPath,
    Corrupt,
    WrongPassphrase,
    Locked,
    NotSetUp,
    AlreadySetUp,
    NewerDatabase,
    Storage,
}

/// An error as the UI receives it from any command.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
    /// The input field at fault, named as in the input type (camelCase).
    pub field: Option<String>,
    /// The limit that was passed, for `too_long`, `too_short` and `out_of_range` (its top).
    pub limit: Option<u32>,
    /// What the error lists: for `open_clauses` the clauses still to discuss; for `too_early`
    /// the first day allowed (`YYYY-MM-DD`); for `no_such_date` the day as typed; for
    /// `refused_path` why (a `PathRefusal` code).
    pub items: Vec<String>,
    /// The other fields refused with this one, in form order (each with its own code, field
    /// and limit; none has more of its own): a form shows every one at once.
    pub also: Vec<ApiError>,
}

impl ApiError {
    fn of_field(field: &str, reason: &Invalid) -> ApiError {
        ApiError {
            code: reason.code(),
            message: format!("{field} {reason}"),
            field: Some(field.to_owned()),
            limit: reason.limit(),
            items: match reason {
                Invalid::TooEarly { earliest } => vec![earliest.clone()],
                Invalid::NoSuchDate { day } => vec![day.clone()],
                _ => Vec::new(),
            },
            also: Vec::new(),
        }
    }
}

impl From<&Error> for ApiError {
    fn from(error: &Error) -> Self {
        match error {
            Error::Invalid { field, reason } => return ApiError::of_field(field, reason),
            Error::Invalids(all) if !all.is_empty() => {
                let mut fields = all.iter().map(|(f, r)| ApiError::of_field(f, r));
                if let Some(first) = fields.next() {
                    return ApiError {
                        message: error.to_string(),
                        also: fields.collect(),
                        ..first
                    };
                }
            }
            _ => {}
        }
        let items = match error {
            Error::OpenClauses(items) => items.clone(),
            Error::RefusedPath { reason, .. } => vec![reason.code().to_owned()],
            _ => Vec::new(),
        };
        ApiError {
            code: error.code(),
            message: error.to_string(),
            field: None,
            limit: None,
            items,
            also: Vec::new(),
        }
    }
}

impl Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        ApiError::from(self).serialize(serializer)
    }
}
