// Start-up: first where the passphrase stands — nothing is read before the data is unlocked,
// the setup or unlock screen shows instead — then settings and missions, then the first screen:
// the screen the window locked on (see vault/resume.ts), else the dashboard of the last mission
// opened, else of the newest open one, else the welcome.
// The language: before unlock, the one last picked with a switch, else LANG / LC_MESSAGES (see
// i18n/remembered.ts); once unlocked, a pick made on the setup or unlock screen (then saved as
// the setting), else the setting, else the system's, else the first mission's language.
// `app_ready` is sent once the first screen (the unlock screen, most often) is on display.

import { tick } from 'svelte';
import {
  appReady,
  missionGet,
  missionList,
  settingsGet,
  systemLanguage,
  toApiError,
  vaultLock,
  vaultStatus,
  whenClosing,
} from '../backend';
import type { VaultStatus } from '../bindings/VaultStatus';
import { firstLanguage } from '../i18n/choose';
import { setLanguage } from '../i18n/locale.svelte';
import { learnSystemLanguage, rememberedLanguage, systemAsked, takePicked } from '../i18n/remembered';
import { missions } from '../mission/missions.svelte';
import { lockNoted, takePlace } from '../vault/resume';
import { admit } from '../vault/vault.svelte';
import { loadSettings, remember } from './settings.svelte';
import { settle, view, type View } from './view.svelte';

async function firstView(): Promise<View> {
  const [stored, list] = await Promise.all([settingsGet(), missionList()]);
  loadSettings(stored);
  missions.list = list;
  const place = await firstPlace(stored.lastMission);
  const picked = takePicked();
  let language = picked ?? stored.language ?? systemAsked();
  if (language === null && list.length > 0) {
    language = missions.current?.language ?? (await missionGet(list[0].id).catch(() => null))?.language ?? null;
  }
  setLanguage(firstLanguage(language));
  if (picked !== null && picked !== stored.language) void remember({ language: picked });
  return place;
}

async function firstPlace(lastMission: number | null): Promise<View> {
  const list = missions.list;
  // Back from a lock: the screen it left.
  const back = takePlace();
  if (back !== null && back.name !== 'mission') return back;
  if (list.length === 0) return { name: 'welcome' };
  // The mission worked on last time, else the first of the list (open missions, newest first).
  const last = back?.name === 'mission' ? back.id : lastMission;
  const ids = [...new Set([last, list[0].id])].filter(
    (id): id is number => id !== null && list.some((mission) => mission.id === id),
  );
  for (const id of ids) {
    try {
      missions.current = await missionGet(id);
      const page = back?.name === 'mission' && back.id === id ? back.page : 'dashboard';
      return { name: 'mission', id, page };
    } catch {
      // Gone since it was listed: try the next one.
    }
  }
  return { name: 'missions' };
}

/**
 * Takes in where the data stands; once it is unlocked, reads it and puts up the first screen
 * before the setup or unlock screen gives way.
 */
export async function enter(status: VaultStatus): Promise<void> {
  if (status.state === 'unlocked') {
    try {
      view.current = await firstView();
    } catch (error) {
      view.current = { name: 'failed', error: toApiError(error) };
    }
  }
  admit(status);
}

let readySent = false;
let closingWatched = false;

export async function start(): Promise<void> {
  if (!closingWatched) {
    closingWatched = true;
    // Closing the window saves what is still waiting for its autosave delay.
    whenClosing(settle);
  }
  try {
    // Before anything is on display: the language of the setup or unlock screen.
    learnSystemLanguage(await systemLanguage().catch(() => null));
    setLanguage(firstLanguage(rememberedLanguage(), systemAsked()));
    // Reloaded by locking: make sure Rust locked (it answers where the data then stands).
    await enter(await (lockNoted() ? vaultLock() : vaultStatus()));
  } catch (error) {
    view.current = { name: 'failed', error: toApiError(error) };
  }
  await tick();
  if (!readySent) {
    readySent = true;
    // Wait for the frame that shows the screen (or a moment, if frames are not running).
    await new Promise<void>((resolve) => {
      requestAnimationFrame(() => resolve());
      setTimeout(resolve, 100);
    });
    await appReady().catch(() => undefined);
  }
}
