import { describe, expect, it } from 'vitest';
import type { Alert } from '../bindings/Alert';
import type { AlertKind } from '../bindings/AlertKind';
import { setLanguage, t } from '../i18n/locale.svelte';
import { alertWhy } from './alert-words';

const facts = { on: '2026-10-04', value: 0, limit: 0, count: 0, values: [] as number[], due: null as string | null, signals: [] as Alert['facts']['signals'] };
const anAlert = (kind: AlertKind, f: Partial<typeof facts>): Alert => ({
  personId: 1,
  name: 'Franck',
  kind,
  level: 'red',
  since: '2026-10-01',
  why: '',
  facts: { ...facts, ...f },
  checkIns: [],
});
const day = (iso: string) => `<${iso}>`;

const CASES: [AlertKind, Partial<typeof facts>, string, string][] = [
  ['long_week', { value: 120, values: [60, 120], limit: 55 }, '120 h in the 7 days to <2026-10-04> (up to 120 h; 55 h or more', '120\u00a0h sur les 7 jours au <2026-10-04>'],
  ['average_hours', { value: 61.6, count: 4, limit: 48 }, '62 h a week on average', '62\u00a0h par semaine'],
  ['low_mood', { count: 3, values: [2, 1, 2], limit: 2 }, 'Mood 2 or less 3 times in a row since <2026-10-04> (2, 1, 2)', 'Moral à 2 ou moins 3 fois de suite'],
  ['high_stress', { count: 4, values: [4, 5, 5, 4], limit: 4 }, 'Stress 4 or more 4 times in a row', 'Stress à 4 ou plus 4 fois de suite'],
  ['acute', { signals: ['broke_down'], due: '2026-10-06' }, 'Broke down', 'suivi prévu le <2026-10-06>'],
  ['follow_up_overdue', { due: '2026-10-06', value: 9 }, 'was due <2026-10-06>, 9 days ago', 'il y a 9 jours'],
  ['no_check_in', { value: 20 }, 'No check-in since <2026-10-04>, 20 days ago', 'Plus de point depuis le <2026-10-04>, il y a 20 jours'],
];

describe('alertWhy', () => {
  it.each(CASES)('says why a %s alert is open, in English and French', (kind, f, english, french) => {
    setLanguage('en');
    expect(alertWhy(anAlert(kind, f), t, day)).toContain(english);
    setLanguage('fr');
    expect(alertWhy(anAlert(kind, f), t, day)).toContain(french);
  });
});
