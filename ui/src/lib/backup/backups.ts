// How a backup reads: the colour of why it was made, and what it holds, in one line.

import type { BackupReason } from '../bindings/BackupReason';
import type { BackupSummary } from '../bindings/BackupSummary';
import type { Language } from '../bindings/Language';
import type { PillTone } from '../app/Pill.svelte';
import type { Translate } from '../i18n/catalogue';
import { plural } from '../i18n/plural';

/** Made by the user in green, around a restore in amber, before an upgrade in blue. */
export const REASON_TONES: Record<BackupReason, PillTone> = {
  launch: 'neutral',
  migration: 'info',
  daily: 'neutral',
  manual: 'active',
  before_restore: 'preparing',
};

export type Counted = 'missions' | 'versions' | 'signatures';

/** « 0 mission », "0 missions", "1 signature": the form the language gives `count`. */
export function counted(what: Counted, count: number, t: Translate, language: Language): string {
  return t(`backups.count.${what}.${plural(count, language)}`, { count });
}

/** "3 missions · 5 charter versions · 2 signatures". */
export function summaryLine(summary: BackupSummary, t: Translate, language: Language): string {
  return [
    counted('missions', summary.missions, t, language),
    counted('versions', summary.charterVersions, t, language),
    counted('signatures', summary.signatures, t, language),
  ].join(' · ');
}
