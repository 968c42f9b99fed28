import { invoke } from '@tauri-apps/api/core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import type { Mission } from '$lib/bindings/Mission';
import { reloadApp } from '$lib/app/reload';
import { holdUntilSaved, view } from '$lib/app/view.svelte';
import { missions } from '$lib/mission/missions.svelte';
import { apiError } from '$lib/testing';
import { lockNoted, takePlace } from './resume';
import { changePassphrase, lockNow, stillInUse, vault } from './vault.svelte';

const heard = vi.hoisted(() => ({ event: null as string | null, handler: null as (() => void) | null }));

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

vi.mock('@tauri-apps/api/event', () => ({
  listen: vi.fn(async (event: string, handler: () => void) => {
    heard.event = event;
    heard.handler = handler;
    return () => undefined;
  }),
}));

vi.mock('$lib/app/reload', () => ({ reloadApp: vi.fn() }));

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, ['vaultChange'], {
    vaultLock: vi.fn(async () => ({ state: 'locked', unencryptedData: false })),
  }),
);

const mission: Mission = {
  id: 4,
  client: 'Distribution Ravel',
  title: 'Recover IT',
  sponsorName: 'Claire Moreau',
  sponsorTitle: 'CEO',
  managerName: 'Anne Roy',
  startDate: '2026-03-02',
  plannedEnd: null,
  context: 'The WMS go-live was cancelled.',
  language: 'fr',
  status: 'active',
  createdAt: '2026-03-02T09:00:00Z',
  updatedAt: '2026-03-02T09:00:00Z',
};

/** The UI as it stands while working on a mission. */
function atWork() {
  vault.state = 'unlocked';
  missions.current = mission;
  view.current = { name: 'mission', id: 4, page: 'sheet' };
}

describe('lockNow', () => {
  beforeEach(() => {
    vi.mocked(backend.vaultLock).mockClear();
    vi.mocked(backend.vaultChange).mockReset();
    vi.mocked(reloadApp).mockReset();
    vi.mocked(invoke).mockReset();
    sessionStorage.clear();
    atWork();
  });

  it('saves what is pending first, then locks, then reloads the window onto the unlock screen', async () => {
    const order: string[] = [];
    const release = holdUntilSaved(async () => {
      order.push('saved');
    });
    vi.mocked(backend.vaultLock).mockImplementationOnce(async () => {
      order.push('locked');
      return { state: 'locked', unencryptedData: false };
    });
    vi.mocked(reloadApp).mockImplementationOnce(() => {
      order.push('reloaded');
    });
    await lockNow();
    release();
    expect(order).toEqual(['saved', 'locked', 'reloaded']);
    // Nothing of the data on screen while the page reloads; the reloaded page asks Rust.
    expect(vault.state).toBe('checking');
    // Only where the window was outlives the reload, to come back to it.
    expect(lockNoted()).toBe(true);
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('Ravel');
    expect(takePlace()).toEqual({ name: 'mission', id: 4, page: 'sheet' });
    expect(lockNoted()).toBe(false);
  });

  it('locks once when asked twice, and not at all while locked', async () => {
    await Promise.all([lockNow(), lockNow()]);
    expect(backend.vaultLock).toHaveBeenCalledTimes(1);
    expect(reloadApp).toHaveBeenCalledTimes(1);
    await lockNow();
    expect(backend.vaultLock).toHaveBeenCalledTimes(1);
    expect(reloadApp).toHaveBeenCalledTimes(1);
  });

  it('reloads even if Rust could not lock (the reloaded window asks it to lock again)', async () => {
    vi.mocked(backend.vaultLock).mockRejectedValueOnce(apiError('storage', 'gone'));
    await lockNow();
    expect(reloadApp).toHaveBeenCalledTimes(1);
    expect(lockNoted()).toBe(true);
  });

  it('waits for a change of passphrase under way before locking', async () => {
    let finish: () => void = () => undefined;
    vi.mocked(backend.vaultChange).mockReturnValue(
      new Promise<void>((resolve) => {
        finish = resolve;
      }),
    );
    const changing = changePassphrase('the blue ferry leaves', 'a red train at nine');
    const locking = lockNow();
    await Promise.resolve();
    await Promise.resolve();
    expect(backend.vaultLock).not.toHaveBeenCalled();
    finish();
    await changing;
    await locking;
    expect(backend.vaultLock).toHaveBeenCalledTimes(1);
    expect(reloadApp).toHaveBeenCalledTimes(1);
  });

  it('reloads onto the unlock screen when a command finds the data locked under it', async () => {
    vi.mocked(invoke).mockRejectedValueOnce(apiError('locked'));
    await expect(backend.missionList()).rejects.toMatchObject({ code: 'locked' });
    expect(reloadApp).toHaveBeenCalledTimes(1);
    expect(vault.state).toBe('checking');
    expect(backend.vaultLock).not.toHaveBeenCalled();
  });

  it('reloads onto the unlock screen when Rust says it locked after the idle minutes', async () => {
    await vi.waitFor(() => expect(heard.handler).not.toBeNull());
    expect(heard.event).toBe('vault-locked');
    heard.handler?.();
    expect(reloadApp).toHaveBeenCalledTimes(1);
    expect(vault.state).toBe('checking');
    // Heard again once reloading: nothing more.
    heard.handler?.();
    expect(reloadApp).toHaveBeenCalledTimes(1);
  });
});

describe('stillInUse', () => {
  beforeEach(() => {
    vi.mocked(reloadApp).mockReset();
    vi.mocked(invoke).mockReset();
    atWork();
  });

  it('asks Rust where the data stands, which counts as use there', async () => {
    vi.mocked(invoke).mockResolvedValueOnce({ state: 'unlocked', unencryptedData: false });
    await stillInUse();
    expect(invoke).toHaveBeenCalledWith('vault_status', undefined);
    expect(reloadApp).not.toHaveBeenCalled();
    expect(vault.state).toBe('unlocked');
  });

  it('reloads onto the unlock screen when Rust has locked meanwhile', async () => {
    vi.mocked(invoke).mockResolvedValueOnce({ state: 'locked', unencryptedData: false });
    await stillInUse();
    expect(reloadApp).toHaveBeenCalledTimes(1);
  });

  it('asks nothing while locked', async () => {
    vault.state = 'locked';
    await stillInUse();
    expect(invoke).not.toHaveBeenCalled();
  });
});
