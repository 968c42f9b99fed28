import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import type { ClauseInput } from '$lib/bindings/ClauseInput';
import { saving } from '$lib/app/saving.svelte';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { apiError, resetMocks } from '$lib/testing';
import { charter } from './charter.svelte';
import MandatePage from './MandatePage.svelte';
import { sampleCharter, sampleClause, sampleMission } from './samples';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, [
    'charterGet', 'clauseUpdate', 'clauseAdd',
  ]),
);

const clauses = [
  sampleClause('a1', {
    section: 'authority',
    title: '',
    authority: 'reduce_staff',
    review: 'agreed',
  }),
  sampleClause('a2', {
    section: 'authority',
    title: '',
    authority: 'spend',
    decision: 'granted',
    amount: 50000,
    currency: 'EUR',
    position: 1,
  }),
  sampleClause('n1', { section: 'non_goal', title: 'Choose a new ERP' }),
  sampleClause('e1', { section: 'escalation', title: 'Escalation to the CEO' }),
];
const draft = sampleCharter(clauses);
const row = (kind: string) =>
  document.querySelector<HTMLElement>(
    `[data-testid="authority"][data-kind="${kind}"]`,
  ) as HTMLElement;

/** Stores the update as Rust would, refusing a needed approval without a name. */
function storeUpdates() {
  vi.mocked(backend.clauseUpdate).mockImplementation(async (_v, key, input: ClauseInput) => {
    if (input.decision === 'needs_approval' && input.approver.trim() === '') {
      throw apiError('required', 'approver is required', { field: 'approver' });
    }
    return sampleCharter(
      clauses.map((c) =>
        c.key === key
          ? { ...c, decision: input.decision, approver: input.approver, review: 'pending' as const }
          : c,
      ),
    );
  });
}

async function open() {
  vi.mocked(backend.charterGet).mockResolvedValue(draft);
  render(MandatePage, { mission: sampleMission });
  await waitFor(() => expect(screen.getAllByTestId('authority')).toHaveLength(2));
}

describe('MandatePage', () => {
  beforeEach(() => {
    setLanguage('en');
    charter.missionId = null;
    resetMocks(backend.clauseUpdate, backend.clauseAdd);
  });

  it('lists the authorities by their catalogue wording, with their decision, then the non-goals and the escalation rule', async () => {
    await open();
    expect(within(row('reduce_staff')).getByText('Reduce staff')).toBeTruthy();
    const decision = within(row('reduce_staff')).getByTestId(
      'authority-decision',
    ) as HTMLSelectElement;
    expect(decision.value).toBe('');
    expect([...decision.options].map((o) => o.value)).toEqual([
      '',
      'granted',
      'not_granted',
      'needs_approval',
    ]);
    expect((within(row('spend')).getByTestId('authority-amount') as HTMLInputElement).value).toBe(
      '50000',
    );
    expect(within(row('reduce_staff')).queryByTestId('authority-amount')).toBeNull();
    expect(screen.getByText('Choose a new ERP')).toBeTruthy();
    expect(screen.getByText('Escalation to the CEO')).toBeTruthy();
    expect(screen.getByTestId('add-non_goal')).toBeTruthy();
    // One granted (the spending limit), none of the others: their zeros are neutral.
    const zeros = [...document.querySelectorAll('.tally li.none')].map((li) => li.className.split(' ')[0]);
    expect(zeros).toEqual(['not_granted', 'needs_approval']);
  });

  it('saves a decision at once; a needed approval without a name is refused on the approver field until one is given', async () => {
    storeUpdates();
    await open();
    const decision = within(row('reduce_staff')).getByTestId(
      'authority-decision',
    ) as HTMLSelectElement;
    decision.value = 'needs_approval';
    await fireEvent.change(decision);

    await waitFor(() => expect(saving.state).toBe('error'));
    const approver = within(row('reduce_staff')).getByTestId(
      'authority-approver',
    ) as HTMLInputElement;
    const error = document.getElementById(`${approver.id}-error`) as HTMLElement;
    expect(error.textContent).toBe('This field is required.');
    expect(error.getAttribute('role')).toBe('alert');
    expect(approver.getAttribute('aria-invalid')).toBe('true');
    expect(decision.value).toBe('needs_approval');

    await fireEvent.input(approver, { target: { value: 'Board of directors' } });
    await fireEvent.blur(approver);
    await waitFor(() => expect(saving.state).toBe('saved'));
    expect(backend.clauseUpdate).toHaveBeenLastCalledWith(
      10,
      'a1',
      expect.objectContaining({
        section: 'authority',
        authority: 'reduce_staff',
        decision: 'needs_approval',
        approver: 'Board of directors',
      }),
    );
    expect(document.getElementById(`${approver.id}-error`)).toBeNull();
    expect(approver.getAttribute('aria-invalid')).toBeNull();
    // The change of content sends the clause back to review.
    expect(within(row('reduce_staff')).getByText('To review')).toBeTruthy();
  });

  it('adds an authority of the catalogue not yet in the mandate, or one worded by hand', async () => {
    vi.mocked(backend.clauseAdd).mockResolvedValue(draft);
    await open();
    await fireEvent.click(screen.getByTestId('add-authority'));
    const kind = document.getElementById('authority-kind') as HTMLSelectElement;
    const offered = [...kind.options].map((o) => o.value);
    expect(offered).not.toContain('reduce_staff');
    expect(offered).not.toContain('spend');
    expect(offered).toContain('hire');
    expect(offered.at(-1)).toBe('custom');

    kind.value = 'custom';
    await fireEvent.change(kind);
    await fireEvent.input(document.getElementById('authority-new-title') as HTMLElement, {
      target: { value: 'Sign purchase orders' },
    });
    await fireEvent.click(screen.getByTestId('authority-save'));
    await waitFor(() =>
      expect(backend.clauseAdd).toHaveBeenCalledWith(
        10,
        expect.objectContaining({
          section: 'authority',
          authority: 'custom',
          title: 'Sign purchase orders',
          decision: null,
        }),
      ),
    );
  });

  it('shows a frozen mandate as text', async () => {
    vi.mocked(backend.charterGet).mockResolvedValue(
      sampleCharter(clauses, {
        status: 'approved',
        decidedOn: '2026-11-09',
        approverName: 'Claire Moreau',
        approverTitle: 'CEO',
      }),
    );
    render(MandatePage, { mission: sampleMission });
    await waitFor(() => expect(screen.getAllByTestId('authority')).toHaveLength(2));
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(within(row('spend')).getByTestId('authority-decision').dataset.value).toBe('granted');
    expect(row('spend').textContent).toContain('Up to €50,000');
    expect(within(row('reduce_staff')).getByText('To decide')).toBeTruthy();
    expect(screen.queryByTestId('add-authority')).toBeNull();
  });
});
