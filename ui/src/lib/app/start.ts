// Start-up: settings and missions, then the first screen — the dashboard of the last mission
// opened, else of the newest open one, else the welcome. `app_ready` is sent once that screen
// is on display.

import { tick } from 'svelte';
import { appReady, missionGet, missionList, settingsGet, toApiError, whenClosing } from '../backend';
import { chooseLanguage } from '../i18n/choose';
import { setLanguage } from '../i18n/locale.svelte';
import { missions } from '../mission/missions.svelte';
import { loadSettings } from './settings.svelte';
import { settle, view, type View } from './view.svelte';

async function firstView(): Promise<View> {
  const [stored, list] = await Promise.all([settingsGet(), missionList()]);
  loadSettings(stored);
  setLanguage(chooseLanguage(stored.language, navigator.language));
  missions.list = list;
  if (list.length === 0) return { name: 'welcome' };
  // The mission worked on last time, else the first of the list (open missions, newest first).
  const last = stored.lastMission;
  const ids = [...new Set([last, list[0].id])].filter(
    (id): id is number => id !== null && list.some((mission) => mission.id === id),
  );
  for (const id of ids) {
    try {
      missions.current = await missionGet(id);
      return { name: 'mission', id, page: 'dashboard' };
    } catch {
      // Gone since it was listed: try the next one.
    }
  }
  return { name: 'missions' };
}

let readySent = false;

export async function start(): Promise<void> {
  // Closing the window saves what is still waiting for its autosave delay.
  whenClosing(settle);
  try {
    view.current = await firstView();
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
