import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import { view } from '$lib/app/view.svelte';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { register } from '$lib/stakeholder/register.svelte';
import { aPerson } from '$lib/stakeholder/samples';
import { apiError, resetMocks } from '$lib/testing';
import AudienceMembers from './AudienceMembers.svelte';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, ['audienceMembers', 'audienceMember']),
);

const PEOPLE = [
  aPerson({ id: 1, name: 'Claire Moreau', jobTitle: 'CEO', team: 'Direction' }),
  aPerson({ id: 2, name: 'Éloïse Marchand', jobTitle: 'Application lead', team: 'Études' }),
  aPerson({ id: 3, name: 'Karim Haddad', jobTitle: 'Network engineer', team: 'Infrastructure' }),
  aPerson({ id: 4, name: 'Marc Lefèvre', jobTitle: 'Supply chain director', team: 'Logistique' }),
  aPerson({ id: 5, name: 'Sophie Lambert', jobTitle: 'Systems engineer', team: 'Infrastructure' }),
];

const search = () => screen.getByTestId('audience-member-search') as HTMLInputElement;
const options = () => screen.queryAllByTestId('audience-member-option').map((o) => Number(o.dataset.personId));
const members = () => screen.queryAllByTestId('audience-member').map((m) => Number(m.dataset.personId));

async function openMembers(ids: number[], peopleReady = true) {
  vi.mocked(backend.audienceMembers).mockResolvedValue(ids);
  render(AudienceMembers, { audienceId: 7, audienceName: 'Infrastructure team', peopleReady });
  const toggle = screen.getByTestId('audience-members-toggle');
  await waitFor(() => expect(toggle.dataset.count).toBe(String(ids.length)));
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  await fireEvent.click(toggle);
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
}

describe('AudienceMembers', () => {
  beforeEach(() => {
    setLanguage('en');
    resetMocks(backend.audienceMembers, backend.audienceMember);
    vi.mocked(backend.audienceMember).mockResolvedValue(undefined);
    register.missionId = 3;
    register.people = PEOPLE;
    register.failed = null;
    view.current = { name: 'mission', id: 3, page: 'announcements' };
  });

  it('shows the count closed, and the members by name once opened, with why membership counts', async () => {
    await openMembers([5, 1]);
    expect(backend.audienceMembers).toHaveBeenCalledWith(7);
    expect(screen.getByTestId('audience-members-count').textContent).toBe('2');
    expect(members()).toEqual([1, 5]);
    expect(screen.getByTestId('audience-members').textContent).toContain(
      'A person counts as told when an audience they belong to is told',
    );
  });

  it('finds people by any part of their name, title or team, whatever the capitals and accents', async () => {
    await openMembers([5]);
    await fireEvent.input(search(), { target: { value: 'eloise' } });
    expect(options()).toEqual([2]);
    await fireEvent.input(search(), { target: { value: 'ETUDES' } });
    expect(options()).toEqual([2]);
    await fireEvent.input(search(), { target: { value: 'lefevre supply' } });
    expect(options()).toEqual([4]);
    // A member already in is not offered again.
    await fireEvent.input(search(), { target: { value: 'infrastructure' } });
    expect(options()).toEqual([3]);
    await fireEvent.input(search(), { target: { value: 'nobody' } });
    expect(options()).toEqual([]);
    expect(screen.getByTestId('audience-member-none').textContent).toContain('“nobody”');
  });

  it('adds the person chosen with the arrows and Enter, and lists them', async () => {
    await openMembers([]);
    await fireEvent.input(search(), { target: { value: 'engineer' } });
    expect(options()).toEqual([3, 5]);
    expect(search().getAttribute('aria-expanded')).toBe('true');
    await fireEvent.keyDown(search(), { key: 'ArrowDown' });
    const second = screen.getAllByTestId('audience-member-option')[1];
    expect(second.getAttribute('aria-selected')).toBe('true');
    expect(search().getAttribute('aria-activedescendant')).toBe(second.id);
    await fireEvent.keyDown(search(), { key: 'Enter' });
    await waitFor(() => expect(members()).toEqual([5]));
    expect(backend.audienceMember).toHaveBeenCalledWith(7, 5, true);
    expect(search().value).toBe('');
    expect(document.activeElement).toBe(search());
    expect(screen.getByTestId('audience-members-toggle').dataset.count).toBe('1');

    // Up from the first wraps to the last.
    await fireEvent.input(search(), { target: { value: 'o' } });
    const offered = options();
    await fireEvent.keyDown(search(), { key: 'ArrowUp' });
    await fireEvent.keyDown(search(), { key: 'Enter' });
    await waitFor(() => expect(backend.audienceMember).toHaveBeenLastCalledWith(7, offered[offered.length - 1], true));
  });

  it('adds a person clicked in the list', async () => {
    await openMembers([]);
    await fireEvent.input(search(), { target: { value: 'claire' } });
    await fireEvent.click(screen.getByTestId('audience-member-option'));
    await waitFor(() => expect(members()).toEqual([1]));
    expect(backend.audienceMember).toHaveBeenCalledWith(7, 1, true);
  });

  it('removes a member, and moves the focus to the next one', async () => {
    await openMembers([1, 3, 5]);
    const list = screen.getByTestId('audience-members');
    const karim = within(list).getAllByTestId('audience-member')[1];
    const remove = within(karim).getByTestId('audience-member-remove');
    expect(remove.getAttribute('aria-label')).toBe('Remove Karim Haddad from Infrastructure team');
    await fireEvent.click(remove);
    await waitFor(() => expect(members()).toEqual([1, 5]));
    expect(backend.audienceMember).toHaveBeenCalledWith(7, 3, false);
    expect(document.activeElement).toBe(
      within(screen.getAllByTestId('audience-member')[1]).getByTestId('audience-member-remove'),
    );
  });

  it('keeps the list and the search as they were when a change is refused', async () => {
    await openMembers([1]);
    vi.mocked(backend.audienceMember).mockRejectedValue(apiError('not_found'));
    await fireEvent.input(search(), { target: { value: 'karim' } });
    await fireEvent.keyDown(search(), { key: 'Enter' });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('no longer exists'));
    expect(members()).toEqual([1]);
    expect(search().value).toBe('karim');
  });

  it('says to add people on the People page when the register is empty', async () => {
    register.people = [];
    await openMembers([]);
    expect(screen.queryByTestId('audience-member-search')).toBeNull();
    const empty = screen.getByTestId('audience-members-no-register');
    expect(empty.textContent).toContain('add people on the People page first');
    await fireEvent.click(within(empty).getByRole('button'));
    await waitFor(() => expect(view.current).toEqual({ name: 'mission', id: 3, page: 'people' }));
  });

  it('waits for the register before naming anyone', async () => {
    await openMembers([1], false);
    expect(members()).toEqual([]);
    expect(screen.getByTestId('audience-members').textContent).toContain('Opening the register');
  });
});
