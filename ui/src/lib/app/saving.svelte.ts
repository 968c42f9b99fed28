// What the save indicator in the top bar shows. It speaks only of saving: a refused action
// (an empty reason, clauses still open, a date out of range) changed nothing and is explained
// next to the action, so the indicator goes back to what it said before; only a failure to
// write (the disk, the encryption, a locked vault) reads "not saved". Leaving a page clears
// what it said, so a page with nothing to save never shows "Saved at…".

import type { ApiError } from '../bindings/ApiError';
import type { ErrorCode } from '../bindings/ErrorCode';
import type { SaveState } from '../mission/autosave';

export const saving = $state<{ state: SaveState; at: Date | null }>({ state: 'idle', at: null });

/** What the indicator said before the save under way. */
let before: { state: SaveState; at: Date | null } = { state: 'idle', at: null };

/** The refusals that mean something could not be written. */
const NOT_WRITTEN: ReadonlySet<ErrorCode> = new Set([
  'storage',
  'file',
  'encryption',
  'corrupt',
  'key_store',
  'locked',
  'newer_database',
]);

export function setSaveState(state: SaveState): void {
  if (state === 'saving' && saving.state !== 'saving') before = { state: saving.state, at: saving.at };
  saving.state = state;
  if (state === 'saved') saving.at = new Date();
}

/** After a write failed: "not saved" only if it could not be written, else as before. */
export function saveFailed(error: ApiError): void {
  if (NOT_WRITTEN.has(error.code)) {
    setSaveState('error');
    return;
  }
  saving.state = before.state === 'saving' ? 'idle' : before.state;
  saving.at = before.at;
}

export function resetSaveState(): void {
  saving.state = 'idle';
  saving.at = null;
}
