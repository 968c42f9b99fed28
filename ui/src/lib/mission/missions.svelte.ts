// The missions the UI knows: the list (switcher, All missions) and the one open in the sheet.

import {
  missionCreate,
  missionGet,
  missionList,
  missionSetStatus,
  toApiError,
  transferImport,
} from '../backend';
import type { ImportMode } from '../bindings/ImportMode';
import type { Mission } from '../bindings/Mission';
import type { MissionDraft } from '../bindings/MissionDraft';
import type { MissionStatus } from '../bindings/MissionStatus';
import type { MissionSummary } from '../bindings/MissionSummary';
import { announce } from '../app/notice.svelte';
import { resetSaveState } from '../app/saving.svelte';
import { remember, settings } from '../app/settings.svelte';
import { show, type MissionPage } from '../app/view.svelte';

export const missions = $state<{ list: MissionSummary[]; current: Mission | null }>({
  list: [],
  current: null,
});

export function summaryOf(mission: Mission): MissionSummary {
  const { id, client, title, sponsorName, startDate, plannedEnd, status } = mission;
  return { id, client, title, sponsorName, startDate, plannedEnd, status };
}

export async function refreshList(): Promise<void> {
  missions.list = await missionList();
}

/** Takes in a mission as Rust returned it after a write. */
export function applySaved(mission: Mission): void {
  if (missions.current?.id === mission.id) missions.current = mission;
  const index = missions.list.findIndex((summary) => summary.id === mission.id);
  if (index >= 0) missions.list[index] = summaryOf(mission);
}

function rememberOpen(id: number): void {
  if (settings.lastMission !== id) void remember({ lastMission: id });
}

/** Opens a page of a mission (its dashboard unless told) and remembers it for the next start. */
export async function openMission(id: number, page: MissionPage = 'dashboard'): Promise<void> {
  try {
    const mission = await missionGet(id);
    missions.current = mission;
    resetSaveState();
    await show({ name: 'mission', id, page });
    rememberOpen(id);
  } catch (error) {
    const apiError = toApiError(error);
    announce(apiError);
    if (apiError.code === 'not_found') {
      if (missions.current?.id === id) missions.current = null;
      await refreshList().catch(() => undefined);
    }
  }
}

/** Creates a mission and opens its sheet, where it was just typed. Rejects with the `ApiError` for the form. */
export async function createMission(draft: MissionDraft): Promise<Mission> {
  const mission = await missionCreate(draft);
  missions.current = mission;
  await show({ name: 'mission', id: mission.id, page: 'sheet' });
  rememberOpen(mission.id);
  await refreshList().catch(() => missions.list.unshift(summaryOf(mission)));
  return mission;
}

/** Rejects with the `ApiError`. The list is reordered: closed missions go last. */
export async function setStatus(id: number, status: MissionStatus): Promise<Mission> {
  const mission = await missionSetStatus(id, status);
  applySaved(mission);
  await refreshList().catch(() => undefined);
  return mission;
}

/**
 * Imports the mission of a `.mandat` file, lists it and opens its dashboard; returns its id.
 * With `replace`, the mission here of the same client and title is gone from the list too.
 * Rejects with the `ApiError` for the import dialog.
 */
export async function importMission(path: string, passphrase: string, mode: ImportMode): Promise<number> {
  const id = await transferImport(path, passphrase, mode);
  await refreshList().catch(() => undefined);
  await openMission(id);
  return id;
}
