import { describe, expect, it } from 'vitest';
import { en } from './messages.en';
import { fr } from './messages.fr';
import { ACTION_KEYS, ACTIONS, ACUTE, DIMENSIONS, LETTERS, SIGNAL_KEYS, SIGNALS } from './vocabulary';

// Every code of the bindings (Signal.ts, Action.ts), written out: a code added in Rust must be
// added here and in the lists.
const ALL_SIGNALS = [
  'tired', 'no_recovery', 'late_nights', 'withdrawn', 'cynical', 'irritable', 'mistakes',
  'missed_deadlines', 'overwhelmed', 'broke_down', 'cannot_go_on', 'sick_leave', 'talks_of_leaving',
];
const ALL_ACTIONS = [
  'one_to_one', 'time_off', 'lightened_load', 'shared_work', 'paired', 'referred', 'nothing_yet',
];

describe('the check-in vocabulary', () => {
  it('lists every signal once, and every action once', () => {
    expect([...SIGNALS].sort()).toEqual([...ALL_SIGNALS].sort());
    expect([...ACTIONS].sort()).toEqual([...ALL_ACTIONS].sort());
    expect(Object.keys(SIGNAL_KEYS).sort()).toEqual([...ALL_SIGNALS].sort());
    expect(Object.keys(ACTION_KEYS).sort()).toEqual([...ALL_ACTIONS].sort());
  });

  it('gives each a single lower-case letter, none shared', () => {
    const letters = [...Object.values(SIGNAL_KEYS), ...Object.values(ACTION_KEYS)];
    for (const letter of letters) expect(letter).toMatch(/^[a-z]$/);
    expect(new Set(letters).size).toBe(letters.length);
    expect(LETTERS.size).toBe(letters.length);
    expect(LETTERS.get('x')).toEqual({ kind: 'signal', code: 'cannot_go_on' });
    expect(LETTERS.get('k')).toEqual({ kind: 'action', code: 'one_to_one' });
  });

  it('keeps the acute signs apart, as Rust does', () => {
    expect(DIMENSIONS.map((d) => d.dimension)).toEqual([
      'exhaustion', 'mental_distance', 'reduced_efficacy', 'acute',
    ]);
    expect([...ACUTE].sort()).toEqual(['broke_down', 'cannot_go_on', 'sick_leave', 'talks_of_leaving']);
  });

  it('names each in both languages', () => {
    for (const s of ALL_SIGNALS) {
      expect(en).toHaveProperty([`checkin.signal.${s}`]);
      expect(fr).toHaveProperty([`checkin.signal.${s}`]);
    }
    for (const a of ALL_ACTIONS) {
      expect(en).toHaveProperty([`checkin.action.${a}`]);
      expect(fr).toHaveProperty([`checkin.action.${a}`]);
    }
  });
});
