import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import { view } from '$lib/app/view.svelte';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { charter } from '$lib/charter/charter.svelte';
import { sampleCharter, sampleClause, sampleMission, sampleVersion } from '$lib/charter/samples';
import { apiError } from '$lib/testing';
import Dashboard from './Dashboard.svelte';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, [
    'charterGet', 'charterStart', 'announcementBoard', 'stakeholderMap', 'followUpsDue',
    'wellbeingAlerts',
  ]),
);

const cadence = { manageClosely: 14, keepSatisfied: 30, keepInformed: 30, monitor: 90 };

describe('Dashboard', () => {
  beforeEach(() => {
    setLanguage('en');
    charter.missionId = null;
    view.current = { name: 'mission', id: 3, page: 'dashboard' };
    vi.mocked(backend.stakeholderMap).mockResolvedValue({ on: '2026-12-01', cadence, toAnnounce: null, people: [] });
    vi.mocked(backend.followUpsDue).mockResolvedValue([]);
    vi.mocked(backend.wellbeingAlerts).mockResolvedValue([]);
  });

  it('shows the open wellbeing alerts by person, red first, each a way to the team page', async () => {
    vi.mocked(backend.charterGet).mockResolvedValue(null);
    vi.mocked(backend.announcementBoard).mockResolvedValue({ toAnnounce: null, audiences: [] });
    const facts = { on: '2026-10-01', value: 0, limit: 0, count: 0, values: [], due: null, signals: [] };
    vi.mocked(backend.wellbeingAlerts).mockResolvedValue([
      { personId: 8, name: 'Karim', kind: 'high_stress', level: 'amber', since: '2026-10-01', why: '', facts, checkIns: [] },
      { personId: 9, name: 'Léa', kind: 'acute', level: 'red', since: '2026-10-12', why: '', facts, checkIns: [] },
      { personId: 9, name: 'Léa', kind: 'long_week', level: 'red', since: '2026-10-05', why: '', facts, checkIns: [] },
    ]);
    render(Dashboard, { mission: sampleMission });
    const rows = await waitFor(() => {
      const found = screen.getAllByTestId('dashboard-team-alert');
      expect(found).toHaveLength(2);
      return found;
    });
    expect(backend.wellbeingAlerts).toHaveBeenCalledWith(3, '');
    expect(rows[0].dataset.personId).toBe('9');
    expect(rows[0].textContent).toContain('Red');
    expect(rows[0].textContent).toContain('2 alerts');
    expect(rows[1].textContent).toContain('Amber');
    await fireEvent.click(rows[0]);
    expect(view.current).toEqual({ name: 'mission', id: 3, page: 'wellbeing' });
  });

  it('starts the charter from the dashboard', async () => {
    vi.mocked(backend.charterGet).mockResolvedValue(null);
    vi.mocked(backend.charterStart).mockResolvedValue(sampleCharter([sampleClause('k1')]));
    vi.mocked(backend.announcementBoard).mockResolvedValue({ toAnnounce: null, audiences: [] });
    render(Dashboard, { mission: sampleMission });
    const card = await waitFor(() => screen.getByTestId('dashboard-charter'));
    expect(card.dataset.status).toBe('none');
    expect(screen.getByTestId('untold').textContent).toContain('Once a version is approved');
    await waitFor(() => expect(screen.getByTestId('dashboard-people-empty')).toBeTruthy());
    expect(backend.stakeholderMap).toHaveBeenCalledWith(3, '');
    expect(backend.followUpsDue).toHaveBeenCalledWith(3, '');
    await fireEvent.click(screen.getByTestId('charter-start'));
    await waitFor(() =>
      expect(screen.getByTestId('dashboard-charter').dataset.status).toBe('draft'),
    );
    expect(screen.getByText('Continue the draft')).toBeTruthy();
  });

  it('puts the audiences not yet told of the approved version in sight, with the way to announce', async () => {
    const v1 = sampleVersion({ status: 'approved', decidedOn: '2026-11-09' });
    const v2 = sampleVersion({ id: 11, number: 2, reason: 'More budget' });
    vi.mocked(backend.charterGet).mockResolvedValue({
      ...sampleCharter([sampleClause('k1', { review: 'to_discuss' })], v2),
      history: [v1, v2],
    });
    vi.mocked(backend.announcementBoard).mockResolvedValue({
      toAnnounce: 1,
      audiences: [
        { audience: { id: 1, name: 'Infrastructure team' }, announcements: [], told: true },
        { audience: { id: 2, name: 'Works council' }, announcements: [], told: false },
      ],
    });
    render(Dashboard, { mission: sampleMission });
    await waitFor(() => expect(screen.getAllByTestId('untold-audience')).toHaveLength(1));
    const untold = screen.getByTestId('untold');
    expect(within(untold).getByTestId('untold-audience').textContent).toContain('Works council');
    expect(untold.textContent).toContain('have not heard of version 1');

    const card = screen.getByTestId('dashboard-charter');
    expect([card.dataset.number, card.dataset.status]).toEqual(['2', 'draft']);
    expect(screen.getByTestId('in-force').textContent).toContain(
      'version 1, approved on 9 November 2026',
    );
    const review = within(card).getByTestId('dashboard-review').textContent?.replace(/\s+/g, ' ');
    expect(review).toContain('To discuss 1');

    // Nobody was told of an earlier version: nothing changed for anyone yet.
    expect(screen.queryByTestId('dashboard-what-changed')).toBeNull();
    await fireEvent.click(screen.getByTestId('dashboard-announcements'));
    await waitFor(() =>
      expect(view.current).toEqual({ name: 'mission', id: 3, page: 'announcements' }),
    );
  });

  it('after an amendment, says which audiences heard only the older version and leads to what changed', async () => {
    vi.mocked(backend.charterGet).mockResolvedValue(null);
    vi.mocked(backend.announcementBoard).mockResolvedValue({
      toAnnounce: 2,
      audiences: [
        {
          audience: { id: 2, name: 'Works council' },
          announcements: [
            {
              id: 4,
              audienceId: 2,
              version: 1,
              announcedBy: 'Claire Moreau',
              announcedOn: '2026-11-10',
              channel: 'meeting',
              note: '',
            },
          ],
          told: false,
        },
      ],
    });
    render(Dashboard, { mission: sampleMission });
    const audience = await screen.findByTestId('untold-audience');
    expect(audience.textContent).toContain('(told of version 1)');
    await fireEvent.click(screen.getByTestId('dashboard-what-changed'));
    expect(view.current).toEqual({ name: 'mission', id: 3, page: 'brief' });
  });

  it('says when the stakeholders cannot be read, and shows the rest of the dashboard', async () => {
    vi.mocked(backend.charterGet).mockResolvedValue(null);
    vi.mocked(backend.announcementBoard).mockResolvedValue({ toAnnounce: null, audiences: [] });
    vi.mocked(backend.followUpsDue).mockRejectedValue(apiError('storage', 'disk I/O error'));
    render(Dashboard, { mission: sampleMission });
    const card = await waitFor(() => screen.getByTestId('dashboard-key-players'));
    await waitFor(() => expect(within(card).getByRole('alert').textContent).toContain('disk I/O error'));
    expect(screen.getByTestId('dashboard-charter')).toBeTruthy();
  });
});
