import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkinFollowUp, checkinList } from '$lib/backend';
import type { CheckIn } from '$lib/bindings/CheckIn';
import { register } from '$lib/stakeholder/register.svelte';
import { aPerson } from '$lib/stakeholder/samples';
import { aMission, resetMocks } from '$lib/testing';
import PersonWellbeing from './PersonWellbeing.svelte';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, ['checkinList', 'checkinFollowUp', 'checkinAdd']),
);

const mission = aMission({ id: 1, client: 'Acme', title: 'Transition' });

function aCheckIn(id: number, checkedOn: string, fields: Partial<CheckIn> = {}): CheckIn {
  return {
    id,
    personId: 3,
    checkedOn,
    mood: 3,
    stress: 3,
    hours: 40,
    signals: [],
    observation: '',
    actions: [],
    followUpOn: null,
    followUpDone: false,
    createdAt: `${checkedOn}T10:00:00Z`,
    ...fields,
  };
}

beforeEach(() => {
  resetMocks(checkinList, checkinFollowUp);
  register.people = [aPerson({ id: 3, name: 'Éric Dupont', teamMember: true })];
});

describe('PersonWellbeing', () => {
  it('lists the check-ins newest first in words and ticks a follow-up off', async () => {
    vi.mocked(checkinList).mockResolvedValue([
      aCheckIn(1, '2026-11-02', { mood: 4 }),
      aCheckIn(2, '2026-11-30', {
        mood: 2,
        stress: 5,
        hours: 62,
        signals: ['cannot_go_on'],
        actions: ['one_to_one'],
        observation: 'Cried in the meeting',
        followUpOn: '2026-12-02',
      }),
    ]);
    vi.mocked(checkinFollowUp).mockResolvedValue(undefined as never);
    render(PersonWellbeing, { mission, personId: 3 });
    await vi.waitFor(() => expect(screen.getAllByTestId('checkin-entry')).toHaveLength(2));
    const [latest, older] = screen.getAllByTestId('checkin-entry');
    expect(latest.textContent).toContain('Says they cannot go on');
    expect(latest.textContent).toContain('Talked one to one');
    expect(latest.textContent).toContain('Cried in the meeting');
    expect(older.textContent).toContain('No sign noted');
    expect(screen.getByRole('img', { name: /Mood, stress.*Éric Dupont/ })).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(3);
    await fireEvent.click(screen.getByTestId('checkin-follow-up-done'));
    expect(checkinFollowUp).toHaveBeenCalledWith(2, true);
  });

  it('says what to do first when there is no check-in', async () => {
    vi.mocked(checkinList).mockResolvedValue([]);
    render(PersonWellbeing, { mission, personId: 3 });
    await vi.waitFor(() => expect(screen.getByTestId('wellbeing-timeline').textContent).toContain('No check-in yet'));
    expect(screen.getByTestId('checkin-form')).toBeTruthy();
  });
});
