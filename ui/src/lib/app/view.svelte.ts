// Which screen the main area shows, and how to leave one without losing a pending save.

import type { ApiError } from '../bindings/ApiError';
import { resetSaveState, saving } from './saving.svelte';

/** The pages of one mission, in the order of the navigation. The dashboard is where it opens. */
export const MISSION_PAGES = [
  'dashboard',
  'sheet',
  'charter',
  'mandate',
  'review',
  'versions',
  'signing',
  'brief',
  'announcements',
  'people',
  'grid',
  'orgchart',
  'interactions',
  'wellbeing',
] as const;

export type MissionPage = (typeof MISSION_PAGES)[number];

export type View =
  | { name: 'loading' }
  | { name: 'welcome' }
  | { name: 'new' }
  | { name: 'mission'; id: number; page: MissionPage }
  | { name: 'missions' }
  | { name: 'verify' }
  | { name: 'backups' }
  | { name: 'security' }
  | { name: 'failed'; error: ApiError };

export const view = $state<{ current: View; beforeNew: View | null }>({
  current: { name: 'loading' },
  beforeNew: null,
});

const pendingSaves = new Set<() => Promise<void>>();

/** A screen with unsaved work registers how to save it; returns the unregistering function. */
export function holdUntilSaved(flush: () => Promise<void>): () => void {
  pendingSaves.add(flush);
  return () => pendingSaves.delete(flush);
}

/** Saves whatever the current screen still holds (failures stay shown by that screen). */
export async function settle(): Promise<void> {
  await Promise.all([...pendingSaves].map((flush) => flush()));
}

/** The page of the mission on screen, if any. */
export function missionPage(): MissionPage | null {
  return view.current.name === 'mission' ? view.current.page : null;
}

/** Another page of the mission on screen (no-op when none is). */
export async function showPage(page: MissionPage): Promise<void> {
  if (view.current.name !== 'mission') return;
  await show({ name: 'mission', id: view.current.id, page });
}

export async function show(next: View): Promise<void> {
  await settle();
  // What was saved on the page left is said no more on the next one.
  if (saving.state !== 'saving') resetSaveState();
  if (next.name === 'new' && view.current.name !== 'new') view.beforeNew = view.current;
  view.current = next;
}

/** The screens the create form goes back to when it is left. */
const RETURNABLE: ReadonlySet<View['name']> = new Set([
  'mission',
  'missions',
  'verify',
  'backups',
  'security',
]);

/** Leaves the create form for the screen it was opened from, or `fallback`. */
export function leaveNew(fallback: View): void {
  const back = view.beforeNew;
  view.beforeNew = null;
  view.current = back !== null && RETURNABLE.has(back.name) ? back : fallback;
}
