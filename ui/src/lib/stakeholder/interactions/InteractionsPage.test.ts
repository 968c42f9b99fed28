import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import type { Interaction } from '$lib/bindings/Interaction';
import type { Person } from '$lib/bindings/Person';
import type { Stakeholder } from '$lib/bindings/Stakeholder';
import type { StakeholderMap } from '$lib/bindings/StakeholderMap';
import { view } from '$lib/app/view.svelte';
import { isoDay } from '$lib/i18n/dates';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { aMission, apiError, resetMocks } from '$lib/testing';
import { register } from '../register.svelte';
import { aPerson, aStakeholder } from '../samples';
import InteractionsPage from './InteractionsPage.svelte';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, [
    'peopleList',
    'stakeholderMap',
    'stakeholderCadence',
    'interactionAdd',
    'interactionList',
    'interactionFollowUp',
    'followUpsDue',
  ]),
);

const mission = aMission({ id: 4, client: 'Distrib', title: 'WMS recovery' });

const people = [
  aPerson({ id: 1, name: 'Anne Roy', jobTitle: 'Chief executive' }),
  aPerson({ id: 2, name: 'Hélène Durand', jobTitle: 'Supply chain director' }),
  aPerson({ id: 3, name: 'Marc Petit', team: 'Infrastructure' }),
  aPerson({ id: 4, name: 'Zoé Martin', team: 'Applications' }),
];

/** A row of the map for one of them, assessed on 10 January (to manage closely unless told). */
const mapRow = (p: Person, fields: Partial<Stakeholder>): Stakeholder =>
  aStakeholder({
    personId: p.id,
    name: p.name,
    jobTitle: p.jobTitle,
    group: p.group,
    team: p.team,
    power: 4,
    interest: 4,
    assessedOn: '2026-01-10',
    ...fields,
  });

const map: StakeholderMap = {
  on: '2026-05-01',
  cadence: { manageClosely: 14, keepSatisfied: 30, keepInformed: 30, monitor: 90 },
  toAnnounce: 2,
  people: [
    mapRow(people[0], { lastContact: '2026-04-10', daysWithoutContact: 21, overdue: true }),
    // Never seen since assessed: counted from the assessment, the oldest of all (keep satisfied).
    mapRow(people[1], { interest: 2, daysWithoutContact: 111, overdue: true }),
    mapRow(people[2], { lastContact: '2026-04-28', daysWithoutContact: 3 }),
    // To monitor.
    mapRow(people[3], { power: 1, interest: 1, lastContact: '2026-01-20', daysWithoutContact: 101, overdue: true }),
  ],
};

function interaction(id: number, fields: Partial<Interaction>): Interaction {
  return {
    id,
    missionId: 4,
    happenedOn: '2026-04-10',
    channel: 'meeting',
    summary: '',
    sentiment: 0,
    commitments: '',
    followUp: '',
    followUpOn: null,
    followUpDone: false,
    people: [1],
    ...fields,
  };
}

const overdueFollowUp = interaction(7, {
  summary: 'Steering committee',
  followUp: 'Send the recovery plan',
  followUpOn: '2026-04-20',
  people: [1, 3],
});
const log = [
  interaction(8, { happenedOn: '2026-04-28', summary: 'Corridor talk on the WMS', people: [3] }),
  overdueFollowUp,
];

const byId = (id: string) => document.getElementById(id) as HTMLInputElement;

async function opened() {
  render(InteractionsPage, { mission });
  await waitFor(() => expect(screen.getAllByTestId('interactions-entry')).toHaveLength(log.length));
}

describe('InteractionsPage', () => {
  beforeEach(() => {
    setLanguage('en');
    register.missionId = null;
    register.people = [];
    register.open = null;
    resetMocks(
      backend.peopleList,
      backend.stakeholderMap,
      backend.stakeholderCadence,
      backend.interactionAdd,
      backend.interactionList,
      backend.interactionFollowUp,
      backend.followUpsDue,
    );
    vi.mocked(backend.peopleList).mockResolvedValue(people);
    vi.mocked(backend.stakeholderMap).mockResolvedValue(map);
    vi.mocked(backend.interactionList).mockResolvedValue(log);
    vi.mocked(backend.followUpsDue).mockResolvedValue([overdueFollowUp]);
  });

  it('lists the overdue people longest without contact first, never seen included, and opens their card', async () => {
    await opened();
    const rows = screen.getAllByTestId('interactions-overdue-person');
    expect(rows.map((row) => row.dataset.personId)).toEqual(['2', '4', '1']);
    expect(rows[0].textContent).toContain('Never seen');
    expect(rows[0].textContent).toContain('111 days without contact');
    expect(rows[0].textContent).toContain('Keep satisfied');
    expect(rows[0].textContent).toContain('every 30 days');
    expect(rows[2].textContent).toContain('Last seen 10 Apr 2026');
    expect(rows[2].textContent).toContain('every 14 days');
    expect(backend.stakeholderMap).toHaveBeenCalledWith(4, '');

    await fireEvent.click(within(rows[1]).getByTestId('interactions-overdue-name'));
    await waitFor(() => expect(register.open).toBe(4));
    expect(view.current).toEqual({ name: 'mission', id: 4, page: 'people' });
  });

  it('says when everyone was seen within their cadence', async () => {
    vi.mocked(backend.stakeholderMap).mockResolvedValue({
      ...map,
      people: map.people.map((s) => ({ ...s, overdue: false })),
    });
    await opened();
    expect(screen.getByTestId('interactions-overdue-none').textContent).toContain(
      'Everyone has been seen within their cadence',
    );
  });

  it('explains that people come first when the register is empty', async () => {
    vi.mocked(backend.peopleList).mockResolvedValue([]);
    render(InteractionsPage, { mission });
    await waitFor(() => expect(screen.getByTestId('interactions-no-people')).toBeTruthy());
    expect(screen.queryByTestId('interactions-log-open')).toBeNull();
  });

  it('marks a follow-up done, which takes it off the list and shows it done in the log', async () => {
    vi.mocked(backend.interactionFollowUp).mockResolvedValue({ ...overdueFollowUp, followUpDone: true });
    await opened();
    const due = screen.getByTestId('interactions-due-item');
    expect(due.textContent).toContain('Send the recovery plan');
    expect(due.textContent).toContain('Due 20 Apr 2026');
    expect(due.textContent).toContain('Anne Roy');
    expect(due.textContent).toContain('Marc Petit');
    await fireEvent.click(within(due).getByTestId('interactions-due-done'));
    await waitFor(() => expect(screen.queryByTestId('interactions-due-item')).toBeNull());
    expect(backend.interactionFollowUp).toHaveBeenCalledWith(7, true);
    expect(screen.getByTestId('interactions-due-none')).toBeTruthy();
    const entry = screen
      .getAllByTestId('interactions-entry')
      .find((e) => e.dataset.interactionId === '7') as HTMLElement;
    expect((within(entry).getByTestId('interactions-entry-done') as HTMLInputElement).checked).toBe(true);
  });

  it('keeps a follow-up listed, unticked, when Rust refuses to mark it', async () => {
    vi.mocked(backend.interactionFollowUp).mockRejectedValue(apiError('storage', 'disk full'));
    await opened();
    const box = screen.getByTestId('interactions-due-done') as HTMLInputElement;
    await fireEvent.click(box);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('could not read or write'));
    expect(screen.getAllByTestId('interactions-due-item')).toHaveLength(1);
    expect((screen.getByTestId('interactions-due-done') as HTMLInputElement).checked).toBe(false);
  });

  it('logs an interaction with people found as typed, the sentiment and a follow-up; a refusal keeps it all', async () => {
    const saved = interaction(9, {
      happenedOn: isoDay(new Date()),
      channel: 'call',
      summary: 'Agreed on the cut-over',
      sentiment: 1,
      commitments: 'Weekly point',
      followUp: 'Send the minutes',
      followUpOn: '2099-01-05',
      people: [2, 3],
    });
    vi.mocked(backend.interactionAdd)
      .mockRejectedValueOnce(apiError('end_before_start', 'before', { field: 'followUpOn' }))
      .mockResolvedValueOnce(saved);
    await opened();
    await fireEvent.click(screen.getByTestId('interactions-log-open'));
    const search = screen.getByTestId('interactions-people') as HTMLInputElement;
    expect(document.activeElement).toBe(search);
    expect(byId('interactions-on').value).toBe(isoDay(new Date()));

    // Without accents, by job title: Hélène, then Enter adds her.
    await fireEvent.input(search, { target: { value: 'helene' } });
    expect(screen.getAllByTestId('interactions-option').map((o) => o.dataset.personId)).toEqual(['2']);
    await fireEvent.keyDown(search, { key: 'Enter' });
    // By team, the arrow to the second match, Enter.
    await fireEvent.input(search, { target: { value: 'r' } });
    const options = screen.getAllByTestId('interactions-option').map((o) => o.dataset.personId);
    expect(options).not.toContain('2');
    await fireEvent.input(search, { target: { value: 'INFRA' } });
    await fireEvent.keyDown(search, { key: 'ArrowDown' });
    await fireEvent.keyDown(search, { key: 'ArrowUp' });
    expect(search.getAttribute('aria-activedescendant')).toBe('interactions-people-option-3');
    await fireEvent.keyDown(search, { key: 'Enter' });
    // Backspace in the empty box removes the last one; added again.
    await fireEvent.input(search, { target: { value: 'anne' } });
    await fireEvent.keyDown(search, { key: 'Enter' });
    expect(screen.getAllByTestId('interactions-chip').map((c) => c.dataset.personId)).toEqual(['2', '3', '1']);
    await fireEvent.keyDown(search, { key: 'Backspace' });
    expect(screen.getAllByTestId('interactions-chip').map((c) => c.dataset.personId)).toEqual(['2', '3']);

    const channel = byId('interactions-channel') as unknown as HTMLSelectElement;
    channel.value = 'call';
    await fireEvent.change(channel);
    await fireEvent.input(byId('interactions-summary'), { target: { value: 'Agreed on the cut-over' } });
    await fireEvent.click(screen.getByTestId('interactions-sentiment-1'));
    await fireEvent.input(byId('interactions-commitments'), { target: { value: 'Weekly point' } });
    await fireEvent.input(byId('interactions-follow-up'), { target: { value: 'Send the minutes' } });
    await fireEvent.input(byId('interactions-follow-up-on'), { target: { value: '2020-01-05' } });
    await fireEvent.click(screen.getByTestId('interactions-save'));

    await waitFor(() => expect(byId('interactions-follow-up-on-error')).not.toBeNull());
    expect(byId('interactions-follow-up-on-error').textContent).toContain('dated before the interaction');
    expect(document.activeElement).toBe(byId('interactions-follow-up-on'));
    expect(byId('interactions-summary').value).toBe('Agreed on the cut-over');
    expect(byId('interactions-follow-up').value).toBe('Send the minutes');
    expect((screen.getByTestId('interactions-sentiment-1') as HTMLInputElement).checked).toBe(true);
    expect(screen.getAllByTestId('interactions-chip')).toHaveLength(2);

    await fireEvent.input(byId('interactions-follow-up-on'), { target: { value: '2099-01-05' } });
    await fireEvent.click(screen.getByTestId('interactions-save'));
    await waitFor(() => expect(screen.getAllByTestId('interactions-entry')).toHaveLength(3));
    expect(backend.interactionAdd).toHaveBeenLastCalledWith(4, {
      people: [2, 3],
      happenedOn: isoDay(new Date()),
      channel: 'call',
      summary: 'Agreed on the cut-over',
      sentiment: 1,
      commitments: 'Weekly point',
      followUp: 'Send the minutes',
      followUpOn: '2099-01-05',
    });
    // On top of the log; the form cleared but for its date, the refusal gone.
    expect(screen.getAllByTestId('interactions-entry')[0].dataset.interactionId).toBe('9');
    expect(screen.getAllByTestId('interactions-entry')[0].textContent).toContain('Positive');
    expect(screen.queryAllByTestId('interactions-chip')).toHaveLength(0);
    expect(byId('interactions-summary').value).toBe('');
    expect(byId('interactions-on').value).toBe(isoDay(new Date()));
    expect((screen.getByTestId('interactions-sentiment-0') as HTMLInputElement).checked).toBe(true);
    expect(byId('interactions-follow-up-on-error')).toBeNull();
    // The last contacts changed: the map and the follow-ups are read again.
    expect(backend.stakeholderMap).toHaveBeenCalledTimes(2);
    expect(backend.followUpsDue).toHaveBeenCalledTimes(2);
  });

  it('shows a refusal of the people on the people box', async () => {
    vi.mocked(backend.interactionAdd).mockRejectedValue(apiError('required', 'people', { field: 'people' }));
    await opened();
    await fireEvent.click(screen.getByTestId('interactions-log-open'));
    await fireEvent.input(byId('interactions-summary'), { target: { value: 'Nobody chosen' } });
    await fireEvent.click(screen.getByTestId('interactions-save'));
    await waitFor(() => expect(byId('interactions-people-error')).not.toBeNull());
    expect(byId('interactions-people-error').textContent).toContain('Choose at least one person');
    expect(document.activeElement).toBe(byId('interactions-people'));
    expect(byId('interactions-summary').value).toBe('Nobody chosen');
  });

  it('logs a contact with an overdue person: the form opens with them chosen', async () => {
    await opened();
    const anne = screen
      .getAllByTestId('interactions-overdue-person')
      .find((row) => row.dataset.personId === '1') as HTMLElement;
    await fireEvent.click(within(anne).getByTestId('interactions-overdue-log'));
    await waitFor(() =>
      expect(screen.getAllByTestId('interactions-chip').map((c) => c.dataset.personId)).toEqual(['1']),
    );
    expect(document.activeElement).toBe(byId('interactions-summary'));
  });

  it('saves the cadence as four numbers, shows a refusal on its field, then reads the overdue list again', async () => {
    vi.mocked(backend.stakeholderCadence)
      .mockRejectedValueOnce(apiError('out_of_range', 'range', { field: 'keepInformed', limit: 365 }))
      .mockResolvedValueOnce({ manageClosely: 7, keepSatisfied: 30, keepInformed: 45, monitor: 90 });
    await opened();
    const toggle = screen.getByTestId('interactions-cadence-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById('interactions-cadence-manageClosely')).toBeNull();
    await fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(byId('interactions-cadence-monitor').value).toBe('90');

    await fireEvent.input(byId('interactions-cadence-manageClosely'), { target: { value: '7' } });
    await fireEvent.input(byId('interactions-cadence-keepInformed'), { target: { value: '400' } });
    await fireEvent.click(screen.getByTestId('interactions-cadence-save'));
    await waitFor(() => expect(byId('interactions-cadence-keepInformed-error')).not.toBeNull());
    expect(backend.stakeholderCadence).toHaveBeenCalledWith(4, {
      manageClosely: 7,
      keepSatisfied: 30,
      keepInformed: 400,
      monitor: 90,
    });
    expect(byId('interactions-cadence-keepInformed-error').textContent).toContain('Between 1 and 365 days');
    expect(byId('interactions-cadence-keepInformed').getAttribute('aria-invalid')).toBe('true');
    expect(byId('interactions-cadence-keepInformed').value).toBe('400');
    expect(byId('interactions-cadence-manageClosely').value).toBe('7');

    await fireEvent.input(byId('interactions-cadence-keepInformed'), { target: { value: '45' } });
    await fireEvent.click(screen.getByTestId('interactions-cadence-save'));
    await waitFor(() => expect(screen.getByTestId('interactions-cadence-saved')).toBeTruthy());
    expect(backend.stakeholderCadence).toHaveBeenLastCalledWith(4, {
      manageClosely: 7,
      keepSatisfied: 30,
      keepInformed: 45,
      monitor: 90,
    });
    expect(byId('interactions-cadence-keepInformed-error')).toBeNull();
    await waitFor(() => expect(backend.stakeholderMap).toHaveBeenCalledTimes(2));
  });

  it('filters the log by words or by person, and draws it a hundred entries at a time', async () => {
    const many = Array.from({ length: 250 }, (_, i) =>
      interaction(1000 - i, {
        summary: i === 120 ? 'Réunion sur la reprise' : `Weekly point ${i}`,
        people: [i % 2 === 0 ? 1 : 3],
      }),
    );
    vi.mocked(backend.interactionList).mockResolvedValue(many);
    render(InteractionsPage, { mission });
    await waitFor(() => expect(screen.getAllByTestId('interactions-entry')).toHaveLength(100));
    await fireEvent.click(screen.getByTestId('interactions-more'));
    expect(screen.getAllByTestId('interactions-entry')).toHaveLength(200);
    await fireEvent.click(screen.getByTestId('interactions-more'));
    expect(screen.getAllByTestId('interactions-entry')).toHaveLength(250);
    expect(screen.queryByTestId('interactions-more')).toBeNull();

    await fireEvent.input(screen.getByTestId('interactions-filter'), { target: { value: 'reunion' } });
    expect(screen.getAllByTestId('interactions-entry')).toHaveLength(1);
    await fireEvent.input(screen.getByTestId('interactions-filter'), { target: { value: 'marc' } });
    expect(screen.getAllByTestId('interactions-entry')).toHaveLength(100);
    expect(screen.getByTestId('interactions-log-count').textContent).toContain('125 of 250');
    await fireEvent.input(screen.getByTestId('interactions-filter'), { target: { value: '' } });
    const who = screen.getByTestId('interactions-person-filter') as HTMLSelectElement;
    who.value = '1';
    await fireEvent.change(who);
    expect(screen.getByTestId('interactions-log-count').textContent).toContain('125 of 250');
  });

  it('says so when nothing was logged yet', async () => {
    vi.mocked(backend.interactionList).mockResolvedValue([]);
    vi.mocked(backend.followUpsDue).mockResolvedValue([]);
    render(InteractionsPage, { mission });
    await waitFor(() => expect(screen.getByTestId('interactions-log-empty')).toBeTruthy());
  });
});
