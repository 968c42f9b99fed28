// The language of the screens before unlock, which cannot read the settings (they are in the
// encrypted database): the one last picked with a FR | EN switch, kept in the window's
// localStorage (a language, nothing of the data), else the system's (LANG, then LC_MESSAGES,
// as Rust reads them). A pick made before unlocking becomes the setting once unlocked.

import type { Language } from '../bindings/Language';

const KEY = 'mandat.language';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const isLanguage = (value: unknown): value is Language => value === 'fr' || value === 'en';

/** The language last picked with a switch, on this computer. */
export function rememberedLanguage(): Language | null {
  const stored = storage()?.getItem(KEY);
  return isLanguage(stored) ? stored : null;
}

/** Keeps a language picked with a switch for the next screens before unlock. */
export function rememberLanguage(language: Language): void {
  try {
    storage()?.setItem(KEY, language);
  } catch {
    // Storage full or refused: the pick still holds for this session.
  }
}

const before = { picked: null as Language | null, system: null as Language | null };

/** The language LANG / LC_MESSAGES asked for, as learnt at start-up. */
export const systemAsked = (): Language | null => before.system;

export function learnSystemLanguage(language: Language | null): void {
  before.system = isLanguage(language) ? language : null;
}

/** A language picked on the setup or unlock screen: remembered, and the setting once unlocked. */
export function pickBeforeUnlock(language: Language): void {
  before.picked = language;
  rememberLanguage(language);
}

/** Once unlocked: the language picked before, if any; forgotten after. */
export function takePicked(): Language | null {
  const picked = before.picked;
  before.picked = null;
  return picked;
}
