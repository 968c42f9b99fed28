import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import type { RetentionDecision } from '$lib/bindings/RetentionDecision';
import type { RetentionProposal } from '$lib/bindings/RetentionProposal';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { apiError, resetMocks } from '$lib/testing';
import RetentionCard from './RetentionCard.svelte';
import { monthsTyped } from './retention';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, [
    'retentionProposal', 'retentionApply', 'retentionDecisions', 'retentionPeriod', 'retentionSetPeriod',
    'wellbeingNoteCounts',
  ]),
);

const proposal = (fields: Partial<RetentionProposal> = {}): RetentionProposal => ({
  missionId: 3,
  on: '2026-12-03',
  months: 12,
  cutOff: '2025-12-03',
  closedOn: null,
  wholeMission: false,
  notes: 14,
  acknowledgments: 2,
  people: 3,
  oldest: '2025-01-10',
  ...fields,
});

const decision: RetentionDecision = {
  id: 5,
  missionId: 3,
  decidedOn: '2026-12-03',
  cutOff: '2025-12-03',
  months: 12,
  wholeMission: false,
  notesDeleted: 14,
  acknowledgmentsDeleted: 2,
  people: 3,
  createdAt: '2026-12-03T10:00:00Z',
};

const mocks = () => [
  backend.retentionProposal, backend.retentionApply, backend.retentionDecisions, backend.retentionPeriod,
  backend.retentionSetPeriod, backend.wellbeingNoteCounts,
];

describe('the retention card', () => {
  beforeEach(() => {
    setLanguage('en');
    resetMocks(...mocks());
    vi.mocked(backend.retentionProposal).mockResolvedValue(proposal());
    vi.mocked(backend.retentionPeriod).mockResolvedValue(12);
    vi.mocked(backend.retentionDecisions).mockResolvedValue([]);
    vi.mocked(backend.wellbeingNoteCounts).mockResolvedValue({ notes: 40, people: 5 });
  });

  it('puts the old notes forward with their counts and deletes them only once confirmed', async () => {
    vi.mocked(backend.retentionApply).mockResolvedValue(decision);
    render(RetentionCard, { missionId: 3 });
    const said = await screen.findByTestId('retention-proposal');
    expect(said.textContent).toContain('14 check-ins and 2 acknowledged alerts about 3 people are older than 12 months');
    expect(said.textContent).toContain('3 December 2025');
    await fireEvent.click(screen.getByTestId('retention-apply'));
    expect(screen.getByRole('dialog').textContent).toContain('Delete the old notes?');
    // Keeping them: nothing is deleted.
    await fireEvent.click(screen.getByText('Keep them'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(backend.retentionApply).not.toHaveBeenCalled();

    vi.mocked(backend.retentionProposal).mockResolvedValue(proposal({ notes: 0, acknowledgments: 0, people: 0, oldest: null }));
    vi.mocked(backend.retentionDecisions).mockResolvedValue([decision]);
    await fireEvent.click(screen.getByTestId('retention-apply'));
    await fireEvent.click(screen.getByTestId('retention-apply-confirm'));
    await waitFor(() => expect(screen.getByTestId('retention-done').textContent).toContain('14 check-ins and 2'));
    // The proposal made for a day is applied for that day.
    expect(backend.retentionApply).toHaveBeenCalledWith(3, '2026-12-03');
    expect(screen.getByTestId('retention-none').textContent).toBe('No note is older than 12 months: nothing to delete.');
    expect(screen.getByTestId('retention-decisions').textContent).toContain('14 check-ins and 2 acknowledged alerts about 3 people, older than 12 months');
  });

  it('says when the mission closed more than 30 days ago puts every note forward, in French', async () => {
    setLanguage('fr');
    vi.mocked(backend.retentionProposal).mockResolvedValue(proposal({ wholeMission: true, closedOn: '2026-10-01' }));
    render(RetentionCard, { missionId: 3 });
    const said = await screen.findByTestId('retention-proposal');
    expect(said.textContent).toContain('La mission a été close le 1 octobre 2026');
    expect(said.textContent).toContain('toutes ses notes sont proposées');
  });

  it('changes the period, refusing one out of 1–120 on its field before sending it', async () => {
    vi.mocked(backend.retentionSetPeriod).mockResolvedValue(1);
    render(RetentionCard, { missionId: 3 });
    await fireEvent.click(await screen.findByTestId('retention-period-change'));
    const input = screen.getByTestId('retention-months') as HTMLInputElement;
    expect(input.value).toBe('12');
    await fireEvent.input(input, { target: { value: '121' } });
    await fireEvent.click(screen.getByTestId('retention-period-save'));
    expect(document.getElementById('retention-months-error')?.textContent).toBe('A whole number of months from 1 to 120.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(backend.retentionSetPeriod).not.toHaveBeenCalled();

    vi.mocked(backend.retentionPeriod).mockResolvedValue(1);
    await fireEvent.input(input, { target: { value: '1' } });
    await fireEvent.click(screen.getByTestId('retention-period-save'));
    await waitFor(() => expect(screen.getByTestId('retention-period').textContent).toBe('Notes kept 1 month.'));
    expect(backend.retentionSetPeriod).toHaveBeenCalledWith(3, 1);
    expect(backend.retentionProposal).toHaveBeenCalledTimes(2);
  });

  it('shows Rust’s refusal of the period on its field', async () => {
    vi.mocked(backend.retentionSetPeriod).mockRejectedValue(apiError('out_of_range', 'out of range', { field: 'months' }));
    render(RetentionCard, { missionId: 3 });
    await fireEvent.click(await screen.findByTestId('retention-period-change'));
    await fireEvent.input(screen.getByTestId('retention-months'), { target: { value: '6' } });
    await fireEvent.click(screen.getByTestId('retention-period-save'));
    await waitFor(() => expect(document.getElementById('retention-months-error')).toBeTruthy());
  });

  it('stays out of the way for a mission with no wellbeing note', async () => {
    vi.mocked(backend.retentionProposal).mockResolvedValue(proposal({ notes: 0, acknowledgments: 0, people: 0, oldest: null }));
    vi.mocked(backend.wellbeingNoteCounts).mockResolvedValue({ notes: 0, people: 0 });
    render(RetentionCard, { missionId: 3 });
    await waitFor(() => expect(backend.wellbeingNoteCounts).toHaveBeenCalled());
    await Promise.resolve();
    expect(screen.queryByTestId('retention-card')).toBeNull();
  });
});

describe('the period as typed', () => {
  it('is a whole number of months from 1 to 120', () => {
    expect(monthsTyped('1')).toBe(1);
    expect(monthsTyped(' 120 ')).toBe(120);
    expect(monthsTyped(24)).toBe(24);
    for (const wrong of ['0', '121', '-3', '2.5', '', 'douze', null]) expect(monthsTyped(wrong), String(wrong)).toBeNull();
  });
});
