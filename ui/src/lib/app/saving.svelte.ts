// What the save indicator in the top bar shows.

import type { SaveState } from '../mission/autosave';

export const saving = $state<{ state: SaveState; at: Date | null }>({ state: 'idle', at: null });

export function setSaveState(state: SaveState): void {
  saving.state = state;
  if (state === 'saved') saving.at = new Date();
}

export function resetSaveState(): void {
  saving.state = 'idle';
  saving.at = null;
}
