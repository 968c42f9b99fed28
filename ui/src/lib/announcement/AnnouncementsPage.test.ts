import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import type { Board } from '$lib/bindings/Board';
import { isoDay } from '$lib/i18n/dates';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { sampleMission } from '$lib/charter/samples';
import { register } from '$lib/stakeholder/register.svelte';
import { aPerson } from '$lib/stakeholder/samples';
import { apiError, resetMocks } from '$lib/testing';
import AnnouncementsPage from './AnnouncementsPage.svelte';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, [
    'announcementBoard', 'audienceAdd', 'audienceRename', 'audienceRemove', 'announcementAdd',
    'audienceMembers', 'audienceMember', 'peopleList',
  ]),
);

const board: Board = {
  toAnnounce: 2,
  audiences: [
    {
      audience: { id: 1, name: 'Infrastructure team' },
      announcements: [
        {
          id: 5,
          audienceId: 1,
          version: 2,
          announcedBy: 'Anne Roy',
          announcedOn: '2027-01-16',
          channel: 'intranet',
          note: '',
        },
        {
          id: 2,
          audienceId: 1,
          version: 1,
          announcedBy: 'Claire Moreau',
          announcedOn: '2026-11-10',
          channel: 'meeting',
          note: 'All-hands',
        },
      ],
      told: true,
    },
    { audience: { id: 2, name: 'Works council' }, announcements: [], told: false },
  ],
};
const audience = (name: string) =>
  screen.getAllByTestId('audience').find((a) => a.textContent?.includes(name)) as HTMLElement;
const input = (id: string) => document.getElementById(id) as HTMLInputElement;

describe('AnnouncementsPage', () => {
  beforeEach(() => {
    setLanguage('en');
    resetMocks(backend.announcementAdd, backend.audienceAdd, backend.peopleList, backend.audienceMembers);
    vi.mocked(backend.audienceMembers).mockResolvedValue([]);
    vi.mocked(backend.peopleList).mockResolvedValue([]);
    register.missionId = null;
    register.people = [];
  });

  it('explains that the mandate is announced once approved, and lets the audiences be listed already', async () => {
    vi.mocked(backend.announcementBoard).mockResolvedValue({ toAnnounce: null, audiences: [] });
    vi.mocked(backend.audienceAdd).mockResolvedValue({
      toAnnounce: null,
      audiences: [{ audience: { id: 1, name: 'Works council' }, announcements: [], told: false }],
    });
    render(AnnouncementsPage, { mission: sampleMission });
    await waitFor(() => expect(screen.getByText('Nothing to announce yet')).toBeTruthy());
    await fireEvent.input(input('audience-name'), { target: { value: 'Works council' } });
    await fireEvent.click(screen.getByTestId('audience-add'));
    await waitFor(() => expect(screen.getAllByTestId('audience')).toHaveLength(1));
    expect(backend.audienceAdd).toHaveBeenCalledWith(3, 'Works council');
    expect(input('audience-name').value).toBe('');
    expect(screen.queryByTestId('announce-open')).toBeNull();
  });

  it('shows who was told of the version to announce, and what each audience was told', async () => {
    vi.mocked(backend.announcementBoard).mockResolvedValue(board);
    render(AnnouncementsPage, { mission: sampleMission });
    await waitFor(() => expect(screen.getAllByTestId('audience')).toHaveLength(2));
    expect(audience('Infrastructure team').dataset.told).toBe('true');
    expect(audience('Works council').dataset.told).toBe('false');
    expect(audience('Works council').textContent).toContain('Not yet told of version 2');
    expect(audience('Infrastructure team').textContent).toContain(
      'Intranet, 16 January 2027 — Anne Roy',
    );
    expect(audience('Infrastructure team').textContent).toContain(
      'Meeting, 10 November 2026 — Claire Moreau',
    );
    // Recording is offered to the audience still to tell only, and as a quiet button.
    expect(within(audience('Infrastructure team')).queryByTestId('announce-open')).toBeNull();
    const open = within(audience('Works council')).getByTestId('announce-open');
    expect(open.classList.contains('primary')).toBe(false);
  });

  it('records an announcement, by the transition manager today unless told otherwise', async () => {
    vi.mocked(backend.announcementBoard).mockResolvedValue(board);
    vi.mocked(backend.announcementAdd)
      .mockRejectedValueOnce(apiError('invalid_date', 'bad', { field: 'announcedOn' }))
      .mockResolvedValueOnce({
        ...board,
        audiences: board.audiences.map((a) => ({ ...a, told: true })),
      });
    render(AnnouncementsPage, { mission: sampleMission });
    await waitFor(() => expect(screen.getAllByTestId('audience')).toHaveLength(2));
    await fireEvent.click(within(audience('Works council')).getByTestId('announce-open'));
    expect(input('announce-by').value).toBe('Anne Roy');
    expect(input('announce-on').value).toBe(isoDay(new Date()));
    const channel = input('announce-channel') as unknown as HTMLSelectElement;
    channel.value = 'email';
    await fireEvent.change(channel);
    await fireEvent.input(input('announce-on'), { target: { value: '16/01/2027' } });
    await fireEvent.click(screen.getByTestId('announce-save'));
    await waitFor(() => expect(document.getElementById('announce-on-error')).not.toBeNull());
    expect(input('announce-on').value).toBe('16/01/2027');

    await fireEvent.input(input('announce-on'), { target: { value: '2027-01-16' } });
    await fireEvent.click(screen.getByTestId('announce-save'));
    await waitFor(() => expect(audience('Works council').dataset.told).toBe('true'));
    expect(backend.announcementAdd).toHaveBeenLastCalledWith({
      audienceId: 2,
      announcedBy: 'Anne Roy',
      announcedOn: '2027-01-16',
      channel: 'email',
      note: '',
    });
    expect(document.getElementById('announce-by')).toBeNull();
  });

  it('reads the register once for the members of every audience, and names them', async () => {
    vi.mocked(backend.announcementBoard).mockResolvedValue(board);
    vi.mocked(backend.audienceMembers).mockImplementation(async (id) => (id === 2 ? [8] : []));
    vi.mocked(backend.peopleList).mockResolvedValue([
      aPerson({ id: 8, name: 'Sylvie Perrin', jobTitle: 'Works council secretary', group: 'staff_representatives' }),
    ]);
    const { unmount } = render(AnnouncementsPage, { mission: sampleMission });
    await waitFor(() => expect(screen.getAllByTestId('audience')).toHaveLength(2));
    const council = audience('Works council');
    const toggle = within(council).getByTestId('audience-members-toggle');
    await waitFor(() => expect(toggle.dataset.count).toBe('1'));
    await fireEvent.click(toggle);
    await waitFor(() => expect(within(council).getByTestId('audience-member').textContent).toContain('Sylvie Perrin'));
    expect(backend.peopleList).toHaveBeenCalledTimes(1);
    expect(backend.peopleList).toHaveBeenCalledWith(3, false);
    expect(backend.audienceMembers).toHaveBeenCalledWith(1);
    expect(backend.audienceMembers).toHaveBeenCalledWith(2);

    // Back on the page: the register of this mission is read already.
    unmount();
    render(AnnouncementsPage, { mission: sampleMission });
    await waitFor(() => expect(screen.getAllByTestId('audience')).toHaveLength(2));
    expect(backend.peopleList).toHaveBeenCalledTimes(1);
  });
});
