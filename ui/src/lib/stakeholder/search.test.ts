import { describe, expect, it } from 'vitest';
import { findPeople, fold, foldLigatures, holdsAll, namesFirst, queryWords, searchText } from './search';

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

  it('puts the people named first, then those found by their title or team', () => {
    const team = [
      { name: 'Claire-Marie Leroy', jobTitle: 'Business analyst', team: 'Applications' },
      { name: 'Inès Morel', jobTitle: 'Data analyst', team: 'Applications' },
    ];
    const found = findPeople(team, 'ines');
    expect(found.map((p) => p.name)).toEqual(['Claire-Marie Leroy', 'Inès Morel']);
    expect(namesFirst(found, 'ines').map((p) => p.name)).toEqual(['Inès Morel', 'Claire-Marie Leroy']);
    expect(namesFirst(team, '')).toEqual(team);
  });
});

describe('the pieces other searches fold with', () => {
  it('spells œ and æ out only when asked, in either case', () => {
    expect(fold('Cœur Lætitia')).toBe('cœur lætitia');
    expect(foldLigatures('Cœur ŒUVRE Lætitia ÆSOP Hélène')).toBe('coeur oeuvre laetitia aesop helene');
  });

  it('splits a query into folded words, none for a blank one', () => {
    expect(queryWords('  Hélène   ROY ')).toEqual(['helene', 'roy']);
    expect(queryWords(' \t ')).toEqual([]);
    expect(queryWords('Cœur', foldLigatures)).toEqual(['coeur']);
  });

  it('looks in the name, title and team, and wants every word', () => {
    const text = searchText(people[0]);
    expect(text).toBe('eric vasseur\ndirecteur supply chain\nlogistique');
    expect(holdsAll(text, ['logis', 'eric'])).toBe(true);
    expect(holdsAll(text, ['logis', 'karim'])).toBe(false);
    expect(holdsAll(text, [])).toBe(true);
    expect(searchText({ name: 'Lætitia', jobTitle: '', team: '' }, foldLigatures)).toBe('laetitia\n\n');
  });
});
