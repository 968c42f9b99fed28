import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { backupPending, backupPurgePending } from '$lib/backend';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { apiError, resetMocks } from '$lib/testing';
import PendingPurge from './PendingPurge.svelte';
import { launch, manual } from './samples';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, ['backupPending', 'backupPurgePending']),
);

beforeEach(() => {
  setLanguage('en');
  resetMocks(backupPending, backupPurgePending);
});

describe('PendingPurge', () => {
  it('says nothing while every backup is clean', async () => {
    vi.mocked(backupPending).mockResolvedValue({ people: 0, backups: [] });
    render(PendingPurge, { onpurged: vi.fn() });
    await waitFor(() => expect(backupPending).toHaveBeenCalled());
    expect(screen.queryByTestId('backup-pending')).toBeNull();
  });

  it('names the backups still holding an erased person and purges them', async () => {
    vi.mocked(backupPending)
      .mockResolvedValueOnce({ people: 1, backups: [manual, launch] })
      .mockResolvedValueOnce({ people: 0, backups: [] });
    vi.mocked(backupPurgePending).mockResolvedValue({ people: 1, backupsRewritten: 2, rowsRemoved: 9, unreadable: 0 });
    const onpurged = vi.fn();
    render(PendingPurge, { onpurged });
    const card = await screen.findByTestId('backup-pending');
    expect(card.textContent).toContain('1 erased person is still in some backups');
    expect(card.textContent).toContain('Still in these 2 backups:');
    expect(screen.getAllByTestId('backup-pending-file').map((li) => li.textContent)).toEqual([manual.file, launch.file]);
    await fireEvent.click(screen.getByTestId('backup-purge'));
    await waitFor(() => expect(screen.getByTestId('backup-purged').textContent).toContain('2 backups were rewritten'));
    expect(onpurged).toHaveBeenCalled();
    expect(screen.queryByTestId('backup-pending')).toBeNull();
  });

  it('keeps the card and says why when the purge fails, in French', async () => {
    setLanguage('fr');
    vi.mocked(backupPending).mockResolvedValue({ people: 2, backups: [manual] });
    vi.mocked(backupPurgePending).mockRejectedValue(apiError('storage', 'disk full'));
    render(PendingPurge, { onpurged: vi.fn() });
    const card = await screen.findByTestId('backup-pending');
    expect(card.textContent).toContain('2 personnes effacées figurent encore');
    await fireEvent.click(screen.getByTestId('backup-purge'));
    await waitFor(() => expect(screen.getByRole('alert')).toBeTruthy());
    expect(screen.getByTestId('backup-pending')).toBeTruthy();
  });
});
