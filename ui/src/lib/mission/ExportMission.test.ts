import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import type { Mission } from '$lib/bindings/Mission';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { aMission, apiError, resetMocks } from '$lib/testing';
import MissionSheet from './MissionSheet.svelte';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, [
    'missionUpdate', 'missionSetStatus', 'chooseSavePath', 'transferExport', 'revealInFolder',
    'wellbeingNoteCounts',
  ]),
);

const mission: Mission = aMission({
  id: 7,
  client: 'Ravel',
  title: 'Redresser le SI',
  sponsorName: 'Claire Martin',
  sponsorTitle: 'CEO',
  managerName: 'Anne Roy',
  language: 'fr',
});

const PASSPHRASE = 'the blue ferry leaves Brest';

const input = (id: string) => document.getElementById(id) as HTMLInputElement;
const confirm = () => screen.getByTestId('mission-export-confirm') as HTMLButtonElement;

/** The alert of the dialog; throws until there is one (for `waitFor`). */
function alertOf(dialog: string): HTMLElement {
  const alert = screen.getByTestId(dialog).querySelector<HTMLElement>('.alert');
  if (!alert) throw new Error(`no alert in ${dialog}`);
  return alert;
}

async function type(id: string, value: string) {
  await fireEvent.input(input(id), { target: { value } });
}

async function openDialog() {
  render(MissionSheet, { mission });
  await fireEvent.click(screen.getByTestId('mission-export'));
  return screen.getByTestId('export-mission-dialog');
}

async function fillIn(passphrase = PASSPHRASE) {
  await type('export-passphrase', passphrase);
  await type('export-confirm', passphrase);
}

describe('exporting a mission to another laptop', () => {
  beforeEach(() => {
    setLanguage('en');
    resetMocks(backend.chooseSavePath, backend.transferExport, backend.revealInFolder, backend.wellbeingNoteCounts);
    vi.mocked(backend.wellbeingNoteCounts).mockResolvedValue({ notes: 0, people: 0 });
  });

  it('explains what the file holds and that its passphrase is given separately', async () => {
    const dialog = await openDialog();
    expect(screen.getByTestId('mission-export').textContent?.trim()).toBe('Export to another laptop…');
    expect(dialog.getAttribute('role')).toBe('dialog');
    const text = dialog.textContent ?? '';
    expect(text).toContain('every version of the charter');
    expect(text).toContain('the signatures, the audiences and the announcements');
    expect(text).toContain('encrypted with a passphrase you choose now');
    expect(text).toContain('never in the same e-mail');
    expect(text).toContain('not the passphrase that opens Mandat');
    expect(input('export-passphrase').type).toBe('password');
    expect(input('export-confirm').type).toBe('password');
    expect(document.activeElement).toBe(input('export-passphrase'));
  });

  it('keeps the button off until both passphrases match and are 10 characters or more', async () => {
    await openDialog();
    expect(confirm().disabled).toBe(true);
    await fillIn('too short');
    expect(confirm().disabled).toBe(true);
    await type('export-passphrase', 'long enough now');
    await type('export-confirm', 'long enough no');
    expect(confirm().disabled).toBe(true);
    await type('export-confirm', 'long enough now!');
    expect(confirm().disabled).toBe(true);
    expect(document.getElementById('export-confirm-error')?.textContent).toBe('The two passphrases are not the same.');
    await type('export-confirm', 'long enough now');
    expect(confirm().disabled).toBe(false);
    expect(document.getElementById('export-confirm-error')).toBeNull();
    expect(screen.getByTestId('vault-strength').dataset.level).toBe('fair');
  });

  it('asks where to save the file, named after the mission, then exports the mission there', async () => {
    vi.mocked(backend.chooseSavePath).mockResolvedValue('/home/anne/Ravel-Redresser-le-SI.mandat');
    vi.mocked(backend.transferExport).mockResolvedValue(undefined);
    vi.mocked(backend.revealInFolder).mockResolvedValue(undefined);
    await openDialog();
    await fillIn();
    await fireEvent.click(confirm());

    const exported = await waitFor(() => screen.getByTestId('mission-exported'));
    expect(backend.chooseSavePath).toHaveBeenCalledWith('mandat', 'Ravel-Redresser-le-SI.mandat');
    expect(backend.transferExport).toHaveBeenCalledTimes(1);
    expect(backend.transferExport).toHaveBeenCalledWith(7, PASSPHRASE, '/home/anne/Ravel-Redresser-le-SI.mandat', { includeWellbeing: false });
    expect(vi.mocked(backend.chooseSavePath).mock.invocationCallOrder[0]).toBeLessThan(
      vi.mocked(backend.transferExport).mock.invocationCallOrder[0],
    );
    expect(exported.getAttribute('role')).toBe('status');
    expect(screen.getByTestId('mission-exported-path').textContent).toBe('/home/anne/Ravel-Redresser-le-SI.mandat');
    // The passphrase is no longer held by the form.
    expect(document.getElementById('export-passphrase')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('mission-exported-close'));

    await fireEvent.click(screen.getByTestId('mission-exported-reveal'));
    expect(backend.revealInFolder).toHaveBeenCalledWith('/home/anne/Ravel-Redresser-le-SI.mandat');
    await fireEvent.click(screen.getByTestId('mission-exported-close'));
    expect(screen.queryByTestId('export-mission-dialog')).toBeNull();
  });

  it('leaves the wellbeing notes out unless ticked, after naming how many about how many people', async () => {
    vi.mocked(backend.wellbeingNoteCounts).mockResolvedValue({ notes: 23, people: 1 });
    vi.mocked(backend.chooseSavePath).mockResolvedValue('/home/anne/R.mandat');
    vi.mocked(backend.transferExport).mockResolvedValue(undefined);
    await openDialog();
    const box = (await waitFor(() => screen.getByTestId('export-include-wellbeing'))) as HTMLInputElement;
    expect(backend.wellbeingNoteCounts).toHaveBeenCalledWith(7);
    expect(box.checked).toBe(false);
    expect(screen.getByTestId('export-wellbeing-warning').textContent).toContain('stay on this laptop');
    await fireEvent.click(box);
    expect(screen.getByTestId('export-wellbeing-warning').textContent).toContain('23 wellbeing notes about 1 person');
    await fillIn();
    await fireEvent.click(confirm());
    await waitFor(() => screen.getByTestId('mission-exported'));
    expect(backend.transferExport).toHaveBeenCalledWith(7, PASSPHRASE, '/home/anne/R.mandat', { includeWellbeing: true });
  });

  it('offers no wellbeing box when the mission holds no note', async () => {
    await openDialog();
    await waitFor(() => expect(backend.wellbeingNoteCounts).toHaveBeenCalled());
    expect(screen.queryByTestId('export-include-wellbeing')).toBeNull();
  });

  it('exports nothing when the save dialog is cancelled, and keeps the dialog', async () => {
    vi.mocked(backend.chooseSavePath).mockResolvedValue(null);
    await openDialog();
    await fillIn();
    await fireEvent.click(confirm());
    await waitFor(() => expect(backend.chooseSavePath).toHaveBeenCalled());
    await waitFor(() => expect(confirm().getAttribute('aria-disabled')).toBeNull());
    expect(backend.transferExport).not.toHaveBeenCalled();
    expect(screen.getByTestId('export-mission-dialog')).toBeTruthy();
    expect(screen.queryByTestId('mission-exported')).toBeNull();
  });

  it('shows a refused passphrase under it, and a file that cannot be written as an alert', async () => {
    vi.mocked(backend.chooseSavePath).mockResolvedValue('/mnt/usb/Ravel.mandat');
    vi.mocked(backend.transferExport)
      .mockRejectedValueOnce(apiError('too_short', 'too short', { field: 'passphrase', limit: 10 }))
      .mockRejectedValueOnce(apiError('file', 'cannot write /mnt/usb/Ravel.mandat: Read-only file system'));
    await openDialog();
    await fillIn();
    await fireEvent.click(confirm());
    await waitFor(() =>
      expect(document.getElementById('export-passphrase-error')?.textContent).toBe('Too short: 10 characters at least.'),
    );
    expect(input('export-passphrase').getAttribute('aria-invalid')).toBe('true');

    await fireEvent.click(confirm());
    const alert = await waitFor(() => alertOf('export-mission-dialog'));
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('The file could not be read or written.');
    expect(alert.textContent).toContain('Read-only file system');
    expect(document.getElementById('export-passphrase-error')).toBeNull();
    expect(backend.transferExport).toHaveBeenCalledTimes(2);
    expect(screen.queryByTestId('mission-exported')).toBeNull();
  });

  it('is in French when the UI is', async () => {
    setLanguage('fr');
    const dialog = await openDialog();
    expect(screen.getByTestId('mission-export').textContent?.trim()).toBe('Exporter vers un autre portable…');
    expect(dialog.textContent).toContain('jamais dans le même e-mail');
    expect(confirm().textContent?.trim()).toBe('Exporter la mission…');
  });
});
