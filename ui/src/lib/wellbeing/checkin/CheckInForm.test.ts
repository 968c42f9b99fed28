import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkinAdd } from '$lib/backend';
import type { CheckIn } from '../../bindings/CheckIn';
import { apiError, resetMocks } from '$lib/testing';
import CheckInForm from './CheckInForm.svelte';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, ['checkinAdd']),
);

const saved: CheckIn = {
  id: 9,
  personId: 4,
  checkedOn: '2026-11-30',
  mood: 2,
  stress: 4,
  hours: 60,
  signals: ['cannot_go_on', 'tired'],
  observation: 'Cried in the meeting',
  actions: ['one_to_one'],
  followUpOn: '2026-12-02',
  followUpDone: false,
  createdAt: '2026-11-30T10:00:00Z',
};

beforeEach(() => resetMocks(checkinAdd));

async function fill() {
  const onSaved = vi.fn();
  render(CheckInForm, { personId: 4, onSaved });
  const date = screen.getByLabelText('Date') as HTMLInputElement;
  await fireEvent.input(date, { target: { value: '2026-11-30' } });
  await fireEvent.click(screen.getByTestId('checkin-mood-2'));
  await fireEvent.click(screen.getByTestId('checkin-stress-4'));
  await fireEvent.input(screen.getByTestId('checkin-hours'), { target: { value: '60' } });
  await fireEvent.click(screen.getByTestId('checkin-signal-tired'));
  await fireEvent.click(screen.getByTestId('checkin-signal-cannot_go_on'));
  await fireEvent.click(screen.getByTestId('checkin-action-one_to_one'));
  await fireEvent.input(screen.getByTestId('checkin-observation'), {
    target: { value: 'Cried in the meeting' },
  });
  return onSaved;
}

describe('CheckInForm', () => {
  it('sends what was typed and says a follow-up will be proposed for an acute sign', async () => {
    vi.mocked(checkinAdd).mockResolvedValue(saved);
    const onSaved = await fill();
    expect(screen.getByTestId('checkin-acute-hint').textContent).toContain('within 2 working days');
    await fireEvent.click(screen.getByTestId('checkin-save'));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
    expect(checkinAdd).toHaveBeenCalledWith(4, {
      checkedOn: '2026-11-30',
      mood: 2,
      stress: 4,
      hours: 60,
      signals: ['tired', 'cannot_go_on'],
      observation: 'Cried in the meeting',
      actions: ['one_to_one'],
      followUpOn: '',
    });
    expect((screen.getByTestId('checkin-hours') as HTMLInputElement).value).toBe('');
  });

  it('shows a refusal on the field Rust names and keeps what was typed', async () => {
    vi.mocked(checkinAdd).mockRejectedValue(apiError('out_of_range', 'hours', { field: 'hours' }));
    const onSaved = await fill();
    await fireEvent.input(screen.getByTestId('checkin-hours'), { target: { value: '200' } });
    await fireEvent.click(screen.getByTestId('checkin-save'));
    const hours = screen.getByTestId('checkin-hours') as HTMLInputElement;
    await vi.waitFor(() => expect(hours.getAttribute('aria-invalid')).toBe('true'));
    expect(checkinAdd).toHaveBeenCalledWith(4, expect.objectContaining({ hours: 200 }));
    expect(screen.getByRole('alert').textContent).toContain('Hours go from 0 to 168');
    expect(hours.value).toBe('200');
    expect((screen.getByTestId('checkin-observation') as HTMLTextAreaElement).value).toBe('Cried in the meeting');
    expect((screen.getByTestId('checkin-signal-tired') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('checkin-mood-2') as HTMLInputElement).checked).toBe(true);
    expect(document.activeElement).toBe(hours);
    expect(onSaved).not.toHaveBeenCalled();
  });
});
