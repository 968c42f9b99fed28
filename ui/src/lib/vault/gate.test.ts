// The whole window: nothing of the data before the passphrase, and locking — idle, Ctrl+L or
// the top bar's button — reloads the window onto the unlock screen, forgetting the data with the
// page; unlocking then comes back to the screen it left.

import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import type { MissionSummary } from '$lib/bindings/MissionSummary';
import type { Settings } from '$lib/bindings/Settings';
import { reloadApp } from '$lib/app/reload';
import { holdUntilSaved, view } from '$lib/app/view.svelte';
import { sampleMission } from '$lib/charter/samples';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { missions } from '$lib/mission/missions.svelte';
import { resetMocks } from '$lib/testing';
import App from '../../App.svelte';
import { REPORT_EVERY_MS } from './idle';
import { vault } from './vault.svelte';

vi.mock('$lib/app/reload', () => ({ reloadApp: vi.fn() }));

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

/** The window reloads (every store of the UI goes with the page), nothing of the data shown. */
async function expectLocked() {
  await waitFor(() => expect(reloadApp).toHaveBeenCalledTimes(1));
  expect(screen.queryByTestId('mission-heading')).toBeNull();
  expect(screen.queryByTestId('nav-missions')).toBeNull();
  expect(document.getElementById('mission-switcher')).toBeNull();
  expect(document.body.textContent).not.toContain(sampleMission.client);
  expect(document.body.textContent).not.toContain(sampleMission.title);
}

/** What the reload does here: the page starts over (the stores' leftovers aside). */
function reload() {
  cleanup();
  view.current = { name: 'loading' };
  render(App);
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
    vi.mocked(reloadApp).mockReset();
    sessionStorage.clear();
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

  it('locks after the minutes of the settings without use, saving first, and reloads', async () => {
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
    await expectLocked();
    expect(backend.vaultLock).toHaveBeenCalledTimes(1);
    expect(flush).toHaveBeenCalledTimes(1);
    expect(flush.mock.invocationCallOrder[0]).toBeLessThan(vi.mocked(backend.vaultLock).mock.invocationCallOrder[0]);
    expect(vi.mocked(backend.vaultLock).mock.invocationCallOrder[0]).toBeLessThan(
      vi.mocked(reloadApp).mock.invocationCallOrder[0],
    );
    release();
  });

  it('locks after 10 minutes when the settings say nothing', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await atDesk(null);
    await vi.advanceTimersByTimeAsync(10 * MINUTE - 1_000);
    expect(backend.vaultLock).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2_000);
    await expectLocked();
  });

  it('tells Rust of use of the window, at most every 20 seconds and after the last use', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await atDesk();
    vi.mocked(backend.vaultStatus).mockClear();
    await fireEvent.keyDown(document.body, { key: 'a' });
    expect(backend.vaultStatus).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(3_000);
      await fireEvent.pointerMove(document.body);
    }
    expect(backend.vaultStatus).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(REPORT_EVERY_MS);
    expect(backend.vaultStatus).toHaveBeenCalledTimes(2);
    // No use since: nothing more to tell.
    await vi.advanceTimersByTimeAsync(5 * REPORT_EVERY_MS);
    expect(backend.vaultStatus).toHaveBeenCalledTimes(2);
  });

  it('reloads when Rust answers that it locked by itself', async () => {
    await atDesk();
    vi.mocked(backend.vaultStatus).mockResolvedValue({ state: 'locked', unencryptedData: false });
    await fireEvent.pointerDown(document.body);
    await expectLocked();
    expect(backend.vaultLock).not.toHaveBeenCalled();
  });

  it('locks on Ctrl+L, wherever the focus is', async () => {
    await atDesk();
    await fireEvent.keyDown(window, { key: 'l', ctrlKey: true });
    await expectLocked();
    expect(backend.vaultLock).toHaveBeenCalledTimes(1);
  });

  it('locks from the top bar’s button, named for it and its shortcut', async () => {
    await atDesk();
    const button = screen.getByTestId('lock-now');
    expect(button.textContent?.trim()).toBe('Lock');
    expect(button.getAttribute('aria-keyshortcuts')).toBe('Control+L');
    await fireEvent.click(button);
    await expectLocked();
  });

  it('shows the unlock screen once reloaded, then the screen it locked on', async () => {
    await atDesk();
    await fireEvent.click(screen.getByTestId('nav-security'));
    await waitFor(() => screen.getByTestId('security-page'));
    await fireEvent.click(screen.getByTestId('lock-now'));
    await expectLocked();
    expect(backend.vaultLock).toHaveBeenCalledTimes(1);

    reload();
    await waitFor(() => screen.getByTestId('vault-unlock'));
    // The reloaded window makes sure Rust locked before it shows anything.
    expect(backend.vaultLock).toHaveBeenCalledTimes(2);
    expect(screen.queryByTestId('nav-missions')).toBeNull();
    // The unlock screen has the focus on its field.
    expect(document.activeElement?.id).toBe('vault-passphrase');

    vi.mocked(backend.vaultUnlock).mockResolvedValue({ state: 'unlocked', unencryptedData: false });
    const field = document.getElementById('vault-passphrase') as HTMLInputElement;
    await fireEvent.input(field, { target: { value: 'the blue ferry leaves' } });
    await fireEvent.submit(field.form as HTMLFormElement);
    await waitFor(() => screen.getByTestId('security-page'));
    expect(screen.getByTestId('nav-security').getAttribute('aria-current')).toBe('page');
  });

  it('leads to the security page from the sidebar', async () => {
    await atDesk();
    await fireEvent.click(screen.getByTestId('nav-security'));
    await waitFor(() => screen.getByTestId('security-page'));
    expect(screen.getByTestId('nav-security').getAttribute('aria-current')).toBe('page');
  });
});
