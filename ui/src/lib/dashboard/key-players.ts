// What the dashboard shows of the stakeholders: the key players not yet told of the approved
// version, and how many contacts and follow-ups are late, read together for the card.

import { followUpsDue, stakeholderMap, toApiError } from '../backend';
import type { ApiError } from '../bindings/ApiError';
import type { Interaction } from '../bindings/Interaction';
import type { Stakeholder } from '../bindings/Stakeholder';
import type { StakeholderMap } from '../bindings/StakeholderMap';

export interface Stakeholders {
  map: StakeholderMap | null;
  /** The follow-ups not done whose date has passed. */
  due: Interaction[] | null;
  failed: ApiError | null;
}

/** Today's map and the follow-ups past due; or the refusal to show in their place. */
export async function readStakeholders(missionId: number): Promise<Stakeholders> {
  try {
    const [map, due] = await Promise.all([stakeholderMap(missionId, ''), followUpsDue(missionId, '')]);
    return { map, due, failed: null };
  } catch (error) {
    return { map: null, due: null, failed: toApiError(error) };
  }
}

/**
 * The key players (high power, high interest: to manage closely) not told of the latest
 * approved version, in the map's order (by name); none before any approval.
 */
export function untoldKeyPlayers(map: StakeholderMap): Stakeholder[] {
  if (map.toAnnounce === null) return [];
  return map.people.filter((s) => s.quadrant === 'manage_closely' && !s.told);
}
