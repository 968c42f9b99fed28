//! The language the system asks for, read before the data is unlocked (the setting is in the
//! encrypted database): `LANG`, then `LC_MESSAGES`, the first that names French or English.
//! Neither: `None`, and the window falls back on the first mission's language once unlocked.

use crate::mission::Language;

/// The language of one locale name as POSIX writes it (`fr_FR.UTF-8`, `en_GB`, `fr@euro`,
/// `fr-CA`): French or English; `None` for `C`, `POSIX`, an empty value or any other language.
pub fn of_locale(locale: &str) -> Option<Language> {
    let language = locale
        .trim()
        .split(['_', '-', '.', '@'])
        .next()
        .unwrap_or_default();
    if language.eq_ignore_ascii_case("fr") {
        Some(Language::Fr)
    } else if language.eq_ignore_ascii_case("en") {
        Some(Language::En)
    } else {
        None
    }
}

/// `LANG`, then `LC_MESSAGES`: the first of them that names French or English.
pub fn choose(lang: Option<&str>, lc_messages: Option<&str>) -> Option<Language> {
    [lang, lc_messages]
        .into_iter()
        .flatten()
        .find_map(of_locale)
}

/// The language this process's environment asks for (see [`choose`]).
pub fn from_env() -> Option<Language> {
    let var = |name| std::env::var(name).ok();
    choose(var("LANG").as_deref(), var("LC_MESSAGES").as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_locale_name_gives_its_language() {
        for (locale, language) in [
            ("fr_FR.UTF-8", Some(Language::Fr)),
            ("fr_CA", Some(Language::Fr)),
            ("fr", Some(Language::Fr)),
            ("FR_be.utf8", Some(Language::Fr)),
            ("fr@euro", Some(Language::Fr)),
            ("fr-CH", Some(Language::Fr)),
            ("en_GB.UTF-8", Some(Language::En)),
            ("en_US", Some(Language::En)),
            (" en ", Some(Language::En)),
            ("C", None),
            ("C.UTF-8", None),
            ("POSIX", None),
            ("", None),
            ("de_DE.UTF-8", None),
            ("fry_NL", None),
            ("eng", None),
        ] {
            assert_eq!(of_locale(locale), language, "{locale:?}");
        }
    }

    #[test]
    fn lang_first_then_lc_messages() {
        assert_eq!(
            choose(Some("fr_FR.UTF-8"), Some("en_GB.UTF-8")),
            Some(Language::Fr)
        );
        assert_eq!(
            choose(Some("en_GB.UTF-8"), Some("fr_FR.UTF-8")),
            Some(Language::En)
        );
        // LANG says nothing of French or English: LC_MESSAGES does.
        assert_eq!(choose(None, Some("fr_FR.UTF-8")), Some(Language::Fr));
        assert_eq!(choose(Some("C.UTF-8"), Some("fr_FR")), Some(Language::Fr));
        assert_eq!(choose(Some(""), Some("en_US")), Some(Language::En));
        assert_eq!(choose(Some("de_DE"), Some("fr_FR")), Some(Language::Fr));
        // Neither: the window decides (the first mission's language).
        assert_eq!(choose(None, None), None);
        assert_eq!(choose(Some("C"), Some("POSIX")), None);
        assert_eq!(choose(Some("de_DE"), None), None);
    }
}
