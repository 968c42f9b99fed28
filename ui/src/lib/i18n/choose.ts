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
