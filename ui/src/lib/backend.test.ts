import { invoke } from '@tauri-apps/api/core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  announcementAdd,
  audienceRename,
  charterAmend,
  charterCompare,
  charterDecide,
  charterGet,
  clauseComment,
  clauseMove,
  clauseUpdate,
  isApiError,
  missionList,
  missionUpdate,
  settingsSet,
  toApiError,
} from './backend';

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

  it('calls the charter and announcement commands with the argument names Rust expects', async () => {
    vi.mocked(invoke).mockResolvedValue(null);
    await charterGet(4);
    expect(invoke).toHaveBeenLastCalledWith('charter_get', { missionId: 4, number: null });
    await charterGet(4, 2);
    expect(invoke).toHaveBeenLastCalledWith('charter_get', { missionId: 4, number: 2 });

    const input = {
      section: 'milestone' as const,
      title: 'Go-live',
      detail: '',
      due: '2027-03-01',
      amount: '',
      currency: '',
      authority: null,
      decision: null,
      approver: '',
    };
    await clauseUpdate(7, 'k3', input);
    expect(invoke).toHaveBeenLastCalledWith('clause_update', { versionId: 7, key: 'k3', input });
    await clauseMove(7, 'k3', -1);
    expect(invoke).toHaveBeenLastCalledWith('clause_move', { versionId: 7, key: 'k3', offset: -1 });
    await clauseComment(7, 'k3', 'ceo', 'Fine');
    expect(invoke).toHaveBeenLastCalledWith('clause_comment', { versionId: 7, key: 'k3', author: 'ceo', body: 'Fine' });

    const decision = { verdict: 'approve' as const, approverName: 'C', approverTitle: 'CEO', decidedOn: '', note: '' };
    await charterDecide(7, decision);
    expect(invoke).toHaveBeenLastCalledWith('charter_decide', { versionId: 7, decision });
    await charterAmend(4, 'More budget');
    expect(invoke).toHaveBeenLastCalledWith('charter_amend', { missionId: 4, reason: 'More budget' });
    await charterCompare(4, 1, 2);
    expect(invoke).toHaveBeenLastCalledWith('charter_compare', { missionId: 4, from: 1, to: 2 });

    await audienceRename(9, 'IT');
    expect(invoke).toHaveBeenLastCalledWith('audience_rename', { audienceId: 9, name: 'IT' });
    const announcement = { audienceId: 9, announcedBy: 'A', announcedOn: '', channel: 'email' as const, note: '' };
    await announcementAdd(announcement);
    expect(invoke).toHaveBeenLastCalledWith('announcement_add', { input: announcement });
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
