// People and cards as Rust returns them, for the section's tests. Imported by tests only.

import type { Person } from '../bindings/Person';
import type { PersonCard } from '../bindings/PersonCard';

/** A person of mission 1, in the other group, with nothing but a name unless given. */
export function aPerson(fields: Partial<Person> & Pick<Person, 'id' | 'name'>): Person {
  return {
    missionId: 1,
    jobTitle: '',
    organisation: '',
    group: 'other',
    team: '',
    reportsTo: null,
    email: '',
    phone: '',
    notes: '',
    archived: false,
    createdAt: '2026-09-01T09:00:00Z',
    updatedAt: '2026-09-01T09:00:00Z',
    ...fields,
  };
}

/** The card of `person`: not assessed, never seen, version 2 to announce, told of nothing. */
export function aCard(person: Person, fields: Partial<PersonCard> = {}): PersonCard {
  return {
    person,
    assessments: [],
    interactions: [],
    told: { toAnnounce: 2, told: false, audiences: [], briefings: [] },
    ...fields,
  };
}
