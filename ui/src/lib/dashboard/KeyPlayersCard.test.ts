import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { view } from '$lib/app/view.svelte';
import type { Interaction } from '$lib/bindings/Interaction';
import type { Stakeholder } from '$lib/bindings/Stakeholder';
import type { StakeholderMap } from '$lib/bindings/StakeholderMap';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { register } from '$lib/stakeholder/register.svelte';
import { aStakeholder } from '$lib/stakeholder/samples';
import KeyPlayersCard from './KeyPlayersCard.svelte';
import { untoldKeyPlayers } from './key-players';

const cadence = { manageClosely: 14, keepSatisfied: 30, keepInformed: 30, monitor: 90 };

/** A key player (high power, high interest) of the management, unless told. */
const someone = (personId: number, name: string, fields: Partial<Stakeholder> = {}): Stakeholder =>
  aStakeholder({ personId, name, group: 'management', power: 5, interest: 5, ...fields });

const people: Stakeholder[] = [
  someone(1, 'Claire Moreau', { jobTitle: 'CEO', told: true }),
  someone(2, 'Marc Lefèvre', { jobTitle: 'Supply chain director', overdue: true }),
  // To keep satisfied, to keep informed, not assessed.
  someone(3, 'Karim Haddad', { power: 4, interest: 2, overdue: true }),
  someone(4, 'Sophie Lambert', { jobTitle: 'WMS project manager', group: 'vendor' }),
  someone(5, 'Paul Girard', { power: 1, interest: 4 }),
  someone(6, 'Nadia Benali', { power: null, interest: null }),
];
const map = (fields: Partial<StakeholderMap> = {}): StakeholderMap => ({
  on: '2026-12-01',
  cadence,
  toAnnounce: 2,
  people,
  ...fields,
});
const followUp = (id: number): Interaction => ({
  id,
  missionId: 3,
  happenedOn: '2026-11-02',
  channel: 'meeting',
  summary: 'Steering committee',
  sentiment: 0,
  commitments: '',
  followUp: 'Send the rollback plan',
  followUpOn: '2026-11-15',
  followUpDone: false,
  people: [2],
});

const ids = () => screen.getAllByTestId('key-player').map((b) => Number(b.dataset.personId));

describe('KeyPlayersCard', () => {
  beforeEach(() => {
    setLanguage('en');
    view.current = { name: 'mission', id: 3, page: 'dashboard' };
    register.open = null;
  });

  it('names only the key players not yet told of the approved version', () => {
    expect(untoldKeyPlayers(map()).map((s) => s.personId)).toEqual([2, 4]);
    render(KeyPlayersCard, { missionId: 3, map: map(), due: [], failed: null });
    expect(ids()).toEqual([2, 4]);
    const card = screen.getByTestId('dashboard-key-players');
    expect(card.dataset.count).toBe('2');
    expect(card.textContent).toContain('Key players not yet told of version 2');
    expect(screen.getAllByTestId('key-player')[1].textContent).toContain('WMS project manager');
  });

  it('opens the card of a key player on the People page', async () => {
    render(KeyPlayersCard, { missionId: 3, map: map(), due: [], failed: null });
    await fireEvent.click(screen.getAllByTestId('key-player')[1]);
    await waitFor(() => expect(view.current).toEqual({ name: 'mission', id: 3, page: 'people' }));
    expect(register.open).toBe(4);
  });

  it('names no one before a version is approved, and says so', () => {
    expect(untoldKeyPlayers(map({ toAnnounce: null }))).toEqual([]);
    render(KeyPlayersCard, { missionId: 3, map: map({ toAnnounce: null }), due: [], failed: null });
    expect(screen.queryAllByTestId('key-player')).toHaveLength(0);
    expect(screen.getByTestId('dashboard-key-players-state').dataset.state).toBe('nothing-approved');
    expect(screen.getByTestId('dashboard-key-players').textContent).toContain('Once a version is approved');
  });

  it('says when every key player has been told', () => {
    const told = people.map((s) => ({ ...s, told: true }));
    render(KeyPlayersCard, { missionId: 3, map: map({ people: told }), due: [], failed: null });
    expect(screen.getByTestId('dashboard-key-players-state').textContent).toContain(
      'Every key player has been told of version 2.',
    );
  });

  it('counts the overdue contacts and the follow-ups past due, each a way to the interactions', async () => {
    render(KeyPlayersCard, { missionId: 3, map: map(), due: [followUp(1)], failed: null });
    const overdue = screen.getByTestId('dashboard-overdue');
    const followUps = screen.getByTestId('dashboard-follow-ups');
    expect([overdue.dataset.count, overdue.textContent?.replace(/\s+/g, ' ').trim()]).toEqual([
      '2',
      '2 contacts overdue',
    ]);
    expect(followUps.textContent?.replace(/\s+/g, ' ').trim()).toBe('1 follow-up past due');
    await fireEvent.click(followUps);
    await waitFor(() => expect(view.current).toEqual({ name: 'mission', id: 3, page: 'interactions' }));
  });

  it('sends to the People page when the register is empty', async () => {
    render(KeyPlayersCard, { missionId: 3, map: map({ people: [] }), due: [], failed: null });
    expect(screen.getByTestId('dashboard-people-empty').textContent).toContain('No one in the register yet');
    expect(screen.queryByTestId('dashboard-overdue')).toBeNull();
    await fireEvent.click(screen.getByTestId('dashboard-people'));
    await waitFor(() => expect(view.current).toEqual({ name: 'mission', id: 3, page: 'people' }));
  });

  it('names the first eight and counts the others', () => {
    const many = Array.from({ length: 11 }, (_, i) => someone(100 + i, `Key ${String(i).padStart(2, '0')}`));
    render(KeyPlayersCard, { missionId: 3, map: map({ people: many }), due: [], failed: null });
    expect(ids()).toHaveLength(8);
    expect(screen.getByTestId('dashboard-key-players').textContent).toContain('And 3 more');
  });

  it('speaks French, with the French singular for zero', () => {
    setLanguage('fr');
    render(KeyPlayersCard, { missionId: 3, map: map({ people: people.slice(0, 1) }), due: [], failed: null });
    expect(screen.getByTestId('dashboard-overdue').textContent?.replace(/\s+/g, ' ').trim()).toBe(
      '0 contact en retard',
    );
  });
});
