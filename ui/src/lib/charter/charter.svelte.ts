// The charter of the mission on screen, latest version: shared by the dashboard and the
// charter, mandate and review pages so that a change made on one is seen on the others.

import { charterGet, toApiError } from '../backend';
import type { ApiError } from '../bindings/ApiError';
import type { Charter } from '../bindings/Charter';
import type { Mission } from '../bindings/Mission';
import { saveFailed, setSaveState } from '../app/saving.svelte';
import { isFrozen } from './sections';

export const charter = $state<{
  missionId: number | null;
  /** Null before the charter is started. */
  current: Charter | null;
  /** True once `current` is known for `missionId`. */
  loaded: boolean;
  failed: ApiError | null;
}>({ missionId: null, current: null, loaded: false, failed: null });

/** Reads the latest version. What was shown for the same mission stays on screen meanwhile. */
export async function loadCharter(missionId: number): Promise<void> {
  if (charter.missionId !== missionId) {
    charter.missionId = missionId;
    charter.current = null;
    charter.loaded = false;
  }
  charter.failed = null;
  try {
    const latest = await charterGet(missionId, null);
    if (charter.missionId !== missionId) return;
    charter.current = latest;
    charter.loaded = true;
  } catch (error) {
    if (charter.missionId === missionId) charter.failed = toApiError(error);
  }
}

/** Takes in the charter as a command returned it. */
export function applyCharter(next: Charter): void {
  if (charter.missionId !== next.version.missionId) return;
  charter.current = next;
  charter.loaded = true;
}

/**
 * Runs a change, shows it in the save indicator and takes in the charter it returns.
 * Rejects with the `ApiError`, for the form or the notice to show.
 */
export async function change(run: () => Promise<Charter>): Promise<Charter> {
  setSaveState('saving');
  try {
    const next = await run();
    applyCharter(next);
    setSaveState('saved');
    return next;
  } catch (error) {
    const refused = toApiError(error);
    saveFailed(refused);
    throw refused;
  }
}

/** Whether clauses can be changed: not a frozen version, not a closed mission. */
export function editable(current: Charter | null, mission: Mission): boolean {
  return current !== null && !isFrozen(current.version.status) && mission.status !== 'closed';
}
