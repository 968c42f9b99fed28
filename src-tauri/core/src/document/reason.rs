//! Why a verification came out as it did, as a code with its facts: the window words it in
//! her language from its own catalogue (`ui/src/lib/verify/messages.*.ts`), the command line
//! with [`Reason::text`] in the language of `--lang` or of the system. The report's `detail`
//! keeps the English sentence, for logs and scripts.

use crate::mission::Language;
use crate::signing::verify::SealError;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What is wrong with a signature that does not hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SealProblem {
    NoSignature,
    Malformed,
    DigestMismatch,
    BadSignature,
    Unsupported,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(
    tag = "code",
    rename_all = "snake_case",
    rename_all_fields = "camelCase"
)]
pub enum Reason {
    /// Not a PDF file at all.
    NotPdf,
    /// The file could not be read (`why`: the system's words).
    Unreadable { why: String },
    /// A signed PDF, but not one Mandat made.
    OtherSigned,
    /// A PDF Mandat did not make.
    NotMandat,
    /// A Mandat draft, never signed.
    Draft,
    /// A Mandat draft someone signed or altered afterwards.
    DraftAltered,
    /// A signed Mandat charter whose seal was taken out.
    SealRemoved,
    /// Mandat's seal does not hold (`technical`: the decoder's words, for malformed and
    /// unsupported signatures; empty otherwise).
    SealBroken {
        problem: SealProblem,
        technical: String,
    },
    /// Another signature was added after Mandat's, which covers only the first bytes.
    SignatureAdded {
        signatures: u32,
        covers: u64,
        size: u64,
    },
    /// Bytes were added after the seal.
    BytesAdded,
    /// Sealed by this laptop's own key.
    OwnKey { signer: String },
    /// Sealed by a key she trusts, under the name she gave it.
    TrustedKey { name: String },
    /// Intact, sealed by a key not known here.
    UnknownKey { fingerprint: String, signer: String },
}

impl From<&SealError> for Reason {
    fn from(e: &SealError) -> Self {
        let (problem, technical) = match e {
            SealError::NoSignature => (SealProblem::NoSignature, String::new()),
            SealError::Malformed(what) => (SealProblem::Malformed, what.clone()),
            SealError::DigestMismatch => (SealProblem::DigestMismatch, String::new()),
            SealError::BadSignature => (SealProblem::BadSignature, String::new()),
            SealError::Unsupported(what) => (SealProblem::Unsupported, what.clone()),
        };
        Reason::SealBroken { problem, technical }
    }
}

impl Reason {
    /// The sentence, in English or French (French spacing: a non-breaking space before « : »).
    pub fn text(&self, language: Language) -> String {
        let fr = language == Language::Fr;
        let pick = |en: &str, fr_text: &str| {
            if fr {
                fr_text.to_owned()
            } else {
                en.to_owned()
            }
        };
        match self {
            Reason::NotPdf => pick("not a PDF file", "ce fichier n’est pas un PDF"),
            Reason::Unreadable { why } => {
                if fr {
                    format!("fichier illisible\u{a0}: {why}")
                } else {
                    format!("cannot read the file: {why}")
                }
            }
            Reason::OtherSigned => pick(
                "a signed PDF, but not one made by Mandat",
                "un PDF signé, mais qui n’a pas été fait par Mandat",
            ),
            Reason::NotMandat => pick(
                "a PDF that Mandat did not make",
                "un PDF que Mandat n’a pas fait",
            ),
            Reason::Draft => pick(
                "a Mandat draft: never signed, not valid as the approved charter",
                "un brouillon Mandat\u{a0}: jamais signé, il ne vaut pas charte approuvée",
            ),
            Reason::DraftAltered => pick(
                "a Mandat draft that someone signed or altered afterwards",
                "un brouillon Mandat que quelqu’un a signé ou modifié ensuite",
            ),
            Reason::SealRemoved => pick(
                "a Mandat charter whose seal was removed",
                "une charte Mandat dont le sceau a été retiré",
            ),
            Reason::SealBroken { problem, technical } => {
                let said = match problem {
                    SealProblem::NoSignature => pick(
                        "the file carries no signature",
                        "le fichier ne porte aucune signature",
                    ),
                    SealProblem::Malformed => {
                        pick("the signature is malformed", "la signature est mal formée")
                    }
                    SealProblem::DigestMismatch => pick(
                        "the signed bytes were changed (digest mismatch)",
                        "les octets signés ont été changés (empreinte différente)",
                    ),
                    SealProblem::BadSignature => pick(
                        "the signature does not match its certificate",
                        "la signature ne correspond pas à son certificat",
                    ),
                    SealProblem::Unsupported => pick(
                        "unsupported signature",
                        "signature d’un type non pris en charge",
                    ),
                };
                if technical.is_empty() {
                    said
                } else if fr {
                    format!("{said}\u{a0}: {technical}")
                } else {
                    format!("{said}: {technical}")
                }
            }
            Reason::SignatureAdded {
                signatures,
                covers,
                size,
            } => {
                if fr {
                    format!(
                        "{signatures} signatures\u{a0}: une autre a été ajoutée après le sceau de \
                         Mandat, qui ne couvre que les {covers} premiers octets sur {size}"
                    )
                } else {
                    format!(
                        "{signatures} signatures: another was added after Mandat's seal, which \
                         covers only the first {covers} of {size} bytes"
                    )
                }
            }
            Reason::BytesAdded => pick(
                "bytes were added to the file after it was signed",
                "des octets ont été ajoutés au fichier après sa signature",
            ),
            Reason::OwnKey { signer } => {
                if fr {
                    format!("scellé par la clé de cet ordinateur ({signer}), inchangé depuis")
                } else {
                    format!("sealed by this laptop's own key ({signer}) and unchanged since")
                }
            }
            Reason::TrustedKey { name } => {
                if fr {
                    format!("scellé par une clé reconnue ici sous le nom {name}, inchangé depuis")
                } else {
                    format!("sealed by a key trusted here as {name} and unchanged since")
                }
            }
            Reason::UnknownKey {
                fingerprint,
                signer,
            } => {
                if fr {
                    format!(
                        "le contenu est intact, scellé par une clé inconnue ici (empreinte \
                         {fingerprint}) au nom de {signer}\u{a0}: comparez l’empreinte avec celle \
                         que le manager de transition a publiée"
                    )
                } else {
                    format!(
                        "the content is intact, sealed by a key not known here (fingerprint \
                         {fingerprint}) in the name of {signer}: compare the fingerprint with the \
                         one the transition manager published"
                    )
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every() -> Vec<Reason> {
        let broken = |problem, technical: &str| Reason::SealBroken {
            problem,
            technical: technical.into(),
        };
        vec![
            Reason::NotPdf,
            Reason::Unreadable {
                why: "x.pdf: denied".into(),
            },
            Reason::OtherSigned,
            Reason::NotMandat,
            Reason::Draft,
            Reason::DraftAltered,
            Reason::SealRemoved,
            broken(SealProblem::NoSignature, ""),
            broken(SealProblem::Malformed, "DER length"),
            broken(SealProblem::DigestMismatch, ""),
            broken(SealProblem::BadSignature, ""),
            broken(SealProblem::Unsupported, "sha1"),
            Reason::SignatureAdded {
                signatures: 2,
                covers: 1000,
                size: 1500,
            },
            Reason::BytesAdded,
            Reason::OwnKey {
                signer: "Helen Vasseur".into(),
            },
            Reason::TrustedKey {
                name: "Claire".into(),
            },
            Reason::UnknownKey {
                fingerprint: "AB12 CD34".into(),
                signer: "Helen Vasseur".into(),
            },
        ]
    }

    #[test]
    fn every_reason_reads_in_both_languages_with_its_facts() {
        for reason in every() {
            let (en, fr) = (reason.text(Language::En), reason.text(Language::Fr));
            assert!(!en.is_empty() && en != fr, "{reason:?}");
            assert!(
                !fr.contains(" :") && !fr.contains('\''),
                "French typography: {fr}"
            );
            let json = serde_json::to_value(&reason).unwrap();
            let facts = json.as_object().unwrap().iter();
            for (key, value) in facts.filter(|(k, _)| *k != "code" && *k != "problem") {
                let value = value.to_string().trim_matches('"').to_owned();
                assert!(
                    en.contains(&value) && fr.contains(&value),
                    "{key}: {en} / {fr}"
                );
            }
            let back: Reason = serde_json::from_value(json).unwrap();
            assert_eq!(back, reason);
        }
    }
}
