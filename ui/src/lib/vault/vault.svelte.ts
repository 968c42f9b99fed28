// Where the passphrase stands for the window. Nothing of the data shows until it is unlocked.
// Locking saves what is pending, closes the data in Rust, then reloads the window onto the
// unlock screen: whatever the UI held of the data goes with the page, by construction, and the
// next unlock reads everything afresh, as at launch.

import { vaultChange, vaultLock, vaultStatus, whenLocked } from '../backend';
import type { VaultState } from '../bindings/VaultState';
import type { VaultStatus } from '../bindings/VaultStatus';
import { reloadApp } from '../app/reload';
import { settle, view } from '../app/view.svelte';
import { noteLock } from './resume';

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

/**
 * Starts the window over on the unlock screen: the page reloads, and every store of the UI with
 * it. Only the screen's name is noted, to come back to it after unlocking.
 */
function startOver(): void {
  noteLock(view.current);
  // Nothing of the data on screen while the page reloads.
  vault.state = 'checking';
  reloadApp();
}

async function lock(): Promise<void> {
  await changing?.catch(() => undefined);
  // A change typed a moment ago is saved before the data closes.
  await settle().catch(() => undefined);
  try {
    await vaultLock();
  } catch {
    // The reloaded window asks Rust to lock again before anything else (see start.ts).
  }
  startOver();
}

/** Locks now: saves what is pending, closes the data and reloads onto the unlock screen. */
export function lockNow(): Promise<void> {
  if (vault.state !== 'unlocked') return locking ?? Promise.resolve();
  locking ??= lock().finally(() => {
    locking = null;
  });
  return locking;
}

/** The data was closed under the window (Rust locked it after the idle minutes): start over. */
function lockedUnder(): void {
  if (vault.state !== 'unlocked' || locking) return;
  startOver();
}

/**
 * The window's sign of life: Rust counts the idle minutes too, and asking where the data stands
 * counts as use (see `reportUse`). Finds out meanwhile whether Rust locked it already.
 */
export async function stillInUse(): Promise<void> {
  if (vault.state !== 'unlocked') return;
  try {
    if ((await vaultStatus()).state !== 'unlocked') lockedUnder();
  } catch {
    // The next command will tell.
  }
}

// Rust refusing a command with `locked`, or telling the window it locked the data by itself
// after the idle minutes: show the unlock screen rather than errors.
whenLocked(lockedUnder);
