// What an export will produce, which version the page opens on, and how the file is named.

import type { DocumentKind } from '../bindings/DocumentKind';
import type { Language } from '../bindings/Language';
import type { SigningState } from '../bindings/SigningState';
import type { Version } from '../bindings/Version';
import { sanitise } from '../app/paths';
import { translator } from '../i18n/catalogue';

/**
 * A signed PDF once the version is approved and both have signed here; a draft otherwise — a
 * version whose signatures came in a mission file too (this laptop never seals what it did not
 * witness: it exports an unsealed copy).
 */
export function exportKind(
  state: Pick<SigningState, 'status' | 'complete' | 'receivedAt'> | null,
): DocumentKind {
  return state !== null && state.status === 'approved' && state.complete && state.receivedAt === null
    ? 'signed'
    : 'draft';
}

/** The version to sign and export first: the latest approved one, else the latest. */
export function defaultVersion(history: readonly Version[]): Version | null {
  const approved = history.filter((version) => version.status === 'approved');
  const pool = approved.length > 0 ? approved : history;
  return pool.reduce<Version | null>(
    (latest, version) => (latest === null || version.number > latest.number ? version : latest),
    null,
  );
}

/** « Charte-Ravel-v2.pdf », "Charter-Ravel-v2-draft.pdf": in the document's language. */
export function suggestedFileName(
  client: string,
  number: number,
  language: Language,
  kind: DocumentKind,
): string {
  const t = translator(language);
  const parts = [
    t('export.file.charter'),
    sanitise(client),
    `v${number}`,
    kind === 'draft' ? t('export.file.draft') : '',
  ];
  return `${parts.filter((part) => part !== '').join('-')}.pdf`;
}
