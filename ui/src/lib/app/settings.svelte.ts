// The settings kept by Rust: UI language and the mission to reopen at start-up.

import { settingsSet, toApiError } from '../backend';
import type { Settings } from '../bindings/Settings';
import { announce } from './notice.svelte';

export const settings = $state<Settings>({ language: null, lastMission: null });

export function loadSettings(stored: Settings): void {
  settings.language = stored.language;
  settings.lastMission = stored.lastMission;
}

/** Writes a change through; on failure the change still holds for this session. */
export async function remember(change: Partial<Settings>): Promise<void> {
  Object.assign(settings, change);
  try {
    await settingsSet({ language: settings.language, lastMission: settings.lastMission });
  } catch (error) {
    announce(toApiError(error));
  }
}
