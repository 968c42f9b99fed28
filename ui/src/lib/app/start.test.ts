import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import type { Mission } from '$lib/bindings/Mission';
import type { MissionSummary } from '$lib/bindings/MissionSummary';
import { locale } from '$lib/i18n/locale.svelte';
import { missions } from '$lib/mission/missions.svelte';
import { start } from './start';
import { holdUntilSaved, view } from './view.svelte';

vi.mock('$lib/backend', async (importOriginal) => ({
  ...(await importOriginal<typeof import('$lib/backend')>()),
  settingsGet: vi.fn(),
  missionList: vi.fn(),
  missionGet: vi.fn(),
  appReady: vi.fn(async () => undefined),
  whenClosing: vi.fn(),
}));

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
    vi.mocked(backend.missionGet).mockReset();
    vi.mocked(backend.missionGet).mockImplementation(async (id) => full(id));
    missions.current = null;
  });

  it('welcomes a first launch, in the saved language, and reports ready once', async () => {
    vi.mocked(backend.settingsGet).mockResolvedValue({ language: 'fr', lastMission: null });
    vi.mocked(backend.missionList).mockResolvedValue([]);
    await start();
    expect(view.current).toEqual({ name: 'welcome' });
    expect(locale.language).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
    await start();
    expect(backend.appReady).toHaveBeenCalledTimes(1);
  });

  it('saves what is still waiting before the window closes', async () => {
    vi.mocked(backend.settingsGet).mockResolvedValue({ language: 'en', lastMission: null });
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
    vi.mocked(backend.settingsGet).mockResolvedValue({ language: 'en', lastMission: 2 });
    vi.mocked(backend.missionList).mockResolvedValue([summary(3), summary(2)]);
    await start();
    expect(view.current).toEqual({ name: 'mission', id: 2, page: 'dashboard' });
    expect(missions.current?.id).toBe(2);
  });

  it('opens the newest open mission when none was remembered, or the remembered one is gone', async () => {
    vi.mocked(backend.settingsGet).mockResolvedValue({ language: 'en', lastMission: 9 });
    vi.mocked(backend.missionList).mockResolvedValue([summary(3), summary(2)]);
    await start();
    expect(view.current).toEqual({ name: 'mission', id: 3, page: 'dashboard' });
  });

  it('shows why the data cannot be opened', async () => {
    const newer = { code: 'newer_database', message: 'schema 9', field: null, limit: null, items: [] };
    vi.mocked(backend.settingsGet).mockRejectedValue(newer);
    vi.mocked(backend.missionList).mockResolvedValue([]);
    await start();
    expect(view.current).toEqual({ name: 'failed', error: newer });
  });
});
