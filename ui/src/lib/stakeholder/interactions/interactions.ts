// What the interactions page computes from what Rust returns: whom she is late with, the
// cadence's fields, the people a search finds, where a new entry goes in the log, and the
// sentence shown for a refusal on one of the page's fields.

import type { ApiError } from '../../bindings/ApiError';
import type { Cadence } from '../../bindings/Cadence';
import type { Interaction } from '../../bindings/Interaction';
import type { Person } from '../../bindings/Person';
import type { Quadrant } from '../../bindings/Quadrant';
import type { Stakeholder } from '../../bindings/Stakeholder';
import { explain, t } from '../../i18n/locale.svelte';
import { foldLigatures, holdsAll, queryWords, searchText } from '../search';

/** The people past their quadrant's cadence, the longest without contact first (then by name). */
export function overdueFirst(people: readonly Stakeholder[]): Stakeholder[] {
  return people
    .filter((s) => s.overdue)
    .sort(
      (a, b) =>
        (b.daysWithoutContact ?? -1) - (a.daysWithoutContact ?? -1) ||
        a.name.localeCompare(b.name) ||
        a.personId - b.personId,
    );
}

/** The cadence's fields, as Rust names them in a refusal, in the order of the grid's reading. */
export const CADENCE_FIELDS = ['manageClosely', 'keepSatisfied', 'keepInformed', 'monitor'] as const;
export type CadenceField = (typeof CADENCE_FIELDS)[number];

export const QUADRANT_OF_FIELD: Record<CadenceField, Quadrant> = {
  manageClosely: 'manage_closely',
  keepSatisfied: 'keep_satisfied',
  keepInformed: 'keep_informed',
  monitor: 'monitor',
};

const FIELD_OF_QUADRANT: Record<Quadrant, CadenceField> = {
  manage_closely: 'manageClosely',
  keep_satisfied: 'keepSatisfied',
  keep_informed: 'keepInformed',
  monitor: 'monitor',
};

/** The days allowed without contact in a quadrant. */
export function cadenceOf(cadence: Cadence, quadrant: Quadrant): number {
  return cadence[FIELD_OF_QUADRANT[quadrant]];
}

/** A person of the register with the text a search looks in, folded once (œ and æ spelled out). */
export interface Findable {
  person: Person;
  text: string;
}

export function findable(people: readonly Person[]): Findable[] {
  return people.map((person) => ({
    person,
    text: searchText(person, foldLigatures),
  }));
}

/**
 * At most `limit` people whose name, title or team holds every word of `query` (in any case,
 * with or without accents), those already chosen left out; names starting with the query first.
 * An empty query gives the first people of the register.
 */
export function findPeople(
  index: readonly Findable[],
  query: string,
  chosen: ReadonlySet<number>,
  limit: number,
): Person[] {
  const words = queryWords(query, foldLigatures);
  const first: Person[] = [];
  const rest: Person[] = [];
  const start = words.join(' ');
  for (const { person, text } of index) {
    if (chosen.has(person.id) || !holdsAll(text, words)) continue;
    (start && text.startsWith(start) ? first : rest).push(person);
    if (first.length >= limit) break;
  }
  return [...first, ...rest].slice(0, limit);
}

/** The log with a new entry in its place: newest first, as Rust orders it (date, then id). */
export function placeInLog(log: readonly Interaction[], entry: Interaction): Interaction[] {
  const others = log.filter((i) => i.id !== entry.id);
  const at = others.findIndex(
    (i) => i.happenedOn < entry.happenedOn || (i.happenedOn === entry.happenedOn && i.id < entry.id),
  );
  return at === -1 ? [...others, entry] : [...others.slice(0, at), entry, ...others.slice(at)];
}

export { plural } from '../../i18n/plural';

/** The sentence shown under a field of the page for Rust's refusal, said for that field. */
export function refusal(error: ApiError): string {
  switch (`${error.field}:${error.code}`) {
    case 'people:required':
      return t('interactions.error.noPeople');
    case 'people:malformed':
      return t('interactions.error.peopleGone');
    case 'people:too_long':
      return t('interactions.error.tooManyPeople', { limit: error.limit ?? 200 });
    case 'followUpOn:end_before_start':
      return t('interactions.error.followUpBefore');
    case 'happenedOn:future':
      return t('interactions.error.future');
    case 'sentiment:out_of_range':
      return t('interactions.error.sentiment');
  }
  if (error.code === 'out_of_range' && (CADENCE_FIELDS as readonly (string | null)[]).includes(error.field)) {
    return t('interactions.cadence.range');
  }
  return explain(error);
}

/** The colour of each sentiment's mark, from red (very negative) to green (very positive). */
export const SENTIMENT_COLOURS: Record<string, string> = {
  '-2': '#c2412d',
  '-1': '#de8a4c',
  '0': '#9aa3af',
  '1': '#5f9f69',
  '2': '#1f6f43',
};
