import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import type { Mission } from '$lib/bindings/Mission';
import type { MissionSummary } from '$lib/bindings/MissionSummary';
import { locale } from '$lib/i18n/locale.svelte';
import { missions } from '$lib/mission/missions.svelte';
import { vault } from '$lib/vault/vault.svelte';
import { pickBeforeUnlock, rememberedLanguage } from '$lib/i18n/remembered';
import { apiError, resetMocks } from '$lib/testing';
import { settings } from './settings.svelte';
import { start } from './start';
import { holdUntilSaved, view } from './view.svelte';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, [
    'settingsGet', 'missionList', 'missionGet', 'whenClosing', 'settingsSet',
  ], {
    systemLanguage: vi.fn(async () => null),
    vaultStatus: vi.fn(async () => ({ state: 'unlocked', unencryptedData: false })),
    appReady: vi.fn(async () => undefined),
  }),
);

const summary = (id: number): MissionSummary => ({
  id,
  client: `Client ${id}`,
  title: `Mission ${id}`,
  sponsorName: '',
  startDate: '2026-03-02',
  plannedEnd: null,
  status: 'active',
});

const full = (id: number): Mission => ({
  ...summary(id),
  sponsorTitle: '',
  managerName: '',
  context: '',
  language: 'fr',
  createdAt: '2026-03-02T09:00:00Z',
  updatedAt: '2026-03-02T09:00:00Z',
});

describe('start', () => {
  beforeEach(() => {
    vi.mocked(backend.vaultStatus).mockResolvedValue({ state: 'unlocked', unencryptedData: false });
    resetMocks(backend.settingsGet, backend.missionList, backend.missionGet);
    vi.mocked(backend.missionGet).mockImplementation(async (id) => full(id));
    missions.current = null;
    view.current = { name: 'loading' };
  });

  it('welcomes a first launch, in the saved language, and reports ready once', async () => {
    vi.mocked(backend.settingsGet).mockResolvedValue({ language: 'fr', lastMission: null, lockAfterMinutes: null });
    vi.mocked(backend.missionList).mockResolvedValue([]);
    await start();
    expect(view.current).toEqual({ name: 'welcome' });
    expect(locale.language).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
    await start();
    expect(backend.appReady).toHaveBeenCalledTimes(1);
  });

  it('saves what is still waiting before the window closes', async () => {
    vi.mocked(backend.settingsGet).mockResolvedValue({ language: 'en', lastMission: null, lockAfterMinutes: null });
    vi.mocked(backend.missionList).mockResolvedValue([]);
    await start();
    const beforeClose = vi.mocked(backend.whenClosing).mock.calls.at(-1)?.[0];
    expect(beforeClose).toBeTypeOf('function');
    const flush = vi.fn(async () => undefined);
    const release = holdUntilSaved(flush);
    await beforeClose?.();
    expect(flush).toHaveBeenCalledTimes(1);
    release();
  });

  it('reopens the mission worked on last time', async () => {
    vi.mocked(backend.settingsGet).mockResolvedValue({ language: 'en', lastMission: 2, lockAfterMinutes: null });
    vi.mocked(backend.missionList).mockResolvedValue([summary(3), summary(2)]);
    await start();
    expect(view.current).toEqual({ name: 'mission', id: 2, page: 'dashboard' });
    expect(missions.current?.id).toBe(2);
  });

  it('opens the newest open mission when none was remembered, or the remembered one is gone', async () => {
    vi.mocked(backend.settingsGet).mockResolvedValue({ language: 'en', lastMission: 9, lockAfterMinutes: 5 });
    vi.mocked(backend.missionList).mockResolvedValue([summary(3), summary(2)]);
    await start();
    expect(view.current).toEqual({ name: 'mission', id: 3, page: 'dashboard' });
    expect(settings.lockAfterMinutes).toBe(5);
  });

  it('shows why the data cannot be opened', async () => {
    const newer = apiError('newer_database', 'schema 9');
    vi.mocked(backend.settingsGet).mockRejectedValue(newer);
    vi.mocked(backend.missionList).mockResolvedValue([]);
    await start();
    expect(view.current).toEqual({ name: 'failed', error: newer });
  });
});

describe('the passphrase gate', () => {
  beforeEach(() => {
    resetMocks(backend.settingsGet, backend.missionList, backend.missionGet);
    vi.mocked(backend.settingsGet).mockResolvedValue({ language: 'en', lastMission: 2, lockAfterMinutes: null });
    vi.mocked(backend.missionList).mockResolvedValue([summary(2)]);
    vi.mocked(backend.missionGet).mockImplementation(async (id) => full(id));
    missions.list = [];
    missions.current = null;
    view.current = { name: 'loading' };
  });

  it('asks for a first passphrase before reading anything', async () => {
    vi.mocked(backend.vaultStatus).mockResolvedValue({ state: 'new', unencryptedData: true });
    await start();
    expect(vault.state).toBe('new');
    expect(vault.unencryptedData).toBe(true);
    expect(backend.settingsGet).not.toHaveBeenCalled();
    expect(backend.missionList).not.toHaveBeenCalled();
    expect(view.current).toEqual({ name: 'loading' });
  });

  it('asks for the passphrase when the data is locked, reading nothing meanwhile', async () => {
    vi.mocked(backend.vaultStatus).mockResolvedValue({ state: 'locked', unencryptedData: false });
    await start();
    expect(vault.state).toBe('locked');
    expect(backend.settingsGet).not.toHaveBeenCalled();
    expect(backend.missionList).not.toHaveBeenCalled();
    expect(missions.list).toEqual([]);
  });

  it('starts as usual once the data is unlocked, the first screen ready before the gate opens', async () => {
    vi.mocked(backend.vaultStatus).mockResolvedValue({ state: 'unlocked', unencryptedData: false });
    await start();
    expect(vault.state).toBe('unlocked');
    expect(backend.settingsGet).toHaveBeenCalledTimes(1);
    expect(view.current).toEqual({ name: 'mission', id: 2, page: 'dashboard' });
    expect(missions.current?.id).toBe(2);
  });

  it('shows why it cannot tell where the data stands', async () => {
    const storage = apiError('storage', 'cannot read the key file');
    vi.mocked(backend.vaultStatus).mockRejectedValue(storage);
    await start();
    expect(view.current).toEqual({ name: 'failed', error: storage });
    expect(backend.settingsGet).not.toHaveBeenCalled();
  });
});

describe('the language', () => {
  beforeEach(() => {
    resetMocks(backend.settingsGet, backend.missionList, backend.missionGet, backend.settingsSet);
    vi.mocked(backend.systemLanguage).mockResolvedValue(null);
    vi.mocked(backend.missionGet).mockImplementation(async (id) => ({ ...full(id), language: 'fr' }));
    vi.mocked(backend.settingsSet).mockImplementation(async (stored) => stored);
    vi.mocked(backend.vaultStatus).mockResolvedValue({ state: 'unlocked', unencryptedData: false });
    window.localStorage.clear();
    missions.current = null;
    view.current = { name: 'loading' };
  });

  it('before unlock: LANG / LC_MESSAGES as Rust reads them, else English', async () => {
    vi.mocked(backend.vaultStatus).mockResolvedValue({ state: 'locked', unencryptedData: false });
    vi.mocked(backend.systemLanguage).mockResolvedValue('fr');
    await start();
    expect(locale.language).toBe('fr');
    vi.mocked(backend.systemLanguage).mockResolvedValue(null);
    await start();
    expect(locale.language).toBe('en');
  });

  it('before unlock: the language last picked with a switch wins over the system', async () => {
    vi.mocked(backend.vaultStatus).mockResolvedValue({ state: 'locked', unencryptedData: false });
    vi.mocked(backend.systemLanguage).mockResolvedValue('en');
    window.localStorage.setItem('mandat.language', 'fr');
    await start();
    expect(locale.language).toBe('fr');
  });

  it('once unlocked with no setting and a silent system: the first mission\'s language', async () => {
    vi.mocked(backend.settingsGet).mockResolvedValue({ language: null, lastMission: null, lockAfterMinutes: null });
    vi.mocked(backend.missionList).mockResolvedValue([summary(4)]);
    await start();
    expect(locale.language).toBe('fr');
    vi.mocked(backend.missionGet).mockImplementation(async (id) => ({ ...full(id), language: 'en' }));
    await start();
    expect(locale.language).toBe('en');
  });

  it('once unlocked: the setting, then the system, before the mission', async () => {
    vi.mocked(backend.missionList).mockResolvedValue([summary(4)]);
    vi.mocked(backend.settingsGet).mockResolvedValue({ language: 'en', lastMission: null, lockAfterMinutes: null });
    vi.mocked(backend.systemLanguage).mockResolvedValue('fr');
    await start();
    expect(locale.language).toBe('en');
    vi.mocked(backend.settingsGet).mockResolvedValue({ language: null, lastMission: null, lockAfterMinutes: null });
    vi.mocked(backend.systemLanguage).mockResolvedValue('en');
    await start();
    expect(locale.language).toBe('en');
    expect(backend.settingsSet).not.toHaveBeenCalled();
  });

  it('a language picked before unlocking becomes the setting', async () => {
    vi.mocked(backend.settingsGet).mockResolvedValue({ language: 'en', lastMission: null, lockAfterMinutes: null });
    vi.mocked(backend.missionList).mockResolvedValue([]);
    pickBeforeUnlock('fr');
    expect(rememberedLanguage()).toBe('fr');
    await start();
    expect(locale.language).toBe('fr');
    expect(backend.settingsSet).toHaveBeenCalledWith({ language: 'fr', lastMission: null, lockAfterMinutes: null });
    // Taken once: the next start follows the setting again.
    vi.mocked(backend.settingsGet).mockResolvedValue({ language: 'en', lastMission: null, lockAfterMinutes: null });
    await start();
    expect(locale.language).toBe('en');
  });
});
