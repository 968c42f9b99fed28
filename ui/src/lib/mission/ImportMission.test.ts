import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import type { ImportPreview } from '$lib/bindings/ImportPreview';
import type { Mission } from '$lib/bindings/Mission';
import type { MissionSummary } from '$lib/bindings/MissionSummary';
import { view } from '$lib/app/view.svelte';
import Welcome from '$lib/app/Welcome.svelte';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { apiError, resetMocks } from '$lib/testing';
import MissionList from './MissionList.svelte';
import { missions } from './missions.svelte';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, [
    'chooseOpenPath', 'transferPreview', 'transferImport', 'missionList', 'missionGet',
  ], {
    settingsSet: vi.fn(async (settings) => settings),
  }),
);

const here: MissionSummary = {
  id: 3,
  client: 'Ravel',
  title: 'Redresser le SI',
  sponsorName: 'Claire Martin',
  startDate: '2026-03-02',
  plannedEnd: null,
  status: 'active',
};

const preview: ImportPreview = {
  client: 'Ravel',
  title: 'Redresser le SI',
  startDate: '2026-03-02',
  exportedAt: '2026-11-10T09:30:00Z',
  versions: 2,
  signatures: 2,
  audiences: 3,
  existing: null,
  wellbeingNotes: 0,
  wellbeingPeople: 0,
};

const imported: Mission = {
  ...here,
  id: 12,
  sponsorTitle: 'CEO',
  managerName: 'Anne Roy',
  context: '',
  language: 'fr',
  createdAt: '2026-03-02T09:00:00Z',
  updatedAt: '2026-11-10T09:30:00Z',
};

const FILE = '/home/anne/Downloads/Ravel-Redresser-le-SI.mandat';
const PASSPHRASE = 'the blue ferry leaves Brest';

const passphrase = () => document.getElementById('import-passphrase') as HTMLInputElement;
const dialog = () => screen.getByTestId('import-mission-dialog');

/** The alert of the dialog; throws until there is one (for `waitFor`). */
function alertOf(): HTMLElement {
  const alert = dialog().querySelector<HTMLElement>('.alert');
  if (!alert) throw new Error('no alert in the import dialog');
  return alert;
}

async function openWithPassphrase(value = PASSPHRASE) {
  await fireEvent.click(screen.getByTestId('mission-import'));
  await waitFor(() => expect(passphrase()).not.toBeNull());
  await fireEvent.input(passphrase(), { target: { value } });
  await fireEvent.click(screen.getByTestId('import-preview'));
}

describe('importing a mission from another laptop', () => {
  beforeEach(() => {
    setLanguage('en');
    resetMocks(backend.chooseOpenPath, backend.transferPreview, backend.transferImport, backend.missionList, backend.missionGet);
    vi.mocked(backend.chooseOpenPath).mockResolvedValue(FILE);
    missions.list = [here];
    missions.current = null;
    view.current = { name: 'missions' };
  });

  it('asks for the file’s passphrase, shows what it holds, then imports it, lists it and opens it', async () => {
    vi.mocked(backend.transferPreview).mockResolvedValue(preview);
    vi.mocked(backend.transferImport).mockResolvedValue(12);
    vi.mocked(backend.missionList).mockResolvedValue([{ ...here, id: 12 }, here]);
    vi.mocked(backend.missionGet).mockResolvedValue(imported);
    render(MissionList);

    await fireEvent.click(screen.getByTestId('mission-import'));
    await waitFor(() => expect(passphrase()).not.toBeNull());
    expect(backend.chooseOpenPath).toHaveBeenCalledWith('mandat');
    expect(dialog().getAttribute('role')).toBe('dialog');
    expect(dialog().textContent).toContain('Ravel-Redresser-le-SI.mandat');
    expect(passphrase().type).toBe('password');
    expect(document.activeElement).toBe(passphrase());
    expect((screen.getByTestId('import-preview') as HTMLButtonElement).disabled).toBe(true);

    await fireEvent.input(passphrase(), { target: { value: PASSPHRASE } });
    await fireEvent.click(screen.getByTestId('import-preview'));
    const facts = await waitFor(() => screen.getByTestId('import-preview-facts'));
    expect(backend.transferPreview).toHaveBeenCalledWith(FILE, PASSPHRASE);
    expect(backend.transferImport).not.toHaveBeenCalled();
    const text = facts.textContent ?? '';
    expect(text).toContain('Ravel');
    expect(text).toContain('Redresser le SI');
    expect(text).toContain('2 March 2026');
    expect(text).toContain('10 Nov 2026');
    expect(screen.getByTestId('import-preview-counts').textContent).toBe(
      '2 charter versions · 2 signatures · 3 audiences',
    );
    // Nothing here by that name: no choice to make.
    expect(document.getElementById('import-keep-both')).toBeNull();
    expect(document.getElementById('import-replace')).toBeNull();

    await fireEvent.click(screen.getByTestId('import-confirm'));
    await waitFor(() => expect(view.current).toEqual({ name: 'mission', id: 12, page: 'dashboard' }));
    expect(backend.transferImport).toHaveBeenCalledWith(FILE, PASSPHRASE, 'keep_both');
    expect(backend.missionList).toHaveBeenCalled();
    expect(missions.list.map((mission) => mission.id)).toEqual([12, 3]);
    expect(backend.missionGet).toHaveBeenCalledWith(12);
    expect(missions.current?.id).toBe(12);
    expect(vi.mocked(backend.transferImport).mock.invocationCallOrder[0]).toBeLessThan(
      vi.mocked(backend.missionList).mock.invocationCallOrder[0],
    );
  });

  it('offers to keep both or replace a mission already here, and imports as chosen', async () => {
    vi.mocked(backend.transferPreview).mockResolvedValue({ ...preview, existing: 3 });
    vi.mocked(backend.transferImport).mockResolvedValue(12);
    vi.mocked(backend.missionList).mockResolvedValue([{ ...here, id: 12 }]);
    vi.mocked(backend.missionGet).mockResolvedValue(imported);
    render(MissionList);
    await openWithPassphrase();

    const keepBoth = await waitFor(() => document.getElementById('import-keep-both') as HTMLInputElement);
    const replace = document.getElementById('import-replace') as HTMLInputElement;
    expect(keepBoth.type).toBe('radio');
    expect(keepBoth.value).toBe('keep_both');
    expect(replace.value).toBe('replace');
    expect(keepBoth.checked).toBe(true);
    expect(replace.checked).toBe(false);
    expect(screen.getByTestId('import-existing').textContent).toContain('deleted with everything in it');
    expect(screen.getByTestId('import-confirm').textContent?.trim()).toBe('Import the mission');

    await fireEvent.click(replace);
    expect(replace.checked).toBe(true);
    const go = screen.getByTestId('import-confirm');
    expect(go.textContent?.trim()).toBe('Replace and import');
    expect(go.classList.contains('danger')).toBe(true);
    await fireEvent.click(go);
    await waitFor(() => expect(view.current).toEqual({ name: 'mission', id: 12, page: 'dashboard' }));
    expect(backend.transferImport).toHaveBeenCalledWith(FILE, PASSPHRASE, 'replace');
    expect(missions.list.map((mission) => mission.id)).toEqual([12]);
  });

  it('says a wrong passphrase under the field and keeps the dialog open', async () => {
    vi.mocked(backend.transferPreview)
      .mockRejectedValueOnce(apiError('wrong_passphrase', 'wrong passphrase'))
      .mockResolvedValueOnce(preview);
    render(MissionList);
    await openWithPassphrase('not the one');

    const error = await waitFor(() => document.getElementById('import-passphrase-error') as HTMLElement);
    expect(error.textContent).toContain('This is not the right passphrase.');
    expect(passphrase().getAttribute('aria-invalid')).toBe('true');
    expect(dialog()).toBeTruthy();
    expect(screen.queryByTestId('import-preview-facts')).toBeNull();
    expect(backend.transferImport).not.toHaveBeenCalled();
    expect(view.current).toEqual({ name: 'missions' });

    // Typing again clears it; the right one shows the preview.
    await fireEvent.input(passphrase(), { target: { value: PASSPHRASE } });
    expect(document.getElementById('import-passphrase-error')).toBeNull();
    await fireEvent.click(screen.getByTestId('import-preview'));
    await waitFor(() => expect(screen.getByTestId('import-preview-facts')).toBeTruthy());
    expect(backend.transferPreview).toHaveBeenLastCalledWith(FILE, PASSPHRASE);
  });

  it('shows a file that is not a mission file as an alert in the dialog, saying why', async () => {
    vi.mocked(backend.transferPreview).mockRejectedValue(
      apiError('mission_file', 'not a Mandat mission file (damaged or altered)'),
    );
    render(MissionList);
    await openWithPassphrase();

    const alert = await waitFor(alertOf);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('This is not a Mandat mission file');
    expect(alert.textContent).toContain('not a Mandat mission file (damaged or altered)');
    expect(document.getElementById('import-passphrase-error')).toBeNull();
    expect(screen.queryByTestId('import-preview-facts')).toBeNull();
  });

  it('opens no dialog when the file choice is cancelled, and Escape closes it without importing', async () => {
    vi.mocked(backend.chooseOpenPath).mockResolvedValueOnce(null);
    render(MissionList);
    await fireEvent.click(screen.getByTestId('mission-import'));
    await waitFor(() => expect(backend.chooseOpenPath).toHaveBeenCalledTimes(1));
    expect(screen.queryByTestId('import-mission-dialog')).toBeNull();

    await fireEvent.click(screen.getByTestId('mission-import'));
    await waitFor(() => expect(passphrase()).not.toBeNull());
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByTestId('import-mission-dialog')).toBeNull();
    expect(backend.transferPreview).not.toHaveBeenCalled();
  });

  it('is offered on an empty list and on the welcome screen too, in French when the UI is', async () => {
    setLanguage('fr');
    missions.list = [];
    const list = render(MissionList);
    expect(screen.getByTestId('mission-import').textContent?.trim()).toBe('Importer une mission…');
    list.unmount();

    view.current = { name: 'welcome' };
    render(Welcome);
    const button = screen.getByTestId('welcome-import');
    expect(button.textContent?.trim()).toBe('Importer une mission…');
    await fireEvent.click(button);
    await waitFor(() => expect(passphrase()).not.toBeNull());
    expect(backend.chooseOpenPath).toHaveBeenCalledWith('mandat');
    expect(dialog().textContent).toContain('Phrase de passe du fichier');
  });
});
