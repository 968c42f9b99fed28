// The quick entry's one line: `24 60 xt k: seemed exhausted` is mood 2, stress 4, 60 hours
// in the last 7 days, the signs x and t, the action k, and after a colon the observation.
// Parts are separated by spaces; letters may come in one group or several. What is
// understood so far is returned even when a later part is wrong, for the live chips.

import type { Action } from '../../bindings/Action';
import type { Signal } from '../../bindings/Signal';
import { LETTERS } from './vocabulary';

export type QuickPart = 'pair' | 'mood' | 'stress' | 'hoursMissing' | 'hours' | 'letter';

export interface QuickError {
  part: QuickPart;
  /** What was typed for that part. */
  text: string;
}

export interface QuickLine {
  mood: number | null;
  stress: number | null;
  hours: number | null;
  signals: Signal[];
  actions: Action[];
  observation: string;
  error: QuickError | null;
  /** Nothing typed yet: no error to show. */
  empty: boolean;
}

export function parseQuick(line: string): QuickLine {
  const colon = line.indexOf(':');
  const head = colon < 0 ? line : line.slice(0, colon);
  const observation = colon < 0 ? '' : line.slice(colon + 1).trim();
  const parts = head.trim().split(/\s+/).filter(Boolean);
  const result: QuickLine = {
    mood: null,
    stress: null,
    hours: null,
    signals: [],
    actions: [],
    observation,
    error: null,
    empty: parts.length === 0 && observation === '',
  };
  if (result.empty) return result;
  const fail = (part: QuickPart, text: string): QuickLine => ({ ...result, error: { part, text } });

  const pair = parts[0] ?? '';
  if (!/^\d\d$/.test(pair)) return fail('pair', pair);
  const mood = Number(pair[0]);
  const stress = Number(pair[1]);
  if (mood < 1 || mood > 5) return fail('mood', pair[0]);
  result.mood = mood;
  if (stress < 1 || stress > 5) return fail('stress', pair[1]);
  result.stress = stress;

  const hours = parts[1];
  if (hours === undefined) return fail('hoursMissing', '');
  if (!/^\d{1,3}$/.test(hours) || Number(hours) > 168) return fail('hours', hours);
  result.hours = Number(hours);

  for (const letter of parts.slice(2).join('').toLowerCase()) {
    const meant = LETTERS.get(letter);
    if (!meant) return fail('letter', letter);
    if (meant.kind === 'signal') {
      if (!result.signals.includes(meant.code)) result.signals.push(meant.code);
    } else if (!result.actions.includes(meant.code)) {
      result.actions.push(meant.code);
    }
  }
  return result;
}
