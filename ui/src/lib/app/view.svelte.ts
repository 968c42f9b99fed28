// Which screen the main area shows, and how to leave one without losing a pending save.

import type { ApiError } from '../bindings/ApiError';

export type View =
  | { name: 'loading' }
  | { name: 'welcome' }
  | { name: 'new' }
  | { name: 'mission'; id: number }
  | { name: 'missions' }
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

export async function show(next: View): Promise<void> {
  await settle();
  if (next.name === 'new' && view.current.name !== 'new') view.beforeNew = view.current;
  view.current = next;
}

/** Leaves the create form for the screen it was opened from, or `fallback`. */
export function leaveNew(fallback: View): void {
  const back = view.beforeNew;
  view.beforeNew = null;
  view.current =
    back !== null && (back.name === 'mission' || back.name === 'missions') ? back : fallback;
}
