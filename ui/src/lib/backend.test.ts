import { invoke } from '@tauri-apps/api/core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isApiError, missionList, missionUpdate, settingsSet, toApiError } from './backend';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

describe('backend', () => {
  beforeEach(() => {
    vi.mocked(invoke).mockReset();
  });

  it('calls each command by its name, with camelCase arguments', async () => {
    vi.mocked(invoke).mockResolvedValue([]);
    await missionList();
    expect(invoke).toHaveBeenLastCalledWith('mission_list', undefined);

    const draft = {
      client: 'Acme',
      title: 'Recovery',
      sponsorName: '',
      sponsorTitle: '',
      managerName: '',
      startDate: '2026-03-02',
      plannedEnd: '',
      context: '',
      language: 'fr' as const,
    };
    await missionUpdate(4, draft);
    expect(invoke).toHaveBeenLastCalledWith('mission_update', { id: 4, draft });

    await settingsSet({ language: 'fr', lastMission: 4 });
    expect(invoke).toHaveBeenLastCalledWith('settings_set', {
      settings: { language: 'fr', lastMission: 4 },
    });
  });

  it('passes an ApiError from Rust through unchanged', async () => {
    const refusal = { code: 'closed', message: 'mission 4 is closed', field: null, limit: null, items: [] };
    vi.mocked(invoke).mockRejectedValue(refusal);
    await expect(missionList()).rejects.toEqual(refusal);
  });

  it('turns anything else thrown into a storage error', async () => {
    vi.mocked(invoke).mockRejectedValue('ipc channel closed');
    await expect(missionList()).rejects.toEqual({
      code: 'storage',
      message: 'ipc channel closed',
      field: null,
      limit: null,
      items: [],
    });
    vi.mocked(invoke).mockRejectedValue(new TypeError('no runtime'));
    await expect(missionList()).rejects.toMatchObject({ code: 'storage', message: 'no runtime' });
  });

  it('tells an ApiError from other values', () => {
    expect(isApiError({ code: 'required', message: 'm', field: 'client', limit: null, items: [] })).toBe(true);
    expect(isApiError({ code: 'open_clauses', message: 'm', field: null, limit: null, items: ['Scope'] })).toBe(true);
    expect(isApiError({ code: 'teapot', message: 'm', field: null, limit: null, items: [] })).toBe(false);
    expect(isApiError({ code: 'required' })).toBe(false);
    expect(isApiError(null)).toBe(false);
    expect(toApiError({ code: 'not_found', message: 'gone' })).toEqual({
      code: 'not_found',
      message: 'gone',
      field: null,
      limit: null,
      items: [],
    });
  });
});
