// A mission on its way to another laptop: the name suggested for its file, and what a file
// holds, in one line.

import type { ImportPreview } from '../bindings/ImportPreview';
import type { Language } from '../bindings/Language';
import { sanitise } from '../app/paths';
import type { Translate } from '../i18n/catalogue';

/** `Ravel-Redresser-le-SI.mandat`: the client, then the mission's title, safe anywhere. */
export function missionFileName(client: string, title: string): string {
  const name = [sanitise(client), sanitise(title)].filter((part) => part !== '').join('-');
  return `${name || 'mission'}.mandat`;
}

export type Carried = 'versions' | 'signatures' | 'audiences';

/** « 1 version de charte », "0 signatures": the form the language gives `count`. */
export function carried(what: Carried, count: number, t: Translate, language: Language): string {
  const form = new Intl.PluralRules(language).select(count) === 'one' ? 'one' : 'other';
  return t(`transfer.count.${what}.${form}`, { count });
}

/** "3 charter versions · 2 signatures · 4 audiences". */
export function contentsLine(preview: ImportPreview, t: Translate, language: Language): string {
  return [
    carried('versions', preview.versions, t, language),
    carried('signatures', preview.signatures, t, language),
    carried('audiences', preview.audiences, t, language),
  ].join(' · ');
}
