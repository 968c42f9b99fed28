// The people of the open mission, shared by the section's pages: names for the ids the map,
// the interactions and the audiences hold, and which person's card is open.

import type { ApiError } from '../bindings/ApiError';
import type { Person } from '../bindings/Person';
import { peopleList, toApiError } from '../backend';
import { show } from '../app/view.svelte';

export const register = $state<{
  missionId: number | null;
  people: Person[];
  failed: ApiError | null;
  /** The person whose card the People page shows. */
  open: number | null;
}>({ missionId: null, people: [], failed: null, open: null });

/** Reads the mission's people (not the archived ones) again. */
export async function loadRegister(missionId: number): Promise<void> {
  if (register.missionId !== missionId) register.open = null;
  register.missionId = missionId;
  try {
    register.people = await peopleList(missionId, false);
    register.failed = null;
  } catch (error) {
    register.failed = toApiError(error);
  }
}

/** Puts a person added, edited or archived in the list as Rust returned them. */
export function remember(person: Person): void {
  const others = register.people.filter((p) => p.id !== person.id);
  register.people = person.archived
    ? others
    : [...others, person].sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
}

/** Forgets a person erased. */
export function forget(personId: number): void {
  register.people = register.people.filter((p) => p.id !== personId);
  if (register.open === personId) register.open = null;
}

let indexed: Person[] | null = null;
let byId = new Map<number, Person>();

/** A person of the register by id (an index rebuilt when the list changes), or null. */
export function personOf(personId: number): Person | null {
  if (indexed !== register.people) {
    indexed = register.people;
    byId = new Map(register.people.map((p) => [p.id, p]));
  }
  return byId.get(personId) ?? null;
}

/** The name of a person of the register, or null for someone not (or no longer) in it. */
export function nameOf(personId: number): string | null {
  return personOf(personId)?.name ?? null;
}

/** Shows a person's card on the People page. */
export async function openPerson(missionId: number, personId: number): Promise<void> {
  register.open = personId;
  await show({ name: 'mission', id: missionId, page: 'people' });
}
