// Where the passphrase stands for the window. Nothing of the data shows until it is unlocked,
// and locking saves what is pending, closes the data, then forgets every piece of it the UI
// holds: the next unlock reads everything afresh, as at launch.

import { vaultChange, vaultLock, whenLocked } from '../backend';
import type { VaultState } from '../bindings/VaultState';
import type { VaultStatus } from '../bindings/VaultStatus';
import { dismiss } from '../app/notice.svelte';
import { resetSaveState } from '../app/saving.svelte';
import { forgetSettings } from '../app/settings.svelte';
import { resetView, settle } from '../app/view.svelte';
import { forgetCharter } from '../charter/charter.svelte';
import { forgetMissions } from '../mission/missions.svelte';

/** Idle minutes before the window locks, when the settings say nothing. */
export const DEFAULT_LOCK_MINUTES = 10;

/** What the security page offers (Rust accepts 1 to 240). */
export const LOCK_CHOICES: readonly number[] = [1, 2, 5, 10, 15, 30, 60];

/** The idle minutes before locking, from the stored setting. */
export const lockMinutes = (setting: number | null): number => setting ?? DEFAULT_LOCK_MINUTES;

export const vault = $state<{
  /** `checking` until Rust has said where the data stands. */
  state: VaultState | 'checking';
  /** Data from an earlier, unencrypted Mandat waits for the first passphrase. */
  unencryptedData: boolean;
}>({ state: 'checking', unencryptedData: false });

/** Takes in where the data stands, as a vault command returned it. */
export function admit(status: VaultStatus): void {
  vault.unencryptedData = status.unencryptedData;
  vault.state = status.state;
}

/** Forgets every piece of the data the UI holds: missions, charter, settings, messages. */
export function forgetDesk(): void {
  resetView();
  forgetMissions();
  forgetCharter();
  forgetSettings();
  resetSaveState();
  dismiss();
}

let locking: Promise<void> | null = null;
let changing: Promise<unknown> | null = null;

/**
 * Changes the passphrase. The data and its backups are encrypted anew, which takes a while: a
 * lock asked meanwhile waits for the change to end. Rejects with the `ApiError`.
 */
export async function changePassphrase(current: string, next: string): Promise<void> {
  const work = vaultChange(current, next);
  changing = work;
  try {
    await work;
  } finally {
    if (changing === work) changing = null;
  }
}

async function lock(): Promise<void> {
  await changing?.catch(() => undefined);
  // A change typed a moment ago is saved before the data closes.
  await settle().catch(() => undefined);
  try {
    await vaultLock();
  } catch {
    // The window forgets the data all the same; whatever Rust still holds open is replaced
    // by the next unlock.
  }
  forgetDesk();
  vault.state = 'locked';
}

/** Locks now: saves what is pending, closes the data and shows the unlock screen. */
export function lockNow(): Promise<void> {
  if (vault.state !== 'unlocked') return locking ?? Promise.resolve();
  locking ??= lock().finally(() => {
    locking = null;
  });
  return locking;
}

// Rust refusing a command with `locked` means the data is closed already: show the unlock
// screen rather than errors.
whenLocked(() => {
  if (vault.state !== 'unlocked' || locking) return;
  forgetDesk();
  vault.state = 'locked';
});
