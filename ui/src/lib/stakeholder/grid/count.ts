// Head counts as the UI language writes them: 4,444 in English, 4 444 in French.

import { locale } from '../../i18n/locale.svelte';

const formats = new Map<string, Intl.NumberFormat>();

export function count(n: number): string {
  let format = formats.get(locale.language);
  if (!format) {
    format = new Intl.NumberFormat(locale.language === 'fr' ? 'fr-FR' : 'en-GB');
    formats.set(locale.language, format);
  }
  return format.format(n);
}
