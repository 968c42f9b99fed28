// What outlives the reload that locking does: which screen was on display (its name; for a
// mission, its number and page), so that unlocking comes back to it. Never anything of the data
// itself. Kept in the window's sessionStorage, which a reload keeps and closing the window ends.

import { MISSION_PAGES, type MissionPage, type View } from '../app/view.svelte';

const KEY = 'mandat.locked';

/** The screens unlocking can come back to (the others hold a form or a passing state). */
const PLACES: ReadonlySet<View['name']> = new Set(['mission', 'missions', 'verify', 'backups', 'security']);

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Notes that the window is locking, and the screen it leaves, before it reloads. */
export function noteLock(current: View): void {
  let at: unknown = null;
  if (current.name === 'mission') at = { name: 'mission', id: current.id, page: current.page };
  else if (PLACES.has(current.name)) at = { name: current.name };
  storage()?.setItem(KEY, JSON.stringify({ at }));
}

/** Whether the window was reloaded by locking, and has not been unlocked since. */
export function lockNoted(): boolean {
  return storage()?.getItem(KEY) != null;
}

function asView(value: unknown): View | null {
  if (typeof value !== 'object' || value === null) return null;
  const { name, id, page } = value as Record<string, unknown>;
  if (name === 'mission') {
    const known = typeof page === 'string' && (MISSION_PAGES as readonly string[]).includes(page);
    return Number.isInteger(id) && known ? { name, id: id as number, page: page as MissionPage } : null;
  }
  return typeof name === 'string' && name !== 'mission' && PLACES.has(name as View['name'])
    ? ({ name } as View)
    : null;
}

/** Once unlocked: the screen the window locked on, if any; the note is gone after. */
export function takePlace(): View | null {
  const store = storage();
  const noted = store?.getItem(KEY);
  store?.removeItem(KEY);
  if (noted == null) return null;
  try {
    return asView((JSON.parse(noted) as { at?: unknown }).at);
  } catch {
    return null;
  }
}
