// A mission on its way to another laptop: the name suggested for its file, and what a file
// holds, in one line.

import type { ImportPreview } from '../bindings/ImportPreview';
import type { Language } from '../bindings/Language';
import { sanitise } from '../app/paths';
import type { Translate } from '../i18n/catalogue';
import { plural } from '../i18n/plural';

/** `Ravel-Redresser-le-SI.mandat`: the client, then the mission's title, safe anywhere. */
export function missionFileName(client: string, title: string): string {
  const name = [sanitise(client), sanitise(title)].filter((part) => part !== '').join('-');
  return `${name || 'mission'}.mandat`;
}

export type Carried = 'versions' | 'signatures' | 'audiences';

/** « 1 version de charte », "0 signatures": the form the language gives `count`. */
export function carried(what: Carried, count: number, t: Translate, language: Language): string {
  return t(`transfer.count.${what}.${plural(count, language)}`, { count });
}

/**
 * "3 charter versions · 2 signatures · 4 audiences", and the wellbeing notes when the sender
 * chose to include them: private notes about named people, said before they are imported.
 */
export function contentsLine(preview: ImportPreview, t: Translate, language: Language): string {
  const parts = [
    carried('versions', preview.versions, t, language),
    carried('signatures', preview.signatures, t, language),
    carried('audiences', preview.audiences, t, language),
  ];
  if (preview.wellbeingNotes > 0) {
    parts.push(
      t(`transfer.count.wellbeing.${plural(preview.wellbeingNotes, language)}`, { count: preview.wellbeingNotes, people: preview.wellbeingPeople }),
    );
  }
  return parts.join(' · ');
}
