import { invoke } from '@tauri-apps/api/core';
import { getCurrentWebview } from '@tauri-apps/api/webview';
import { open, save } from '@tauri-apps/plugin-dialog';
import { revealItemInDir } from '@tauri-apps/plugin-opener';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  announcementAdd,
  audienceRename,
  backupCreate,
  backupHolding,
  backupList,
  backupPurgePerson,
  backupRestore,
  charterAmend,
  charterCompare,
  charterDecide,
  charterGet,
  chooseOpenPath,
  chooseSavePath,
  clauseComment,
  clauseMove,
  clauseUpdate,
  documentExport,
  documentVerify,
  identityCreate,
  identityGet,
  identityImport,
  isApiError,
  missionList,
  missionUpdate,
  onFileDrop,
  retentionApply,
  retentionProposal,
  retentionSetPeriod,
  revealInFolder,
  settingsSet,
  signingClear,
  signingSign,
  signingState,
  toApiError,
  transferExport,
  transferImport,
  transferPreview,
  vaultChange,
  vaultCreate,
  vaultLock,
  vaultRecover,
  vaultStatus,
  vaultUnlock,
  whenLocked,
} from './backend';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
vi.mock('@tauri-apps/api/webview', () => ({ getCurrentWebview: vi.fn() }));
vi.mock('@tauri-apps/plugin-dialog', () => ({ open: vi.fn(), save: vi.fn() }));
vi.mock('@tauri-apps/plugin-opener', () => ({ revealItemInDir: vi.fn() }));

type Scripted = { __MANDAT_E2E_DIALOG__?: unknown };

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

    await settingsSet({ language: 'fr', lastMission: 4, lockAfterMinutes: 5 });
    expect(invoke).toHaveBeenLastCalledWith('settings_set', {
      settings: { language: 'fr', lastMission: 4, lockAfterMinutes: 5 },
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
    const refusal = { code: 'closed', message: 'mission 4 is closed', field: null, limit: null, items: [], also: [] };
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
      also: [],
    });
    vi.mocked(invoke).mockRejectedValue(new TypeError('no runtime'));
    await expect(missionList()).rejects.toMatchObject({ code: 'storage', message: 'no runtime' });
  });

  it('tells an ApiError from other values', () => {
    expect(isApiError({ code: 'required', message: 'm', field: 'client', limit: null, items: [], also: [] })).toBe(true);
    expect(isApiError({ code: 'open_clauses', message: 'm', field: null, limit: null, items: ['Scope'], also: [] })).toBe(true);
    expect(isApiError({ code: 'teapot', message: 'm', field: null, limit: null, items: [], also: [] })).toBe(false);
    expect(isApiError({ code: 'required' })).toBe(false);
    expect(isApiError(null)).toBe(false);
    expect(toApiError({ code: 'not_found', message: 'gone' })).toEqual({
      code: 'not_found',
      message: 'gone',
      field: null,
      limit: null,
      items: [],
      also: [],
    });
  });
});

describe('signing and documents', () => {
  beforeEach(() => {
    vi.mocked(invoke).mockReset();
    vi.mocked(invoke).mockResolvedValue(null);
  });

  it('calls the signing, key and document commands with the argument names Rust expects', async () => {
    await signingState(7);
    expect(invoke).toHaveBeenLastCalledWith('signing_state', { versionId: 7 });
    const input = {
      role: 'sponsor' as const,
      name: 'Claire Moreau',
      title: 'CEO',
      place: 'Lyon',
      width: 480,
      height: 180,
      strokes: [[[1, 2] as [number, number], [3, 4] as [number, number]]],
    };
    await signingSign(7, input);
    expect(invoke).toHaveBeenLastCalledWith('signing_sign', { versionId: 7, input });
    await signingClear(7, 'manager');
    expect(invoke).toHaveBeenLastCalledWith('signing_clear', { versionId: 7, role: 'manager' });

    await identityGet();
    expect(invoke).toHaveBeenLastCalledWith('identity_get', undefined);
    await identityCreate('Anne Roy');
    expect(invoke).toHaveBeenLastCalledWith('identity_create', { name: 'Anne Roy' });
    await identityImport('/keys/anne.p12', 'secret');
    expect(invoke).toHaveBeenLastCalledWith('identity_import', { path: '/keys/anne.p12', password: 'secret' });

    const request = { missionId: 4, number: 2, language: 'fr' as const, path: '/tmp/c.pdf' };
    await documentExport(request);
    expect(invoke).toHaveBeenLastCalledWith('document_export', { request });
    await documentVerify('/tmp/c.pdf');
    expect(invoke).toHaveBeenLastCalledWith('document_verify', { path: '/tmp/c.pdf' });
  });

  it('knows the new refusals by their code', () => {
    for (const code of ['not_approved', 'signed', 'key_file', 'mission_file', 'file', 'typesetting']) {
      expect(isApiError({ code, message: 'm', field: null, limit: null, items: [], also: [] }), code).toBe(true);
    }
  });
});

describe('backups', () => {
  beforeEach(() => {
    vi.mocked(invoke).mockReset();
    vi.mocked(invoke).mockResolvedValue([]);
  });

  it('lists, makes and restores backups, the backup named by its file', async () => {
    await backupList();
    expect(invoke).toHaveBeenLastCalledWith('backup_list', undefined);
    await backupCreate();
    expect(invoke).toHaveBeenLastCalledWith('backup_create', undefined);
    await backupRestore('mandat-20261110T093000.123Z-manual.sqlite3');
    expect(invoke).toHaveBeenLastCalledWith('backup_restore', {
      file: 'mandat-20261110T093000.123Z-manual.sqlite3',
    });
  });

  it('names the backups holding a person and purges them, with the argument Rust expects', async () => {
    await backupHolding(7);
    expect(invoke).toHaveBeenLastCalledWith('backup_holding', { personId: 7 });
    await backupPurgePerson(7);
    expect(invoke).toHaveBeenLastCalledWith('backup_purge_person', { personId: 7 });
  });

  it('keeps the code of a backup that is not a sound database', async () => {
    const refusal = { code: 'corrupt', message: 'the database is damaged', field: null, limit: null, items: [], also: [] };
    expect(isApiError(refusal)).toBe(true);
    vi.mocked(invoke).mockRejectedValue(refusal);
    await expect(backupRestore('b.sqlite3')).rejects.toEqual(refusal);
  });
});

describe('retention of the wellbeing notes', () => {
  beforeEach(() => {
    vi.mocked(invoke).mockReset();
    vi.mocked(invoke).mockResolvedValue(null);
  });

  it('proposes, applies and sets the period with the argument names Rust expects', async () => {
    await retentionProposal(4, '2026-07-01');
    expect(invoke).toHaveBeenLastCalledWith('retention_proposal', { missionId: 4, on: '2026-07-01' });
    await retentionApply(4, '');
    expect(invoke).toHaveBeenLastCalledWith('retention_apply', { missionId: 4, on: '' });
    await retentionSetPeriod(4, 6);
    expect(invoke).toHaveBeenLastCalledWith('retention_set_period', { missionId: 4, months: 6 });
  });
});

describe('moving a mission', () => {
  beforeEach(() => {
    vi.mocked(invoke).mockReset();
    vi.mocked(invoke).mockResolvedValue(null);
  });

  it('exports, previews and imports a mission file with the argument names Rust expects', async () => {
    await transferExport(4, 'the blue ferry leaves', '/home/anne/Ravel.mandat', {
      includeWellbeing: true,
    });
    expect(invoke).toHaveBeenLastCalledWith('transfer_export', {
      missionId: 4,
      passphrase: 'the blue ferry leaves',
      path: '/home/anne/Ravel.mandat',
      options: { includeWellbeing: true },
    });
    await transferPreview('/tmp/Ravel.mandat', 'the blue ferry leaves');
    expect(invoke).toHaveBeenLastCalledWith('transfer_preview', {
      path: '/tmp/Ravel.mandat',
      passphrase: 'the blue ferry leaves',
    });
    vi.mocked(invoke).mockResolvedValue(12);
    await expect(transferImport('/tmp/Ravel.mandat', 'the blue ferry leaves', 'replace')).resolves.toBe(12);
    expect(invoke).toHaveBeenLastCalledWith('transfer_import', {
      path: '/tmp/Ravel.mandat',
      passphrase: 'the blue ferry leaves',
      mode: 'replace',
    });
  });

  it('keeps the code of a file that is not a mission file', async () => {
    const refusal = {
      code: 'key_file',
      message: 'not a Mandat mission file (damaged or altered)',
      field: null,
      limit: null,
      items: [],
      also: [],
    };
    vi.mocked(invoke).mockRejectedValue(refusal);
    await expect(transferPreview('/tmp/x.mandat', 'p')).rejects.toEqual(refusal);
  });
});

describe('file dialogs', () => {
  beforeEach(() => {
    vi.mocked(save).mockReset();
    vi.mocked(open).mockReset();
  });
  afterEach(() => {
    delete (window as Scripted).__MANDAT_E2E_DIALOG__;
  });

  it('asks where to save a PDF or a mission file, and where to open a PDF, a key or a mission file', async () => {
    vi.mocked(save).mockResolvedValue('/home/anne/Charte.pdf');
    await expect(chooseSavePath('pdf', 'Charte-Ravel-v2.pdf')).resolves.toBe('/home/anne/Charte.pdf');
    expect(save).toHaveBeenCalledWith({
      defaultPath: 'Charte-Ravel-v2.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    await chooseSavePath('mandat', 'Ravel-Redresser-le-SI.mandat');
    expect(save).toHaveBeenLastCalledWith({
      defaultPath: 'Ravel-Redresser-le-SI.mandat',
      filters: [{ name: 'Mandat mission', extensions: ['mandat'] }],
    });

    vi.mocked(open).mockResolvedValue(null);
    await expect(chooseOpenPath('pkcs12')).resolves.toBeNull();
    expect(open).toHaveBeenLastCalledWith({
      multiple: false,
      directory: false,
      filters: [{ name: 'PKCS#12', extensions: ['p12', 'pfx'] }],
    });
    await chooseOpenPath('pdf');
    expect(open).toHaveBeenLastCalledWith(
      expect.objectContaining({ filters: [{ name: 'PDF', extensions: ['pdf'] }] }),
    );
    await chooseOpenPath('mandat');
    expect(open).toHaveBeenLastCalledWith({
      multiple: false,
      directory: false,
      filters: [{ name: 'Mandat mission', extensions: ['mandat'] }],
    });
  });

  it('takes the scripted answers of the end-to-end tests instead of opening a dialog', async () => {
    (window as Scripted).__MANDAT_E2E_DIALOG__ = [
      '/tmp/e2e/charter.pdf',
      null,
      '/tmp/e2e/key.p12',
      '/tmp/e2e/Ravel.mandat',
      '/tmp/e2e/In.mandat',
    ];
    await expect(chooseSavePath('pdf', 'Charter-v1.pdf')).resolves.toBe('/tmp/e2e/charter.pdf');
    await expect(chooseOpenPath('pdf')).resolves.toBeNull();
    await expect(chooseOpenPath('pkcs12')).resolves.toBe('/tmp/e2e/key.p12');
    await expect(chooseSavePath('mandat', 'Ravel.mandat')).resolves.toBe('/tmp/e2e/Ravel.mandat');
    await expect(chooseOpenPath('mandat')).resolves.toBe('/tmp/e2e/In.mandat');
    expect(save).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
    // Answers used up: a cancelled dialog, still without opening one.
    await expect(chooseSavePath('pdf', 'Charter-v1.pdf')).resolves.toBeNull();
    await expect(chooseOpenPath('mandat')).resolves.toBeNull();
    expect(save).not.toHaveBeenCalled();
  });

  it('turns a dialog or reveal failure into an ApiError', async () => {
    vi.mocked(save).mockRejectedValue('dialog plugin not allowed');
    await expect(chooseSavePath('pdf', 'x.pdf')).rejects.toMatchObject({
      code: 'storage',
      message: 'dialog plugin not allowed',
    });
    vi.mocked(revealItemInDir).mockRejectedValueOnce(new Error('no file manager'));
    await expect(revealInFolder('/tmp/x.pdf')).rejects.toMatchObject({ code: 'storage' });
    vi.mocked(revealItemInDir).mockResolvedValueOnce(undefined);
    await revealInFolder('/tmp/x.pdf');
    expect(revealItemInDir).toHaveBeenLastCalledWith('/tmp/x.pdf');
  });
});

describe('onFileDrop', () => {
  it('hands over the dropped paths, says when files hover, and stops listening', async () => {
    type Listener = (event: { payload: { type: string; paths?: string[] } }) => void;
    let listener: Listener = () => undefined;
    const stop = vi.fn();
    vi.mocked(getCurrentWebview).mockReturnValue({
      onDragDropEvent: (handler: Listener) => {
        listener = handler;
        return Promise.resolve(stop);
      },
    } as unknown as ReturnType<typeof getCurrentWebview>);
    const dropped = vi.fn();
    const hover = vi.fn();
    const unlisten = onFileDrop(dropped, hover);
    listener({ payload: { type: 'enter', paths: ['/tmp/a.pdf'] } });
    expect(hover).toHaveBeenLastCalledWith(true);
    listener({ payload: { type: 'leave' } });
    expect(hover).toHaveBeenLastCalledWith(false);
    expect(dropped).not.toHaveBeenCalled();
    listener({ payload: { type: 'drop', paths: ['/tmp/a.pdf', '/tmp/b.pdf'] } });
    expect(dropped).toHaveBeenCalledWith(['/tmp/a.pdf', '/tmp/b.pdf']);
    await Promise.resolve();
    unlisten();
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('stops a listener that arrives after it was no longer wanted', async () => {
    const stop = vi.fn();
    vi.mocked(getCurrentWebview).mockReturnValue({
      onDragDropEvent: () => Promise.resolve(stop),
    } as unknown as ReturnType<typeof getCurrentWebview>);
    onFileDrop(() => undefined)();
    await Promise.resolve();
    await Promise.resolve();
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('does nothing outside Tauri', () => {
    vi.mocked(getCurrentWebview).mockImplementation(() => {
      throw new TypeError('no __TAURI_INTERNALS__');
    });
    const unlisten = onFileDrop(() => undefined);
    expect(() => unlisten()).not.toThrow();
  });
});

describe('the passphrase', () => {
  beforeEach(() => {
    vi.mocked(invoke).mockReset();
  });

  it('calls the vault commands with the argument names Rust expects', async () => {
    const unlocked = { state: 'unlocked', unencryptedData: false };
    vi.mocked(invoke).mockResolvedValue(unlocked);
    await expect(vaultStatus()).resolves.toEqual(unlocked);
    expect(invoke).toHaveBeenLastCalledWith('vault_status', undefined);
    await vaultCreate('the blue ferry leaves');
    expect(invoke).toHaveBeenLastCalledWith('vault_create', { passphrase: 'the blue ferry leaves' });
    await vaultUnlock('the blue ferry leaves');
    expect(invoke).toHaveBeenLastCalledWith('vault_unlock', { passphrase: 'the blue ferry leaves' });
    await vaultRecover('the blue ferry leaves');
    expect(invoke).toHaveBeenLastCalledWith('vault_recover', { passphrase: 'the blue ferry leaves' });
    await vaultLock();
    expect(invoke).toHaveBeenLastCalledWith('vault_lock', undefined);
    vi.mocked(invoke).mockResolvedValue(null);
    await vaultChange('the blue ferry leaves', 'a red train at nine');
    expect(invoke).toHaveBeenLastCalledWith('vault_change', {
      current: 'the blue ferry leaves',
      next: 'a red train at nine',
    });
  });

  it('knows the refusals of the passphrase by their code', () => {
    for (const code of ['too_short', 'wrong_passphrase', 'locked', 'not_set_up', 'already_set_up']) {
      expect(isApiError({ code, message: 'm', field: null, limit: null, items: [], also: [] }), code).toBe(true);
    }
  });

  it('tells the listeners when a command finds the data locked, not when a vault command does', async () => {
    const listener = vi.fn();
    const stop = whenLocked(listener);
    const locked = { code: 'locked', message: 'locked', field: null, limit: null, items: [], also: [] };
    vi.mocked(invoke).mockRejectedValue(locked);
    await expect(missionList()).rejects.toEqual(locked);
    expect(listener).toHaveBeenCalledTimes(1);
    await expect(vaultLock()).rejects.toEqual(locked);
    expect(listener).toHaveBeenCalledTimes(1);
    vi.mocked(invoke).mockRejectedValue({ ...locked, code: 'closed' });
    await expect(missionList()).rejects.toMatchObject({ code: 'closed' });
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    vi.mocked(invoke).mockRejectedValue(locked);
    await expect(missionList()).rejects.toEqual(locked);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
