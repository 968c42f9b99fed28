import { describe, expect, it } from 'vitest';
import type { Alert } from '../bindings/Alert';
import { alertsByPerson } from './team-alerts';

const anAlert = (fields: Partial<Alert> & Pick<Alert, 'personId' | 'kind'>): Alert => ({
  name: `Person ${fields.personId}`,
  level: 'amber',
  since: '2026-10-01',
  why: '',
  facts: { on: '2026-10-01', value: 0, limit: 0, count: 0, values: [], due: null, signals: [] },
  checkIns: [],
  ...fields,
});

describe('alertsByPerson', () => {
  it('gathers each person once, red before amber, the one with more alerts first, then the oldest', () => {
    const people = alertsByPerson([
      anAlert({ personId: 1, kind: 'high_stress', since: '2026-09-01' }),
      anAlert({ personId: 2, kind: 'average_hours', since: '2026-10-10' }),
      anAlert({ personId: 3, kind: 'long_week', level: 'red', since: '2026-10-20' }),
      anAlert({ personId: 2, kind: 'follow_up_overdue', since: '2026-10-05' }),
      anAlert({ personId: 1, kind: 'high_stress', since: '2026-08-01' }),
    ]);
    expect(people.map((p) => p.personId)).toEqual([3, 2, 1]);
    expect(people[1]).toMatchObject({ level: 'amber', kinds: ['average_hours', 'follow_up_overdue'], since: '2026-10-05' });
    expect(people[2]).toMatchObject({ kinds: ['high_stress'], since: '2026-08-01' });
  });

  it('makes a person red when any of their alerts is', () => {
    const [person] = alertsByPerson([
      anAlert({ personId: 4, kind: 'high_stress' }),
      anAlert({ personId: 4, kind: 'acute', level: 'red' }),
    ]);
    expect(person.level).toBe('red');
  });
});
