// The whole window: nothing of the data before the passphrase, and locking — idle, Ctrl+L or
// the top bar's button — puts the unlock screen back and forgets the data.

import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import type { MissionSummary } from '$lib/bindings/MissionSummary';
import type { Settings } from '$lib/bindings/Settings';
import { holdUntilSaved, view } from '$lib/app/view.svelte';
import { charter } from '$lib/charter/charter.svelte';
import { sampleMission } from '$lib/charter/samples';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { missions } from '$lib/mission/missions.svelte';
import { resetMocks } from '$lib/testing';
import App from '../../App.svelte';
import { vault } from './vault.svelte';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, [
    'vaultStatus', 'vaultUnlock', 'settingsGet', 'missionList', 'missionGet', 'whenClosing',
  ], {
    vaultLock: vi.fn(async () => ({ state: 'locked', unencryptedData: false })),
    charterGet: vi.fn(async () => null),
    announcementBoard: vi.fn(async () => ({ toAnnounce: null, audiences: [] })),
    appReady: vi.fn(async () => undefined),
  }),
);

const MINUTE = 60_000;

const summary: MissionSummary = {
  id: sampleMission.id,
  client: sampleMission.client,
  title: sampleMission.title,
  sponsorName: sampleMission.sponsorName,
  startDate: sampleMission.startDate,
  plannedEnd: sampleMission.plannedEnd,
  status: sampleMission.status,
};

function stored(lockAfterMinutes: number | null): Settings {
  return { language: 'en', lastMission: sampleMission.id, lockAfterMinutes };
}

/** The desk as it opens at the last mission, once the data is unlocked. */
async function atDesk(lockAfterMinutes: number | null = null) {
  vi.mocked(backend.vaultStatus).mockResolvedValue({ state: 'unlocked', unencryptedData: false });
  vi.mocked(backend.settingsGet).mockResolvedValue(stored(lockAfterMinutes));
  render(App);
  await waitFor(() => expect(screen.getByTestId('mission-heading').textContent).toBe(sampleMission.title));
}

function expectLocked() {
  expect(screen.getByTestId('vault-unlock')).toBeTruthy();
  expect(screen.queryByTestId('mission-heading')).toBeNull();
  expect(screen.queryByTestId('nav-missions')).toBeNull();
  expect(document.getElementById('mission-switcher')).toBeNull();
  expect(document.body.textContent).not.toContain(sampleMission.client);
  expect(missions.list).toEqual([]);
  expect(missions.current).toBeNull();
  expect(charter.missionId).toBeNull();
  expect(view.current).toEqual({ name: 'loading' });
}

describe('the passphrase gate', () => {
  beforeEach(() => {
    setLanguage('en');
    vault.state = 'checking';
    view.current = { name: 'loading' };
    missions.list = [];
    missions.current = null;
    resetMocks(backend.vaultStatus, backend.vaultUnlock);
    vi.mocked(backend.vaultLock).mockClear();
    resetMocks(backend.settingsGet, backend.missionList);
    vi.mocked(backend.missionList).mockResolvedValue([summary]);
    vi.mocked(backend.missionGet).mockReset();
    vi.mocked(backend.missionGet).mockResolvedValue(sampleMission);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the setup screen alone on a first launch', async () => {
    vi.mocked(backend.vaultStatus).mockResolvedValue({ state: 'new', unencryptedData: false });
    render(App);
    await waitFor(() => screen.getByTestId('vault-setup'));
    expect(screen.queryByTestId('nav-missions')).toBeNull();
    expect(screen.queryByTestId('lock-now')).toBeNull();
    expect(backend.settingsGet).not.toHaveBeenCalled();
    expect(backend.missionList).not.toHaveBeenCalled();
  });

  it('shows the unlock screen alone while locked, then the last mission once unlocked', async () => {
    vi.mocked(backend.vaultStatus).mockResolvedValue({ state: 'locked', unencryptedData: false });
    vi.mocked(backend.vaultUnlock).mockResolvedValue({ state: 'unlocked', unencryptedData: false });
    vi.mocked(backend.settingsGet).mockResolvedValue(stored(null));
    render(App);
    await waitFor(() => screen.getByTestId('vault-unlock'));
    expect(screen.queryByTestId('nav-missions')).toBeNull();
    expect(screen.queryByTestId('mission-heading')).toBeNull();
    expect(backend.missionList).not.toHaveBeenCalled();

    const field = document.getElementById('vault-passphrase') as HTMLInputElement;
    await fireEvent.input(field, { target: { value: 'the blue ferry leaves' } });
    await fireEvent.submit(field.form as HTMLFormElement);
    await waitFor(() => expect(screen.getByTestId('mission-heading').textContent).toBe(sampleMission.title));
    expect(screen.queryByTestId('vault-unlock')).toBeNull();
    expect(screen.getByTestId('nav-security')).toBeTruthy();
  });

  it('locks after the minutes of the settings without use, saving first, and forgets the data', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await atDesk(2);
    const flush = vi.fn(async () => undefined);
    const release = holdUntilSaved(flush);
    await vi.advanceTimersByTimeAsync(MINUTE);
    // Some use of the window starts the count again.
    await fireEvent.pointerMove(document.body);
    await vi.advanceTimersByTimeAsync(MINUTE + 30_000);
    expect(backend.vaultLock).not.toHaveBeenCalled();
    expect(screen.getByTestId('mission-heading')).toBeTruthy();
    await vi.advanceTimersByTimeAsync(MINUTE);
    await waitFor(() => screen.getByTestId('vault-unlock'));
    expect(backend.vaultLock).toHaveBeenCalledTimes(1);
    expect(flush).toHaveBeenCalledTimes(1);
    expect(flush.mock.invocationCallOrder[0]).toBeLessThan(vi.mocked(backend.vaultLock).mock.invocationCallOrder[0]);
    release();
    expectLocked();
  });

  it('locks after 10 minutes when the settings say nothing', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await atDesk(null);
    await vi.advanceTimersByTimeAsync(10 * MINUTE - 1_000);
    expect(backend.vaultLock).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2_000);
    await waitFor(() => screen.getByTestId('vault-unlock'));
    expectLocked();
  });

  it('locks on Ctrl+L, wherever the focus is', async () => {
    await atDesk();
    await fireEvent.keyDown(window, { key: 'l', ctrlKey: true });
    await waitFor(() => screen.getByTestId('vault-unlock'));
    expect(backend.vaultLock).toHaveBeenCalledTimes(1);
    expectLocked();
  });

  it('locks from the top bar’s button, named for it and its shortcut', async () => {
    await atDesk();
    const button = screen.getByTestId('lock-now');
    expect(button.textContent?.trim()).toBe('Lock');
    expect(button.getAttribute('aria-keyshortcuts')).toBe('Control+L');
    await fireEvent.click(button);
    await waitFor(() => screen.getByTestId('vault-unlock'));
    expectLocked();
    // The unlock screen has the focus on its field.
    expect(document.activeElement?.id).toBe('vault-passphrase');
  });

  it('leads to the security page from the sidebar', async () => {
    await atDesk();
    await fireEvent.click(screen.getByTestId('nav-security'));
    await waitFor(() => screen.getByTestId('security-page'));
    expect(screen.getByTestId('nav-security').getAttribute('aria-current')).toBe('page');
  });
});
