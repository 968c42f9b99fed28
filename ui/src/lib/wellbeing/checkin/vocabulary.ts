// The fixed lists of a check-in, as Rust has them (wellbeing/model.rs): the signs grouped by
// the three ICD-11 burn-out dimensions with the acute ones apart, the actions, and the one
// letter each is typed with in the quick entry (the same in both languages).

import type { Action } from '../../bindings/Action';
import type { Dimension } from '../../bindings/Dimension';
import type { Signal } from '../../bindings/Signal';

export const DIMENSIONS: readonly { dimension: Dimension; signals: readonly Signal[] }[] = [
  { dimension: 'exhaustion', signals: ['tired', 'no_recovery', 'late_nights'] },
  { dimension: 'mental_distance', signals: ['withdrawn', 'cynical', 'irritable'] },
  { dimension: 'reduced_efficacy', signals: ['mistakes', 'missed_deadlines', 'overwhelmed'] },
  { dimension: 'acute', signals: ['broke_down', 'cannot_go_on', 'sick_leave', 'talks_of_leaving'] },
];

export const SIGNALS: readonly Signal[] = DIMENSIONS.flatMap((d) => d.signals);

export const ACUTE: ReadonlySet<Signal> = new Set(
  DIMENSIONS.find((d) => d.dimension === 'acute')?.signals ?? [],
);

export const ACTIONS: readonly Action[] = [
  'one_to_one',
  'time_off',
  'lightened_load',
  'shared_work',
  'paired',
  'referred',
  'nothing_yet',
];

/** The quick entry's letter of each sign: a letter of its English word where one is free. */
export const SIGNAL_KEYS: Record<Signal, string> = {
  tired: 't',
  no_recovery: 'v',
  late_nights: 'n',
  withdrawn: 'w',
  cynical: 'c',
  irritable: 'i',
  mistakes: 'm',
  missed_deadlines: 'd',
  overwhelmed: 'o',
  broke_down: 'b',
  cannot_go_on: 'x',
  sick_leave: 's',
  talks_of_leaving: 'l',
};

export const ACTION_KEYS: Record<Action, string> = {
  one_to_one: 'k',
  time_off: 'f',
  lightened_load: 'e',
  shared_work: 'h',
  paired: 'p',
  referred: 'r',
  nothing_yet: 'y',
};

export type Letter = { kind: 'signal'; code: Signal } | { kind: 'action'; code: Action };

/** What each letter stands for. */
export const LETTERS: ReadonlyMap<string, Letter> = new Map<string, Letter>([
  ...SIGNALS.map((code) => [SIGNAL_KEYS[code], { kind: 'signal', code }] as [string, Letter]),
  ...ACTIONS.map((code) => [ACTION_KEYS[code], { kind: 'action', code }] as [string, Letter]),
]);
