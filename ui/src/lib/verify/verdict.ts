// How each outcome of a verification reads: its colour and its icon.

import type { Outcome } from '../bindings/Outcome';
import type { IconName } from '../app/Icon.svelte';

export type VerdictTone = 'valid' | 'danger' | 'warning' | 'neutral';

export const VERDICTS: Record<Outcome, { tone: VerdictTone; icon: IconName }> = {
  valid: { tone: 'valid', icon: 'shieldCheck' },
  unknown_sealer: { tone: 'warning', icon: 'alert' },
  modified: { tone: 'danger', icon: 'alert' },
  draft: { tone: 'warning', icon: 'pen' },
  not_mandat: { tone: 'neutral', icon: 'x' },
  unreadable: { tone: 'neutral', icon: 'alert' },
};

/** Outcomes whose reason is worth showing, small, under the verdict. */
export const SHOWS_DETAIL: ReadonlySet<Outcome> = new Set(['modified', 'not_mandat', 'unreadable']);
