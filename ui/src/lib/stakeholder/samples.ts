// People, cards and rows of the map as Rust returns them, for the section's tests (and the
// announcements' and the dashboard's). Imported by tests only.

import type { Person } from '../bindings/Person';
import type { PersonCard } from '../bindings/PersonCard';
import type { PersonInput } from '../bindings/PersonInput';
import type { Stakeholder } from '../bindings/Stakeholder';
import { quadrantOf } from './vocabulary';

/** Everything but the name left blank, in the other group, reporting to no one. */
const BLANK: Omit<PersonInput, 'name'> = {
  jobTitle: '',
  organisation: '',
  group: 'other',
  team: '',
  reportsTo: null,
  email: '',
  phone: '',
  notes: '',
};

/** A person as typed (or read from a spreadsheet's row): nothing but a name unless given. */
export function anInput(fields: Partial<PersonInput> & Pick<PersonInput, 'name'>): PersonInput {
  return { ...BLANK, ...fields };
}

/** A person of mission 1, in the other group, with nothing but a name unless given. */
export function aPerson(fields: Partial<Person> & Pick<Person, 'id' | 'name'>): Person {
  return {
    missionId: 1,
    ...BLANK,
    archived: false,
    teamMember: false,
    throughTeam: false,
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

/**
 * A person's row in the stakeholder map: in the other group, not assessed, never seen, not told,
 * unless given. Given a power and an interest, they are assessed on 1 September 2026 (neutral,
 * wished supportive unless given) in the quadrant those make.
 */
export function aStakeholder(fields: Partial<Stakeholder> & Pick<Stakeholder, 'personId' | 'name'>): Stakeholder {
  const power = fields.power ?? null;
  const interest = fields.interest ?? null;
  const assessed = power !== null && interest !== null;
  return {
    jobTitle: '',
    group: 'other',
    team: '',
    power,
    interest,
    quadrant: assessed ? quadrantOf(power, interest) : null,
    engagement: assessed ? 'neutral' : null,
    target: assessed ? 'supportive' : null,
    assessedOn: assessed ? '2026-09-01' : null,
    lastContact: null,
    daysWithoutContact: null,
    overdue: false,
    told: false,
    ...fields,
  };
}
