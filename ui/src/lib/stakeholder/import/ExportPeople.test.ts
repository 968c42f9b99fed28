import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { apiError, resetMocks } from '$lib/testing';
import ExportPeople from './ExportPeople.svelte';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, [
    'chooseSavePath', 'peopleExport', 'revealInFolder',
  ]),
);

const PATH = '/home/anne/Recover-IT-people.csv';

describe('ExportPeople', () => {
  beforeEach(() => {
    setLanguage('en');
    resetMocks(backend.chooseSavePath, backend.peopleExport, backend.revealInFolder);
  });

  it('writes the register where the user chose, says it holds personal data, and shows the folder', async () => {
    vi.mocked(backend.chooseSavePath).mockResolvedValue(PATH);
    vi.mocked(backend.peopleExport).mockResolvedValue(undefined);
    vi.mocked(backend.revealInFolder).mockResolvedValue(undefined);
    render(ExportPeople, { missionId: 3, missionTitle: 'Recover IT: after the go-live' });
    await fireEvent.click(screen.getByTestId('export-people'));
    await waitFor(() => expect(screen.getByTestId('export-people-done')).toBeTruthy());
    expect(backend.chooseSavePath).toHaveBeenCalledWith('csv', 'Recover-IT-after-the-go-live-people.csv');
    expect(backend.peopleExport).toHaveBeenCalledWith(3, PATH);
    expect(screen.getByTestId('export-people-path').textContent).toBe(PATH);
    expect(screen.getByTestId('export-people-dialog').textContent).toContain('personal data');
    expect(document.activeElement).toBe(screen.getByTestId('export-people-close'));

    await fireEvent.click(screen.getByTestId('export-people-reveal'));
    expect(backend.revealInFolder).toHaveBeenCalledWith(PATH);
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByTestId('export-people-dialog')).toBeNull();
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    vi.mocked(backend.chooseSavePath).mockResolvedValue(null);
    render(ExportPeople, { missionId: 3, missionTitle: '' });
    await fireEvent.click(screen.getByTestId('export-people'));
    await waitFor(() => expect(backend.chooseSavePath).toHaveBeenCalledWith('csv', 'people.csv'));
    expect(backend.peopleExport).not.toHaveBeenCalled();
    expect(screen.queryByTestId('export-people-dialog')).toBeNull();
  });

  it('says when the file could not be written, with the reason', async () => {
    vi.mocked(backend.chooseSavePath).mockResolvedValue('/mnt/usb/people.csv');
    vi.mocked(backend.peopleExport).mockRejectedValue(apiError('file', 'could not write /mnt/usb/people.csv: read-only'));
    render(ExportPeople, { missionId: 3, missionTitle: 'Ravel' });
    await fireEvent.click(screen.getByTestId('export-people'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('read-only'));
    expect(screen.getByTestId('export-people-dialog').textContent).toContain('The register was not exported');
    expect(screen.queryByTestId('export-people-done')).toBeNull();
  });
});
