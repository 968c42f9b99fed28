// Finding a person as you type: any part of the name, job title or team, whatever the case
// and the accents ("eric" finds "Éric", "helene" finds "Hélène"). The register is already in
// memory for the list, so this runs in the window: 5,000 people filter in well under a frame.
// The other searches of the section (the interactions' picker and log, an audience's members,
// the org chart's type-ahead) fold their text with the same functions.

import type { Person } from '../bindings/Person';

/** Lower case, without accents or other combining marks. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** As `fold`, œ and æ spelled out too ("coeur" finds « Cœur », "laetitia" finds « Lætitia »). */
export function foldLigatures(text: string): string {
  return fold(text).replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

/** What a person is found by, folded once (by `fold` unless told). */
export function searchText(
  person: Pick<Person, 'name' | 'jobTitle' | 'team'>,
  folding: (text: string) => string = fold,
): string {
  return folding(`${person.name}\n${person.jobTitle}\n${person.team}`);
}

/** The words of what was typed, folded (by `fold` unless told); none for a blank query. */
export function queryWords(query: string, folding: (text: string) => string = fold): string[] {
  return folding(query).split(/\s+/).filter(Boolean);
}

/** Whether a folded text holds every one of the words, anywhere and in any order. */
export function holdsAll(text: string, words: readonly string[]): boolean {
  return words.every((word) => text.includes(word));
}

type Findable = Pick<Person, 'name' | 'jobTitle' | 'team'>;

// Each person's folded text, kept while the person object lives: a keystroke then costs one
// `includes` per person, not a Unicode normalisation. A person saved comes back from Rust as
// a new object, so an edited name is folded afresh.
const folded = new WeakMap<Findable, { from: string; text: string }>();

function foldedText(person: Findable): string {
  const from = `${person.name}\n${person.jobTitle}\n${person.team}`;
  const known = folded.get(person);
  if (known && known.from === from) return known.text;
  const text = fold(from);
  folded.set(person, { from, text });
  return text;
}

/** The people whose name, title or team holds every word of `query`, in their order. */
export function findPeople<P extends Findable>(people: readonly P[], query: string): P[] {
  const words = queryWords(query);
  if (words.length === 0) return [...people];
  return people.filter((person) => holdsAll(foldedText(person), words));
}

/**
 * The same people, those whose name holds every word of `query` first (in their order), then
 * those found by their title or team: a picker's Enter takes the person named, not someone
 * whose job title happens to hold the letters ("ines" is Inès, before a business analyst).
 */
export function namesFirst<P extends Findable>(people: readonly P[], query: string): P[] {
  const words = queryWords(query);
  const named = (person: P) => holdsAll(fold(person.name), words);
  return [...people.filter(named), ...people.filter((person) => !named(person))];
}
