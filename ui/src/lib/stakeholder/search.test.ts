import { describe, expect, it } from 'vitest';
import { findPeople, fold } from './search';

const people = [
  { name: 'Éric Vasseur', jobTitle: 'Directeur supply chain', team: 'Logistique' },
  { name: 'Hélène Roy', jobTitle: 'DSI adjointe', team: '' },
  { name: 'Karim Benali', jobTitle: 'Responsable applications', team: 'Applications' },
];

describe('finding a person as you type', () => {
  it('ignores case and accents both ways', () => {
    expect(fold('Éric HÉLÈNE ç')).toBe('eric helene c');
    expect(findPeople(people, 'eric').map((p) => p.name)).toEqual(['Éric Vasseur']);
    expect(findPeople(people, 'HELENE').map((p) => p.name)).toEqual(['Hélène Roy']);
    expect(findPeople(people, 'éric').map((p) => p.name)).toEqual(['Éric Vasseur']);
  });

  it('finds by any part of the title or the team, every word required', () => {
    expect(findPeople(people, 'applic').map((p) => p.name)).toEqual(['Karim Benali']);
    expect(findPeople(people, 'supply logis').map((p) => p.name)).toEqual(['Éric Vasseur']);
    expect(findPeople(people, 'supply karim')).toEqual([]);
  });

  it('keeps everyone, in order, for an empty query', () => {
    expect(findPeople(people, '  ')).toEqual(people);
  });
});
