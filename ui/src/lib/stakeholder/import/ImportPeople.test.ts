import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import type { CsvPreview } from '$lib/bindings/CsvPreview';
import type { ImportRow } from '$lib/bindings/ImportRow';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { apiError, resetMocks } from '$lib/testing';
import { anInput } from '../samples';
import ImportPeople from './ImportPeople.svelte';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, [
    'chooseOpenPath', 'peopleImportPreview', 'peopleImport',
  ]),
);

const FILE = '/home/anne/Organigramme Ravel.csv';

const row = (line: number, name: string, fields: Partial<ImportRow['person']> = {}, boss = ''): ImportRow => ({
  line,
  person: anInput({ name, ...fields }),
  reportsToName: boss,
});

const preview: CsvPreview = {
  encoding: 'windows-1252',
  separator: ';',
  columns: [
    ['Nom', 'lastName'],
    ['Prénom', 'firstName'],
    ['Email', 'email'],
    ['Badge', null],
    ['Responsable', 'reportsTo'],
  ],
  rows: [
    row(2, 'Moreau Claire', { jobTitle: 'CEO', group: 'management' }),
    row(3, 'Roy Anne', { team: 'DSI', group: 'applications' }, 'Moreau Claire'),
  ],
  errors: [
    { line: 4, column: 'Email', problem: 'malformed', value: 'karim@' },
    { line: 6, column: 'Responsable', problem: 'unknown_manager', value: 'Jean Valjean' },
    { line: 8, column: '', problem: 'shape', value: '' },
  ],
  duplicates: [
    { line: 5, name: 'Sophie Lambert', inRegister: true },
    { line: 7, name: 'Roy Anne', inRegister: false },
  ],
};

const dialog = () => screen.getByTestId('import-people-dialog');

async function openPreview(answer: CsvPreview = preview) {
  vi.mocked(backend.chooseOpenPath).mockResolvedValue(FILE);
  vi.mocked(backend.peopleImportPreview).mockResolvedValue(answer);
  const onimported = vi.fn();
  render(ImportPeople, { missionId: 3, onimported });
  await fireEvent.click(screen.getByTestId('import-people'));
  await waitFor(() => expect(screen.getByTestId('import-people-preview')).toBeTruthy());
  return onimported;
}

describe('ImportPeople', () => {
  beforeEach(() => {
    setLanguage('en');
    resetMocks(backend.chooseOpenPath, backend.peopleImportPreview, backend.peopleImport);
  });

  it('shows what the file holds, each refused row with its line and column, before anything is written', async () => {
    await openPreview();
    expect(backend.chooseOpenPath).toHaveBeenCalledWith('csv');
    expect(backend.peopleImportPreview).toHaveBeenCalledWith(3, FILE);
    expect(backend.peopleImport).not.toHaveBeenCalled();

    expect(dialog().textContent).toContain('Organigramme Ravel.csv');
    expect(screen.getByTestId('import-people-format').textContent).toContain(
      'Read as Windows-1252 (Latin-1), values separated by semicolons.',
    );
    expect(screen.getByTestId('import-people-count').textContent).toContain('2 people to add');
    const rows = screen.getAllByTestId('import-people-row');
    expect(rows.map((r) => r.dataset.line)).toEqual(['2', '3']);
    expect(rows[1].textContent).toContain('Roy Anne');
    expect(rows[1].textContent).toContain('Applications');
    expect(rows[1].textContent).toContain('Moreau Claire');

    const columns = screen
      .getAllByTestId('import-people-column')
      .map((c) => [...(c as HTMLTableRowElement).cells].map((cell) => cell.textContent?.trim()).join(' → '));
    expect(columns).toEqual([
      'Nom → Last name',
      'Prénom → First name',
      'Email → E-mail',
      'Badge → ignored',
      'Responsable → Reports to',
    ]);
    // A column is ignored: the headers understood are said.
    expect(screen.getByTestId('import-people-headers').textContent).toContain('Intitulé du poste');

    const errors = screen.getAllByTestId('import-people-error').map((e) => e.textContent?.trim());
    expect(errors).toEqual([
      'Line 4, column Email: not a valid e-mail (“karim@”)',
      'Line 6, column Responsable: reports to someone found neither in the file nor in the register (“Jean Valjean”)',
      'Line 8: more cells than the header has columns',
    ]);
    const duplicates = screen.getAllByTestId('import-people-duplicate').map((d) => d.textContent?.trim());
    expect(duplicates).toEqual([
      'Line 5, Sophie Lambert: skipped, already in the register',
      'Line 7, Roy Anne: skipped, twice in the file',
    ]);
    expect(screen.getByTestId('import-people-confirm').textContent).toContain('Add 2 people');
  });

  it('adds the people from the same file once confirmed, and says how many were added', async () => {
    const onimported = await openPreview();
    vi.mocked(backend.peopleImport).mockResolvedValue({ ...preview, rows: preview.rows.slice(0, 1) });
    await fireEvent.click(screen.getByTestId('import-people-confirm'));
    await waitFor(() => expect(screen.getByTestId('import-people-done')).toBeTruthy());
    expect(backend.peopleImport).toHaveBeenCalledWith(3, FILE);
    expect(onimported).toHaveBeenCalledTimes(1);
    // The count is the one Rust added (the file was read again), not the preview's.
    expect(dialog().textContent).toContain('1 person was added to the register from Organigramme Ravel.csv.');
    expect(document.activeElement).toBe(screen.getByTestId('import-people-close'));
    await fireEvent.click(screen.getByTestId('import-people-close'));
    expect(screen.queryByTestId('import-people-dialog')).toBeNull();
  });

  it('writes nothing when the preview is cancelled, with the button or Escape', async () => {
    const onimported = await openPreview();
    await fireEvent.click(screen.getByTestId('import-people-cancel'));
    expect(screen.queryByTestId('import-people-dialog')).toBeNull();

    await fireEvent.click(screen.getByTestId('import-people'));
    await waitFor(() => expect(screen.getByTestId('import-people-preview')).toBeTruthy());
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByTestId('import-people-dialog')).toBeNull();
    expect(backend.peopleImport).not.toHaveBeenCalled();
    expect(onimported).not.toHaveBeenCalled();
  });

  it('does nothing when the file dialog is cancelled', async () => {
    vi.mocked(backend.chooseOpenPath).mockResolvedValue(null);
    render(ImportPeople, { missionId: 3, onimported: vi.fn() });
    await fireEvent.click(screen.getByTestId('import-people'));
    await waitFor(() => expect(backend.chooseOpenPath).toHaveBeenCalledTimes(1));
    expect(screen.queryByTestId('import-people-dialog')).toBeNull();
    expect(backend.peopleImportPreview).not.toHaveBeenCalled();
  });

  it('cannot add when no row is left, and says why', async () => {
    await openPreview({ ...preview, rows: [] });
    const confirm = screen.getByTestId('import-people-confirm') as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    expect(confirm.getAttribute('aria-describedby')).toBe('import-people-nothing');
    expect(screen.getByTestId('import-people-nothing').textContent).toContain('Nothing can be added');
    await fireEvent.click(confirm);
    expect(backend.peopleImport).not.toHaveBeenCalled();
  });

  it('explains a file without a column of names, with the headers understood, and lets another be chosen', async () => {
    vi.mocked(backend.chooseOpenPath).mockResolvedValueOnce('/tmp/badges.csv').mockResolvedValueOnce(FILE);
    vi.mocked(backend.peopleImportPreview)
      .mockRejectedValueOnce(apiError('required', 'name: required', { field: 'name' }))
      .mockResolvedValueOnce(preview);
    render(ImportPeople, { missionId: 3, onimported: vi.fn() });
    await fireEvent.click(screen.getByTestId('import-people'));
    await waitFor(() => expect(screen.getByTestId('import-people-refused')).toBeTruthy());
    const refused = screen.getByTestId('import-people-refused');
    expect(within(refused).getByRole('alert').textContent).toContain('No column of this file gives the names');
    expect(within(refused).getByTestId('import-people-headers').textContent).toContain('Nom complet');
    expect(screen.queryByTestId('import-people-confirm')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('import-people-another'));

    await fireEvent.click(screen.getByTestId('import-people-another'));
    await waitFor(() => expect(screen.getByTestId('import-people-preview')).toBeTruthy());
    expect(backend.peopleImportPreview).toHaveBeenLastCalledWith(3, FILE);
  });

  it('shows a file too large, one with too many rows, and one that cannot be read, in the dialog', async () => {
    vi.mocked(backend.chooseOpenPath).mockResolvedValue(FILE);
    vi.mocked(backend.peopleImportPreview)
      .mockRejectedValueOnce(apiError('too_long', 'file: too long', { field: 'file', limit: 16 * 1024 * 1024 }))
      .mockRejectedValueOnce(apiError('too_long', 'file: too long', { field: 'file', limit: 20000 }))
      .mockRejectedValueOnce(apiError('file', `could not read ${FILE}: permission denied`));
    render(ImportPeople, { missionId: 3, onimported: vi.fn() });
    const refusal = async () => {
      await waitFor(() => expect(screen.getByTestId('import-people-refused')).toBeTruthy());
      return within(screen.getByTestId('import-people-refused')).getByRole('alert').textContent ?? '';
    };

    await fireEvent.click(screen.getByTestId('import-people'));
    expect(await refusal()).toContain('This file is too large: 16');
    await fireEvent.click(screen.getByTestId('import-people-another'));
    await waitFor(() => expect(backend.peopleImportPreview).toHaveBeenCalledTimes(2));
    expect(await refusal()).toContain('This file has too many rows: 20,000 at most.');
    await fireEvent.click(screen.getByTestId('import-people-another'));
    await waitFor(() => expect(backend.peopleImportPreview).toHaveBeenCalledTimes(3));
    const text = await refusal();
    expect(text).toContain('The file could not be read or written');
    expect(text).toContain('permission denied');
    expect(backend.peopleImport).not.toHaveBeenCalled();
  });

  it('keeps the preview when the import is refused, with the reason', async () => {
    const onimported = await openPreview();
    vi.mocked(backend.peopleImport).mockRejectedValue(apiError('closed'));
    await fireEvent.click(screen.getByTestId('import-people-confirm'));
    await waitFor(() => expect(within(dialog()).getByRole('alert').textContent).toContain('This mission is closed'));
    expect(screen.getByTestId('import-people-preview')).toBeTruthy();
    expect(onimported).not.toHaveBeenCalled();
  });

  it('speaks French, with the plural of French', async () => {
    setLanguage('fr');
    await openPreview({ ...preview, rows: preview.rows.slice(0, 1) });
    expect(screen.getByTestId('import-people-confirm').textContent).toContain('Ajouter 1 personne');
    expect(screen.getAllByTestId('import-people-error')[0].textContent).toContain(
      'Ligne 4, colonne Email\u00a0: adresse de courriel non valable (« karim@ »)'.replace('« ', '«\u00a0').replace(' »', '\u00a0»'),
    );
  });
});
