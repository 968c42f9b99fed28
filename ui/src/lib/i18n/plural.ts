// Which form of a counted word a language uses: `one` or `other`, by the language's own plural
// rules (Intl.PluralRules) — in French 0 and 1 take the singular ("0 retirée", "1 ajoutée"),
// in English only 1 does ("0 removed", "1 needs approval"). Every count in the UI's words goes
// through here, with its message keys ending in `.one` and `.other`.

import type { Language } from '../bindings/Language';
import { locale } from './locale.svelte';

const rules = new Map<string, Intl.PluralRules>();

/** `one` or `other`: the form of `count`'s words in `language`. */
export function plural(count: number, language: Language | string): 'one' | 'other' {
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(language);
    rules.set(language, rule);
  }
  return rule.select(count) === 'one' ? 'one' : 'other';
}

/** The same, in the UI's current language. */
export const form = (count: number): 'one' | 'other' => plural(count, locale.language);
