// The settings kept by Rust: UI language, the mission to reopen at start-up, and how long the
// window may stay idle before it locks.

import { settingsSet, toApiError } from '../backend';
import type { Settings } from '../bindings/Settings';
import { announce } from './notice.svelte';

export const settings = $state<Settings>({ language: null, lastMission: null, lockAfterMinutes: null });

export function loadSettings(stored: Settings): void {
  settings.language = stored.language;
  settings.lastMission = stored.lastMission;
  settings.lockAfterMinutes = stored.lockAfterMinutes;
}

const stored = (): Settings => ({
  language: settings.language,
  lastMission: settings.lastMission,
  lockAfterMinutes: settings.lockAfterMinutes,
});

/** Writes a change through; on failure the change still holds for this session. */
export async function remember(change: Partial<Settings>): Promise<void> {
  Object.assign(settings, change);
  try {
    await settingsSet(stored());
  } catch (error) {
    announce(toApiError(error));
  }
}

/**
 * Writes a change through. Refused, the change is undone (unless a newer one replaced it
 * meanwhile) and the promise rejects with the `ApiError`, for the form to show on its field.
 */
export async function storeSettings(change: Partial<Settings>): Promise<void> {
  const before = stored();
  Object.assign(settings, change);
  try {
    await settingsSet(stored());
  } catch (error) {
    for (const key of Object.keys(change) as (keyof Settings)[]) {
      if (settings[key] === change[key]) Object.assign(settings, { [key]: before[key] });
    }
    throw toApiError(error);
  }
}
