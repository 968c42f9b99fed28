import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import type { CheckIn } from '$lib/bindings/CheckIn';
import type { PersonCopy } from '$lib/bindings/PersonCopy';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { aPerson } from '$lib/stakeholder/samples';
import { apiError, resetMocks } from '$lib/testing';
import PersonCopyDialog from './PersonCopyDialog.svelte';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, [
    'personCopy', 'checkinCorrect', 'personCopyWrite', 'chooseSavePath', 'revealInFolder',
  ]),
);

const note = (id: number, observation: string): CheckIn => ({
  id,
  personId: 5,
  checkedOn: '2026-10-05',
  mood: 2,
  stress: 4,
  hours: 60,
  signals: [],
  observation,
  actions: [],
  followUpOn: null,
  followUpDone: false,
  createdAt: '2026-10-05T09:00:00Z',
});

const copy = (checkIns: CheckIn[]): PersonCopy => ({
  generatedOn: '2026-12-02',
  mission: { id: 1, client: 'Ravel', title: 'Redresser le SI', managerName: 'Anne Roy' },
  person: aPerson({ id: 5, name: 'Franck Mercier', teamMember: true }),
  reportsToName: null,
  assessments: [],
  interactions: [],
  told: { toAnnounce: null, told: false, audiences: [], briefings: [] },
  checkIns,
  alerts: [],
  acknowledgments: [],
  retentionMonths: 12,
});

describe('the person’s copy', () => {
  beforeEach(() => {
    setLanguage('en');
    resetMocks(backend.personCopy, backend.checkinCorrect, backend.personCopyWrite, backend.chooseSavePath);
  });

  it('shows every note before writing, and a corrected wording is saved and kept', async () => {
    vi.mocked(backend.personCopy).mockResolvedValue(copy([note(31, 'Seems depressed'), note(32, 'Left at 22:00')]));
    vi.mocked(backend.checkinCorrect).mockResolvedValue(note(31, 'Said he sleeps badly'));
    render(PersonCopyDialog, { personId: 5, name: 'Franck Mercier', onclose: () => {} });
    const notes = await waitFor(() => {
      const found = screen.getAllByTestId('person-copy-note');
      expect(found).toHaveLength(2);
      return found;
    });
    expect(backend.personCopy).toHaveBeenCalledWith(5);
    const field = document.getElementById('copy-note-31') as HTMLTextAreaElement;
    expect(field.value).toBe('Seems depressed');
    const correct = notes[0].querySelector<HTMLButtonElement>('[data-testid=person-copy-correct]')!;
    expect(correct.disabled).toBe(true);
    await fireEvent.input(field, { target: { value: 'Said he sleeps badly' } });
    await fireEvent.click(correct);
    await waitFor(() => expect(backend.checkinCorrect).toHaveBeenCalledWith(31, 'Said he sleeps badly'));
    await waitFor(() => expect(notes[0].textContent).toContain('Corrected'));
  });

  it('shows a refused wording on its note and keeps what was typed', async () => {
    vi.mocked(backend.personCopy).mockResolvedValue(copy([note(31, 'x')]));
    vi.mocked(backend.checkinCorrect).mockRejectedValue(apiError('too_long', 'too long', { field: 'observation', limit: 2000 }));
    render(PersonCopyDialog, { personId: 5, name: 'Franck Mercier', onclose: () => {} });
    const field = (await waitFor(() => {
      const found = document.getElementById('copy-note-31');
      if (!found) throw new Error('no note yet');
      return found;
    })) as HTMLTextAreaElement;
    await fireEvent.input(field, { target: { value: 'far too long' } });
    await fireEvent.click(screen.getByTestId('person-copy-correct'));
    await waitFor(() => expect(document.getElementById('copy-note-31-error')).toBeTruthy());
    expect(field.value).toBe('far too long');
  });

  it('writes the PDF where she chooses, in the language chosen, with the JSON beside it', async () => {
    vi.mocked(backend.personCopy).mockResolvedValue(copy([]));
    vi.mocked(backend.chooseSavePath).mockResolvedValue('/home/anne/Franck.pdf');
    vi.mocked(backend.personCopyWrite).mockResolvedValue(undefined);
    render(PersonCopyDialog, { personId: 5, name: 'Franck Mercier', onclose: () => {} });
    await waitFor(() => expect(screen.getByText('No wellbeing note about this person.')).toBeTruthy());
    await fireEvent.change(screen.getByTestId('person-copy-language'), { target: { value: 'fr' } });
    await fireEvent.click(screen.getByTestId('person-copy-write'));
    await waitFor(() => screen.getByTestId('person-copy-written'));
    expect(backend.chooseSavePath).toHaveBeenCalledWith('pdf', 'Franck Mercier - what Mandat holds.pdf');
    expect(backend.personCopyWrite).toHaveBeenCalledWith(5, 'fr', '/home/anne/Franck.pdf', '/home/anne/Franck.json');
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    vi.mocked(backend.personCopy).mockResolvedValue(copy([]));
    vi.mocked(backend.chooseSavePath).mockResolvedValue(null);
    render(PersonCopyDialog, { personId: 5, name: 'Franck Mercier', onclose: () => {} });
    await waitFor(() => screen.getByTestId('person-copy-counts'));
    await fireEvent.click(screen.getByTestId('person-copy-write'));
    await waitFor(() => expect(backend.chooseSavePath).toHaveBeenCalled());
    expect(backend.personCopyWrite).not.toHaveBeenCalled();
  });
});
