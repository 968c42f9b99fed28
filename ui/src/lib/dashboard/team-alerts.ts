// The team's open alerts gathered by person for the dashboard: the worst level first, then the
// person with the most alerts, then the oldest.

import type { Alert } from '../bindings/Alert';
import type { AlertKind } from '../bindings/AlertKind';
import type { Level } from '../bindings/Level';

export interface PersonAlerts {
  personId: number;
  name: string;
  level: Level;
  kinds: AlertKind[];
  since: string;
}

export function alertsByPerson(alerts: Alert[]): PersonAlerts[] {
  const people = new Map<number, PersonAlerts>();
  for (const alert of alerts) {
    const seen = people.get(alert.personId);
    if (!seen) {
      people.set(alert.personId, {
        personId: alert.personId,
        name: alert.name,
        level: alert.level,
        kinds: [alert.kind],
        since: alert.since,
      });
      continue;
    }
    if (alert.level === 'red') seen.level = 'red';
    if (!seen.kinds.includes(alert.kind)) seen.kinds.push(alert.kind);
    if (alert.since < seen.since) seen.since = alert.since;
  }
  const rank = (level: Level) => (level === 'red' ? 0 : 1);
  return [...people.values()].sort(
    (a, b) =>
      rank(a.level) - rank(b.level) ||
      b.kinds.length - a.kinds.length ||
      a.since.localeCompare(b.since) ||
      a.name.localeCompare(b.name),
  );
}
