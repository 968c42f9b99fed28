import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { apiError, resetMocks } from '$lib/testing';
import ThresholdsDialog from './ThresholdsDialog.svelte';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, ['wellbeingThresholds', 'wellbeingSetThresholds']),
);

const DEFAULTS = {
  longWeekHours: 55, averageHours: 48, lowMood: 2, lowMoodStreak: 3,
  highStress: 4, highStressStreak: 3, acuteDays: 2, silenceDays: 14,
};
const field = (name: string) => document.getElementById(`threshold-${name}`) as HTMLInputElement;

describe('the alert thresholds', () => {
  beforeEach(() => {
    setLanguage('en');
    resetMocks(backend.wellbeingThresholds, backend.wellbeingSetThresholds);
    vi.mocked(backend.wellbeingThresholds).mockResolvedValue(DEFAULTS);
  });

  it('refuses a number out of range on its field and sends nothing', async () => {
    render(ThresholdsDialog, { missionId: 3, onsaved: () => {}, onclose: () => {} });
    await waitFor(() => expect(field('longWeekHours').value).toBe('55'));
    expect(screen.getByText(/WHO\/ILO 2021/)).toBeTruthy();
    await fireEvent.input(field('lowMood'), { target: { value: '7' } });
    await fireEvent.click(screen.getByTestId('wellbeing-thresholds-save'));
    expect(document.getElementById('threshold-lowMood-error')?.textContent).toBe('A whole number from 1 to 5.');
    expect(backend.wellbeingSetThresholds).not.toHaveBeenCalled();
  });

  it('saves the numbers typed, and shows Rust’s refusal on the field it names', async () => {
    const onsaved = vi.fn();
    vi.mocked(backend.wellbeingSetThresholds)
      .mockRejectedValueOnce(apiError('out_of_range', 'out of range', { field: 'averageHours', limit: 168 }))
      .mockResolvedValueOnce({ ...DEFAULTS, averageHours: 45 });
    render(ThresholdsDialog, { missionId: 3, onsaved, onclose: () => {} });
    await waitFor(() => expect(field('averageHours').value).toBe('48'));
    await fireEvent.input(field('averageHours'), { target: { value: '45' } });
    await fireEvent.click(screen.getByTestId('wellbeing-thresholds-save'));
    await waitFor(() => expect(document.getElementById('threshold-averageHours-error')).toBeTruthy());
    await fireEvent.click(screen.getByTestId('wellbeing-thresholds-save'));
    await waitFor(() => expect(onsaved).toHaveBeenCalled());
    expect(backend.wellbeingSetThresholds).toHaveBeenLastCalledWith(3, { ...DEFAULTS, averageHours: 45 });
  });
});
