//! The rules a person's details must meet before they are written.

use super::model::{Group, PersonInput};
use crate::error::{Error, Invalid, Result};
use crate::validate;

pub const MAX_NAME: usize = 120;
pub const MAX_FIELD: usize = 160;
pub const MAX_NOTES: usize = 5_000;

/// A person's details that passed validation: trimmed text, a plausible e-mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ValidPerson {
    pub name: String,
    pub job_title: String,
    pub organisation: String,
    pub group: Group,
    pub team: String,
    pub reports_to: Option<i64>,
    pub email: String,
    pub phone: String,
    pub notes: String,
}

impl PersonInput {
    /// Checks every field's own rule (who they report to is checked against the register).
    pub(crate) fn validate(&self) -> Result<ValidPerson> {
        let email = validate::text("email", &self.email, MAX_FIELD)?;
        if !email.is_empty() && !plausible_email(&email) {
            return Err(Error::invalid("email", Invalid::Malformed));
        }
        Ok(ValidPerson {
            name: validate::required("name", &self.name, MAX_NAME)?,
            job_title: validate::text("jobTitle", &self.job_title, MAX_FIELD)?,
            organisation: validate::text("organisation", &self.organisation, MAX_FIELD)?,
            group: self.group,
            team: validate::text("team", &self.team, MAX_FIELD)?,
            reports_to: self.reports_to,
            email,
            phone: validate::text("phone", &self.phone, 40)?,
            notes: validate::text("notes", &self.notes, MAX_NOTES)?,
        })
    }
}

/// One `@` with something on both sides and a dot in the domain; no space. Enough to catch a
/// name typed in the e-mail column, without pretending to be RFC 5322.
fn plausible_email(email: &str) -> bool {
    match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
                && !email.contains(char::is_whitespace)
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn e_mails_must_look_like_one() {
        for good in ["a@b.fr", "jean.dupont@ravel-distribution.com"] {
            assert!(plausible_email(good), "{good}");
        }
        for bad in [
            "Jean Dupont",
            "a@b",
            "@b.fr",
            "a@.fr",
            "a@b.fr.",
            "a b@c.fr",
            "a@b@c.fr",
        ] {
            assert!(!plausible_email(bad), "{bad}");
        }
    }
}
