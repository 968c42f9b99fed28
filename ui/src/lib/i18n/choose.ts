import type { Language } from '../bindings/Language';

/**
 * The UI language: the one chosen in the settings if any, else the system's
 * (any French locale — fr, fr-FR, fr_CA… — gives French, anything else English).
 */
export function chooseLanguage(
  setting: Language | null | undefined,
  systemLanguage: string | null | undefined,
): Language {
  if (setting === 'fr' || setting === 'en') return setting;
  return /^fr(?:$|[-_])/i.test((systemLanguage ?? '').trim()) ? 'fr' : 'en';
}

/**
 * The first language given, in the order of preference; English when none is. Before unlock:
 * the one picked on that screen, then LANG / LC_MESSAGES (Rust's `system_language`). Once
 * unlocked: that pick, the setting, the system's, then the first mission's language.
 */
export function firstLanguage(...candidates: (Language | null | undefined)[]): Language {
  return candidates.find((language): language is Language => language === 'fr' || language === 'en') ?? 'en';
}
