// People for the org chart's tests. Imported by tests only.
import type { Group } from '../../bindings/Group';
import type { Person } from '../../bindings/Person';

export function aPerson(id: number, name: string, reportsTo: number | null, group: Group = 'other'): Person {
  return {
    id,
    missionId: 4,
    name,
    jobTitle: '',
    organisation: '',
    group,
    team: '',
    reportsTo,
    email: '',
    phone: '',
    notes: '',
    archived: false,
    createdAt: '2026-03-02T09:00:00Z',
    updatedAt: '2026-03-02T09:00:00Z',
  };
}
