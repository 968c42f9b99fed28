import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import * as reload from '$lib/app/reload';
import type { BackupInfo } from '$lib/bindings/BackupInfo';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { apiError, resetMocks } from '$lib/testing';
import BackupsPage from './BackupsPage.svelte';
import { damaged, launch, manual } from './samples';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, [
    'backupList', 'backupCreate', 'backupRestore', 'backupCopy', 'chooseFolder', 'revealInFolder',
    'backupPending', 'backupPurgePending',
  ]),
);

vi.mock('$lib/app/reload', () => ({ reloadApp: vi.fn() }));

const safety: BackupInfo = {
  ...manual,
  file: 'mandat-20261111T100000.000Z-before-restore.sqlite3',
  reason: 'before_restore',
};

const rows = () => screen.getAllByTestId('backup-row');

describe('BackupsPage', () => {
  beforeEach(() => {
    setLanguage('en');
    resetMocks(
      backend.backupList,
      backend.backupCreate,
      backend.backupRestore,
      backend.backupCopy,
      backend.chooseFolder,
      backend.revealInFolder,
      reload.reloadApp,
    );
    vi.mocked(backend.backupPending).mockResolvedValue({ people: 0, backups: [] });
  });

  it('lists the backups newest first, says where they are kept, and opens that folder', async () => {
    vi.mocked(backend.backupList).mockResolvedValue([manual, launch, damaged]);
    vi.mocked(backend.revealInFolder).mockResolvedValue(undefined);
    render(BackupsPage);
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(screen.getByTestId('backups-page').textContent).toContain('once a day while it stays open');
    expect(rows().map((row) => row.dataset.reason)).toEqual(['manual', 'launch', 'daily']);
    expect(rows().map((row) => row.dataset.file)).toEqual([manual.file, launch.file, damaged.file]);
    expect(rows()[1].textContent).toContain('1 mission · 1 charter version · 0 signatures');
    expect(rows()[1].textContent).toContain('Distribution Ravel — Recover IT');
    expect(screen.getByTestId('backups-folder').textContent).toBe('/home/anne/.local/share/mandat/backups');
    await fireEvent.click(screen.getByTestId('backups-reveal'));
    expect(backend.revealInFolder).toHaveBeenCalledWith(manual.path);
    const restores = screen.getAllByTestId('backup-restore') as HTMLButtonElement[];
    expect(restores.map((button) => button.disabled)).toEqual([false, false, true]);
    expect(screen.queryByTestId('backups-empty')).toBeNull();
  });

  it('backs up now, says so, and lists the new backup', async () => {
    vi.mocked(backend.backupList).mockResolvedValueOnce([launch]).mockResolvedValueOnce([manual, launch]);
    vi.mocked(backend.backupCreate).mockResolvedValue(manual);
    render(BackupsPage);
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(screen.queryByTestId('backup-made')).toBeNull();
    await fireEvent.click(screen.getByTestId('backup-now'));
    const made = await waitFor(() => screen.getByTestId('backup-made'));
    expect(made.getAttribute('role')).toBe('status');
    expect(made.textContent).toContain('Backup made');
    expect(backend.backupCreate).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(rows().map((row) => row.dataset.file)).toEqual([manual.file, launch.file]));
    expect(backend.backupList).toHaveBeenCalledTimes(2);
  });

  it('offers the first backup when there is none yet', async () => {
    vi.mocked(backend.backupList).mockResolvedValueOnce([]).mockResolvedValueOnce([manual]);
    vi.mocked(backend.backupCreate).mockResolvedValue(manual);
    render(BackupsPage);
    const empty = await waitFor(() => screen.getByTestId('backups-empty'));
    expect(empty.textContent).toContain('No backup yet');
    expect(screen.queryByTestId('backup-list')).toBeNull();
    expect(screen.getAllByTestId('backup-now')).toHaveLength(1);
    await fireEvent.click(screen.getByTestId('backup-now'));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(screen.queryByTestId('backups-empty')).toBeNull();
  });

  it('asks before restoring, saying what the backup holds and that nothing is lost, then reloads', async () => {
    vi.mocked(backend.backupList).mockResolvedValue([manual, launch]);
    vi.mocked(backend.backupRestore).mockResolvedValue(safety);
    render(BackupsPage);
    await waitFor(() => expect(rows()).toHaveLength(2));
    const restore = screen.getAllByTestId('backup-restore')[1];

    // Kept as it is: nothing restored.
    await fireEvent.click(restore);
    expect(screen.getByRole('dialog')).toBeTruthy();
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(backend.backupRestore).not.toHaveBeenCalled();

    await fireEvent.click(restore);
    const dialog = screen.getByRole('dialog');
    const text = dialog.textContent ?? '';
    expect(screen.getByTestId('restore-backup').dataset.file).toBe(launch.file);
    expect(text).toContain('9 Nov 2026');
    expect(text).toContain('At launch');
    expect(text).toContain('1 mission · 1 charter version · 0 signatures');
    expect(text).toContain('Distribution Ravel — Recover IT');
    expect(text).toContain('will be replaced by this backup');
    expect(text).toContain('saved first, as a backup of its own, so nothing is lost');
    expect(text).toContain('“Before a restore”');
    // The button that keeps things as they are has the focus.
    expect(document.activeElement?.textContent).toBe('Keep my current data');
    expect(reload.reloadApp).not.toHaveBeenCalled();

    await fireEvent.click(screen.getByTestId('backup-restore-confirm'));
    await waitFor(() => expect(reload.reloadApp).toHaveBeenCalledTimes(1));
    expect(backend.backupRestore).toHaveBeenCalledTimes(1);
    expect(backend.backupRestore).toHaveBeenCalledWith(launch.file);
    expect(vi.mocked(backend.backupRestore).mock.invocationCallOrder[0]).toBeLessThan(
      vi.mocked(reload.reloadApp).mock.invocationCallOrder[0],
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a refused restore as an error, in words, and does not reload', async () => {
    vi.mocked(backend.backupList).mockResolvedValue([manual]);
    vi.mocked(backend.backupRestore).mockRejectedValue(
      apiError('corrupt', 'the database /b.sqlite3 is damaged: not a Mandat database'),
    );
    setLanguage('fr');
    render(BackupsPage);
    await waitFor(() => expect(rows()).toHaveLength(1));
    await fireEvent.click(screen.getByTestId('backup-restore'));
    expect(screen.getByRole('dialog').textContent).toContain('«\u00a0Avant une restauration\u00a0»');
    await fireEvent.click(screen.getByTestId('backup-restore-confirm'));
    const alert = await waitFor(() => screen.getByRole('alert'));
    expect(alert.textContent).toContain('Ce fichier est endommagé ou n’est pas une base de données Mandat');
    expect(alert.textContent).toContain('not a Mandat database');
    expect(reload.reloadApp).not.toHaveBeenCalled();
    // Still usable: the restore can be tried again.
    expect(screen.getByTestId('backup-restore').getAttribute('aria-disabled')).toBeNull();
  });

  it('shows a list that cannot be read as an error', async () => {
    vi.mocked(backend.backupList).mockRejectedValue(
      apiError('file', 'cannot read /home/anne/.local/share/mandat/backups: Permission denied'),
    );
    render(BackupsPage);
    const alert = await waitFor(() => screen.getByRole('alert'));
    expect(alert.textContent).toContain('The file could not be read or written.');
    expect(screen.queryByTestId('backup-list')).toBeNull();
    expect(screen.queryByTestId('backups-empty')).toBeNull();
  });

  it('copies a backup to the folder she chooses and says where, or why not', async () => {
    vi.mocked(backend.backupList).mockResolvedValue([manual, launch, damaged]);
    vi.mocked(backend.chooseFolder).mockResolvedValueOnce(null).mockResolvedValue('/media/anne/STICK');
    vi.mocked(backend.backupCopy)
      .mockResolvedValueOnce({ ...launch, path: `/media/anne/STICK/${launch.file}` })
      .mockRejectedValueOnce(apiError('refused_path', 'refused', { items: ['inside_data_folder'] }));
    render(BackupsPage);
    await waitFor(() => expect(rows()).toHaveLength(3));
    const copies = () => screen.getAllByTestId('backup-copy') as HTMLButtonElement[];
    expect(copies().map((button) => button.disabled)).toEqual([false, false, true]);
    // Cancelled: nothing copied, nothing said.
    await fireEvent.click(copies()[1]);
    await waitFor(() => expect(backend.chooseFolder).toHaveBeenCalledTimes(1));
    expect(backend.backupCopy).not.toHaveBeenCalled();
    await fireEvent.click(copies()[1]);
    const done = await waitFor(() => screen.getByTestId('backup-copied'));
    expect(backend.backupCopy).toHaveBeenCalledWith(launch.file, '/media/anne/STICK');
    expect(done.textContent).toContain(`/media/anne/STICK/${launch.file}`);
    await fireEvent.click(copies()[0]);
    const refused = await waitFor(() => screen.getByRole('alert'));
    expect(refused.textContent).toContain('data folder');
    expect(screen.queryByTestId('backup-copied')).toBeNull();
  });
});
