import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { apiError } from '$lib/testing';
import { charter } from './charter.svelte';
import CharterPage from './CharterPage.svelte';
import { sampleCharter, sampleClause, sampleMission } from './samples';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, [
    'charterGet', 'charterStart', 'charterAmend', 'clauseAdd', 'clauseUpdate', 'clauseRemove',
    'clauseMove',
  ]),
);

const clauses = [
  sampleClause('k1', { section: 'objective', title: 'Stabilise operations', review: 'agreed' }),
  sampleClause('k2', { section: 'objective', title: 'Succeed with the cut-over', position: 1 }),
  sampleClause('k3', { section: 'milestone', title: 'Kick-off', due: '2026-11-09' }),
];
const approved = sampleCharter(clauses, {
  status: 'approved',
  decidedOn: '2026-11-09',
  approverName: 'Claire Moreau',
  approverTitle: 'CEO',
});
const draft = sampleCharter(clauses);
const input = (id: string) => document.getElementById(id) as HTMLInputElement;

async function open(start: typeof draft | null, mission = sampleMission) {
  vi.mocked(backend.charterGet).mockResolvedValue(start);
  render(CharterPage, { mission });
  await waitFor(() => expect(charter.loaded).toBe(true));
}

describe('CharterPage', () => {
  beforeEach(() => {
    setLanguage('en');
    charter.missionId = null;
    charter.current = null;
    charter.loaded = false;
    for (const fn of [
      backend.charterStart,
      backend.charterAmend,
      backend.clauseAdd,
      backend.clauseMove,
      backend.clauseRemove,
    ]) {
      vi.mocked(fn).mockReset();
    }
  });

  it('offers to start the charter when there is none', async () => {
    vi.mocked(backend.charterStart).mockResolvedValue(draft);
    await open(null);
    await fireEvent.click(screen.getByTestId('charter-start'));
    await waitFor(() => expect(screen.getByTestId('version-banner').dataset.status).toBe('draft'));
    expect(backend.charterStart).toHaveBeenCalledWith(3);
    expect(screen.getAllByTestId('clause')).toHaveLength(3);
  });

  it('shows a frozen version read-only, says who approved it and when, and offers the amendment', async () => {
    await open(approved);
    const banner = screen.getByTestId('version-banner');
    expect(banner.dataset.number).toBe('1');
    expect(banner.dataset.status).toBe('approved');
    expect(banner.textContent).toContain(
      'Version 1 approved on 9 November 2026 by Claire Moreau, CEO',
    );
    expect(banner.textContent).toContain('to change it, start an amendment');
    expect(screen.getAllByTestId('clause')).toHaveLength(3);
    expect(screen.queryByTestId('clause-edit')).toBeNull();
    expect(screen.queryByTestId('clause-remove')).toBeNull();
    expect(screen.queryByTestId('add-objective')).toBeNull();
  });

  it('amends a frozen version: the reason is required, then a new draft opens', async () => {
    vi.mocked(backend.charterAmend)
      .mockRejectedValueOnce(apiError('required', 'reason is required', { field: 'reason' }))
      .mockResolvedValueOnce(sampleCharter(clauses, { id: 11, number: 2, reason: 'More budget' }));
    await open(approved);
    await fireEvent.click(screen.getByTestId('charter-amend'));
    const dialog = screen.getByRole('dialog');
    expect(document.activeElement).toBe(input('amend-reason'));

    await fireEvent.click(within(dialog).getByTestId('amend-confirm'));
    await waitFor(() =>
      expect(input('amend-reason-error')?.textContent).toBe('This field is required.'),
    );
    expect(input('amend-reason').getAttribute('aria-invalid')).toBe('true');

    await fireEvent.input(input('amend-reason'), { target: { value: 'More budget' } });
    await fireEvent.click(within(dialog).getByTestId('amend-confirm'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.charterAmend).toHaveBeenLastCalledWith(3, 'More budget');
    const banner = screen.getByTestId('version-banner');
    expect([banner.dataset.number, banner.dataset.status]).toEqual(['2', 'draft']);
    expect(banner.textContent).toContain('More budget');
    await waitFor(() => expect(document.activeElement).toBe(banner));
    expect(screen.getByTestId('add-objective')).toBeTruthy();
  });

  it('adds a clause in place, shows Rust’s refusal on its field and keeps what was typed', async () => {
    vi.mocked(backend.clauseAdd)
      .mockRejectedValueOnce(apiError('invalid_date', 'due is not a valid date', { field: 'due' }))
      .mockImplementationOnce(async (_v, clause) =>
        sampleCharter([
          ...clauses,
          sampleClause('k9', {
            ...clause,
            due: clause.due,
            amount: null,
            currency: null,
            position: 1,
          }),
        ]),
      );
    await open(draft);
    await fireEvent.click(screen.getByTestId('add-milestone'));
    expect(document.activeElement).toBe(input('clause-title'));
    await fireEvent.input(input('clause-title'), { target: { value: 'New cut-over' } });
    await fireEvent.input(input('clause-due'), { target: { value: '2027-02-30' } });
    await fireEvent.click(screen.getByTestId('clause-save'));

    await waitFor(() => expect(document.getElementById('clause-due-error')).not.toBeNull());
    expect(document.getElementById('clause-due-error')?.getAttribute('role')).toBe('alert');
    expect(input('clause-due').getAttribute('aria-invalid')).toBe('true');
    expect(input('clause-due').getAttribute('aria-describedby')).toContain('clause-due-error');
    expect(document.activeElement).toBe(input('clause-due'));
    expect(input('clause-title').value).toBe('New cut-over');
    expect(input('clause-due').value).toBe('2027-02-30');
    expect(backend.clauseAdd).toHaveBeenCalledWith(
      10,
      expect.objectContaining({ section: 'milestone', title: 'New cut-over', due: '2027-02-30' }),
    );

    await fireEvent.input(input('clause-due'), { target: { value: '2027-02-28' } });
    await fireEvent.click(screen.getByTestId('clause-save'));
    await waitFor(() => expect(screen.getAllByTestId('clause')).toHaveLength(4));
    expect(screen.queryByTestId('clause-form')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('add-milestone'));
  });

  it('keeps one form open at a time and never drops what was typed', async () => {
    await open(draft);
    await fireEvent.click(screen.getByTestId('add-objective'));
    await fireEvent.input(input('clause-title'), { target: { value: 'Half typed' } });
    await fireEvent.click(screen.getByTestId('add-milestone'));
    expect(screen.getAllByTestId('clause-form')).toHaveLength(1);
    expect(input('clause-title').value).toBe('Half typed');
    expect(screen.getByText('Save or cancel this clause first.')).toBeTruthy();
  });

  it('moves a clause within its section and asks before removing one', async () => {
    vi.mocked(backend.clauseMove).mockResolvedValue(draft);
    vi.mocked(backend.clauseRemove).mockResolvedValue(sampleCharter(clauses.slice(1)));
    await open(draft);
    const [first, second] = screen.getAllByTestId('clause');
    expect((within(first).getByTestId('clause-up') as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(within(second).getByTestId('clause-up'));
    expect(backend.clauseMove).toHaveBeenCalledWith(10, 'k2', -1);

    await fireEvent.click(within(first).getByTestId('clause-remove'));
    expect(screen.getByRole('dialog').textContent).toContain(
      '“Stabilise operations” will be removed',
    );
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(backend.clauseRemove).not.toHaveBeenCalled();
    await fireEvent.click(within(first).getByTestId('clause-remove'));
    await fireEvent.click(screen.getByTestId('confirm-remove'));
    await waitFor(() => expect(screen.getAllByTestId('clause')).toHaveLength(2));
    expect(backend.clauseRemove).toHaveBeenCalledWith(10, 'k1');
  });

  it('is read-only while the mission is closed', async () => {
    await open(draft, { ...sampleMission, status: 'closed' });
    expect(screen.getByTestId('version-banner').textContent).toContain('This mission is closed');
    expect(screen.queryByTestId('clause-edit')).toBeNull();
    expect(screen.queryByTestId('add-objective')).toBeNull();
  });
});
