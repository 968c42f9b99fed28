import { invoke } from '@tauri-apps/api/core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import type { Charter } from '$lib/bindings/Charter';
import type { Mission } from '$lib/bindings/Mission';
import { notice } from '$lib/app/notice.svelte';
import { saving } from '$lib/app/saving.svelte';
import { settings } from '$lib/app/settings.svelte';
import { holdUntilSaved, view } from '$lib/app/view.svelte';
import { charter } from '$lib/charter/charter.svelte';
import { missions } from '$lib/mission/missions.svelte';
import { apiError } from '$lib/testing';
import { changePassphrase, lockNow, vault } from './vault.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

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
  missions.list = [
    {
      id: 4,
      client: mission.client,
      title: mission.title,
      sponsorName: mission.sponsorName,
      startDate: mission.startDate,
      plannedEnd: null,
      status: 'active',
    },
  ];
  missions.current = mission;
  charter.missionId = 4;
  charter.current = { version: { missionId: 4 } } as unknown as Charter;
  charter.loaded = true;
  settings.lastMission = 4;
  settings.lockAfterMinutes = 5;
  saving.state = 'saved';
  saving.at = new Date();
  notice.error = apiError('closed');
  view.current = { name: 'mission', id: 4, page: 'sheet' };
  view.beforeNew = { name: 'missions' };
}

describe('lockNow', () => {
  beforeEach(() => {
    vi.mocked(backend.vaultLock).mockClear();
    vi.mocked(backend.vaultChange).mockReset();
    atWork();
  });

  it('saves what is pending first, then locks, then forgets every piece of the data', async () => {
    const order: string[] = [];
    const release = holdUntilSaved(async () => {
      order.push('saved');
    });
    vi.mocked(backend.vaultLock).mockImplementationOnce(async () => {
      order.push('locked');
      return { state: 'locked', unencryptedData: false };
    });
    await lockNow();
    release();
    expect(order).toEqual(['saved', 'locked']);
    expect(vault.state).toBe('locked');
    expect(missions.list).toEqual([]);
    expect(missions.current).toBeNull();
    expect(charter).toEqual({ missionId: null, current: null, loaded: false, failed: null });
    expect(settings).toEqual({ language: null, lastMission: null, lockAfterMinutes: null });
    expect(saving).toEqual({ state: 'idle', at: null });
    expect(notice.error).toBeNull();
    expect(view.current).toEqual({ name: 'loading' });
    expect(view.beforeNew).toBeNull();
    expect(JSON.stringify({ missions, charter, view })).not.toContain('Ravel');
  });

  it('locks once when asked twice, and not at all while locked', async () => {
    await Promise.all([lockNow(), lockNow()]);
    expect(backend.vaultLock).toHaveBeenCalledTimes(1);
    await lockNow();
    expect(backend.vaultLock).toHaveBeenCalledTimes(1);
  });

  it('hides the data even if Rust could not lock', async () => {
    vi.mocked(backend.vaultLock).mockRejectedValueOnce(apiError('storage', 'gone'));
    await lockNow();
    expect(vault.state).toBe('locked');
    expect(missions.current).toBeNull();
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
    expect(vault.state).toBe('locked');
  });

  it('shows the unlock screen when a command finds the data locked under it', async () => {
    vi.mocked(invoke).mockRejectedValueOnce(apiError('locked'));
    await expect(backend.missionList()).rejects.toMatchObject({ code: 'locked' });
    expect(vault.state).toBe('locked');
    expect(missions.current).toBeNull();
    expect(missions.list).toEqual([]);
    expect(backend.vaultLock).not.toHaveBeenCalled();
  });
});
