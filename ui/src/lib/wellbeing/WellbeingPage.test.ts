import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import type { Alert } from '$lib/bindings/Alert';
import type { BoardRow } from '$lib/bindings/BoardRow';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { aMission, apiError, resetMocks } from '$lib/testing';
import WellbeingPage from './WellbeingPage.svelte';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, [
    'wellbeingBoard', 'wellbeingAlerts', 'alertAcknowledge', 'checkinList', 'peopleList', 'wellbeingThresholds',
  ]),
);

const weeks = Array.from({ length: 8 }, (_, i) => ({
  weekEnding: `2026-10-${String(i + 10).padStart(2, '0')}`,
  mood: i < 2 ? null : 2 + i / 4,
  stress: i < 2 ? null : 5 - i / 4,
  hours: i < 2 ? null : 60 - i,
}));
const row = (personId: number, name: string, fields: Partial<BoardRow> = {}): BoardRow => ({
  personId,
  name,
  jobTitle: '',
  latest: null,
  weeks,
  openAlerts: 0,
  nextFollowUp: null,
  ...fields,
});
const alert: Alert = {
  personId: 2,
  name: 'Karima Benali',
  kind: 'long_week',
  level: 'red',
  since: '2026-11-20',
  why: '',
  facts: { on: '2026-11-26', value: 62, limit: 55, count: 2, values: [58, 62], due: null, signals: [] },
  checkIns: [7, 8],
};

describe('the team wellbeing page', () => {
  beforeEach(() => {
    setLanguage('en');
    resetMocks(backend.wellbeingBoard, backend.wellbeingAlerts, backend.alertAcknowledge, backend.checkinList);
    vi.mocked(backend.checkinList).mockResolvedValue([]);
    vi.mocked(backend.peopleList).mockResolvedValue([]);
    vi.mocked(backend.wellbeingThresholds).mockResolvedValue({
      longWeekHours: 55, averageHours: 48, lowMood: 2, lowMoodStreak: 3, highStress: 4, highStressStreak: 3, acuteDays: 2, silenceDays: 14,
    });
  });

  it('says how to build the team when no one is in it', async () => {
    vi.mocked(backend.wellbeingBoard).mockResolvedValue({ on: '2026-12-02', people: [] });
    vi.mocked(backend.wellbeingAlerts).mockResolvedValue([]);
    render(WellbeingPage, { mission: aMission({ id: 4, client: 'Ravel', title: 'Redresser le SI' }) });
    const empty = await waitFor(() => screen.getByTestId('wellbeing-empty'));
    expect(empty.textContent).toContain('Member of my team');
    expect(backend.wellbeingBoard).toHaveBeenCalledWith(4, '');
  });

  it('lists each member with eight weeks in words, alerts by level and a late follow-up', async () => {
    vi.mocked(backend.wellbeingBoard).mockResolvedValue({
      on: '2026-12-02',
      people: [
        row(1, 'Inès Morel'),
        row(2, 'Karima Benali', { openAlerts: 1, nextFollowUp: '2026-11-28' }),
      ],
    });
    vi.mocked(backend.wellbeingAlerts).mockResolvedValue([alert]);
    render(WellbeingPage, { mission: aMission({ id: 4, client: 'Ravel', title: 'Redresser le SI' }) });
    const rows = await waitFor(() => {
      const found = screen.getAllByTestId('wellbeing-row');
      expect(found).toHaveLength(2);
      return found;
    });
    expect(rows[0].textContent).toContain('Never checked in');
    expect(rows[1].textContent).toContain('1 · Red');
    expect(rows[1].textContent).toContain('overdue');
    expect(rows[1].querySelector('svg')?.getAttribute('aria-label')).toBe('Mood 2.5→3.8, stress 4.5→3.3 over 8 weeks');
    const shown = screen.getByTestId('wellbeing-alert');
    expect(shown.textContent).toContain('Very long week');
    expect(shown.textContent).toContain('62 h in the 7 days');
  });

  it('acknowledges an alert with what was done, and shows a refusal on the field', async () => {
    vi.mocked(backend.wellbeingBoard).mockResolvedValue({ on: '2026-12-02', people: [row(2, 'Karima Benali')] });
    vi.mocked(backend.wellbeingAlerts).mockResolvedValue([alert]);
    vi.mocked(backend.alertAcknowledge)
      .mockRejectedValueOnce(apiError('required', 'required', { field: 'whatWasDone' }))
      .mockResolvedValueOnce({ id: 1, personId: 2, kind: 'long_week', since: '2026-11-20', acknowledgedOn: '2026-12-02', whatWasDone: 'Friday off' });
    render(WellbeingPage, { mission: aMission({ id: 4, client: 'Ravel', title: 'Redresser le SI' }) });
    await fireEvent.click(await waitFor(() => screen.getByTestId('wellbeing-ack')));
    await fireEvent.click(screen.getByTestId('wellbeing-ack-save'));
    await waitFor(() => expect(document.querySelector('[id$="-error"]')).toBeTruthy());
    vi.mocked(backend.wellbeingAlerts).mockResolvedValue([]);
    const field = screen.getByTestId('wellbeing-ack-text') as HTMLTextAreaElement;
    await fireEvent.input(field, { target: { value: 'Friday off' } });
    await fireEvent.click(screen.getByTestId('wellbeing-ack-save'));
    await waitFor(() => expect(screen.getByTestId('wellbeing-alerts-none')).toBeTruthy());
    expect(backend.alertAcknowledge).toHaveBeenLastCalledWith({
      personId: 2, kind: 'long_week', since: '2026-11-20', acknowledgedOn: '', whatWasDone: 'Friday off',
    });
  });

  it('opens the person from an alert with the check-ins behind it marked, the newest focused', async () => {
    const checkIn = (id: number, checkedOn: string, hours: number) => ({
      id, personId: 2, checkedOn, mood: 3, stress: 3, hours, signals: [], observation: '', actions: [],
      followUpOn: null, followUpDone: false, createdAt: `${checkedOn}T09:00:00Z`,
    });
    vi.mocked(backend.checkinList).mockResolvedValue([
      checkIn(6, '2026-11-12', 40), checkIn(7, '2026-11-19', 58), checkIn(8, '2026-11-26', 62),
    ]);
    vi.mocked(backend.wellbeingBoard).mockResolvedValue({ on: '2026-12-02', people: [row(2, 'Karima Benali')] });
    vi.mocked(backend.wellbeingAlerts).mockResolvedValue([alert]);
    render(WellbeingPage, { mission: aMission({ id: 4, client: 'Ravel', title: 'Redresser le SI' }) });
    const link = await waitFor(() => screen.getByTestId('wellbeing-alert-entries'));
    expect(link.textContent).toContain('See the 2 check-ins behind it');
    await fireEvent.click(link);
    const entries = await waitFor(() => {
      const found = screen.getAllByTestId('checkin-entry');
      expect(found).toHaveLength(3);
      return found;
    });
    const marked = entries.filter((e) => e.hasAttribute('data-behind'));
    expect(marked.map((e) => e.textContent?.includes('Behind the alert'))).toEqual([true, true]);
    expect(entries[2].hasAttribute('data-behind')).toBe(false);
    await waitFor(() => expect(document.activeElement).toBe(marked[0]));
    // From an alert again: the timeline stays open.
    await fireEvent.click(link);
    expect(screen.getAllByTestId('checkin-entry')).toHaveLength(3);
  });
});
