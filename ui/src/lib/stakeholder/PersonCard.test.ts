import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { aMission, apiError, resetMocks } from '$lib/testing';
import PersonCard from './PersonCard.svelte';
import { register } from './register.svelte';
import { aCard, aPerson } from './samples';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, [
    'personCard',
    'personUpdate',
    'personArchive',
    'personAssess',
    'personBrief',
    'personErasePreview',
    'personErase',
    'backupHolding',
    'backupPurgePerson',
  ]),
);

const mission = aMission({ id: 1, client: 'Ravel', title: 'WMS recovery', managerName: 'Aurore Butrot' });
const karim = aPerson({ id: 7, name: 'Karim Benali', jobTitle: 'Applications lead', group: 'applications' });
const helene = aPerson({ id: 3, name: 'Hélène Roy', group: 'management' });
const input = (id: string) => document.getElementById(id) as HTMLInputElement;

function open(onchanged = vi.fn(), onerased = vi.fn()) {
  render(PersonCard, { mission, personId: karim.id, onchanged, onerased });
  return { onchanged, onerased };
}

describe('a person’s card', () => {
  beforeEach(() => {
    vi.useRealTimers();
    setLanguage('en');
    resetMocks(backend.personCard, backend.personUpdate, backend.personAssess, backend.personBrief, backend.personErase, backend.backupHolding, backend.backupPurgePerson);
    register.people = [helene, karim];
    vi.mocked(backend.personCard).mockResolvedValue(aCard(karim));
  });

  it('saves the details as typed, the manager as an id, and shows a refusal on its field', async () => {
    vi.mocked(backend.personUpdate).mockRejectedValueOnce(apiError('malformed', 'email', { field: 'email' }));
    const { onchanged } = open();
    await screen.findByText('Karim Benali', { selector: 'h3' });

    await fireEvent.input(input('person-email'), { target: { value: 'karim@' } });
    await fireEvent.change(input('person-email'));
    await waitFor(() => expect(document.getElementById('person-email-error')).not.toBeNull());
    expect(input('person-email').value).toBe('karim@');

    vi.mocked(backend.personUpdate).mockImplementation(async (_id, value) => aPerson({ ...karim, ...value }));
    const manager = document.getElementById('person-reportsTo') as HTMLSelectElement;
    manager.value = '3';
    await fireEvent.change(manager);
    await fireEvent.input(input('person-email'), { target: { value: 'karim@ravel.fr' } });
    await fireEvent.change(input('person-email'));
    await waitFor(() => expect(onchanged).toHaveBeenCalled());
    const [id, sent] = vi.mocked(backend.personUpdate).mock.calls.at(-1)!;
    expect(id).toBe(7);
    expect(sent).toMatchObject({ email: 'karim@ravel.fr', reportsTo: 3, group: 'applications' });
    await waitFor(() => expect(document.getElementById('person-email-error')).toBeNull());
  });

  it('offers no one as their own manager', async () => {
    open();
    await screen.findByText('Karim Benali', { selector: 'h3' });
    const options = [...(document.getElementById('person-reportsTo') as HTMLSelectElement).options];
    expect(options.map((o) => o.value)).toEqual(['', '3']);
  });

  it('records a new assessment from the latest one and reads the card again', async () => {
    const latest = {
      id: 1, personId: 7, assessedOn: '2026-10-01', power: 4, interest: 2,
      engagement: 'resistant' as const, target: 'supportive' as const, comment: '',
    };
    vi.mocked(backend.personCard).mockResolvedValue(aCard(karim, { assessments: [latest] }));
    vi.mocked(backend.personAssess).mockResolvedValue({ ...latest, id: 2, power: 5 });
    open();
    await fireEvent.click(await screen.findByTestId('person-assess'));
    expect((document.getElementById('assess-power') as HTMLSelectElement).value).toBe('4');
    const power = document.getElementById('assess-power') as HTMLSelectElement;
    power.value = '5';
    await fireEvent.change(power);
    await fireEvent.click(screen.getByTestId('assess-save'));
    await waitFor(() => expect(backend.personAssess).toHaveBeenCalled());
    expect(vi.mocked(backend.personAssess).mock.calls[0]).toEqual([
      7,
      expect.objectContaining({ power: 5, interest: 2, engagement: 'resistant', target: 'supportive' }),
    ]);
    await waitFor(() => expect(backend.personCard).toHaveBeenCalledTimes(2));
  });

  it('shows a future date refused on the date, keeping the form open', async () => {
    vi.mocked(backend.personAssess).mockRejectedValue(apiError('future', 'future', { field: 'assessedOn' }));
    open();
    await fireEvent.click(await screen.findByTestId('person-assess'));
    await fireEvent.click(screen.getByTestId('assess-save'));
    await waitFor(() => expect(document.getElementById('assess-assessedOn-error')).not.toBeNull());
    expect(screen.getByTestId('assess-save')).toBeTruthy();
  });

  it('says who was told and records a one-to-one briefing by the manager of the mission', async () => {
    vi.mocked(backend.personBrief).mockResolvedValue({
      id: 1, personId: 7, version: 2, announcedBy: 'Aurore Butrot', announcedOn: '2026-12-01', channel: 'meeting', note: '',
    });
    open();
    expect((await screen.findByTestId('person-told-state')).textContent).toContain('Not yet told of version 2');
    await fireEvent.click(screen.getByTestId('person-brief'));
    expect(input('brief-announcedBy').value).toBe('Aurore Butrot');
    await fireEvent.click(screen.getByTestId('brief-save'));
    await waitFor(() => expect(backend.personBrief).toHaveBeenCalled());
    expect(vi.mocked(backend.personBrief).mock.calls[0][0]).toMatchObject({ personId: 7, announcedBy: 'Aurore Butrot' });
  });

  it('lists what erasing takes before erasing, and erases only when confirmed', async () => {
    vi.mocked(backend.personErasePreview).mockResolvedValue({
      personId: 7,
      name: 'Karim Benali',
      rows: [
        { table: 'interactions', count: 1 },
        { table: 'assessments', count: 3 },
        { table: 'interaction_people', count: 4 },
        { table: 'audience_members', count: 0 },
        { table: 'briefings', count: 0 },
        { table: 'people', count: 1 },
      ],
      reports: 2,
    });
    vi.mocked(backend.personErase).mockResolvedValue({ personId: 7, name: 'Karim Benali', rows: [], reports: 2 });
    vi.mocked(backend.backupHolding).mockResolvedValue([]);
    vi.mocked(backend.backupPurgePerson).mockResolvedValue({ people: 1, backupsRewritten: 0, rowsRemoved: 0, unreadable: 0 });
    const { onerased } = open();
    await fireEvent.click(await screen.findByTestId('person-erase'));
    const preview = await screen.findByTestId('person-erase-preview');
    expect(preview.textContent).toContain('Assessments: 3');
    expect(preview.textContent).toContain('Interactions they took part in: 4');
    expect(preview.textContent).not.toContain('Audience memberships');
    expect(preview.textContent).toContain('2 people reported to them');
    expect(backend.personErase).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByTestId('person-erase-confirm'));
    await waitFor(() => expect(onerased).toHaveBeenCalledWith(7, 0));
    expect(backend.personErase).toHaveBeenCalledWith(7);
  });

  it('names the backups that hold the person, and once erased has each rewritten without them', async () => {
    const backup = (file: string, createdAt: string) => ({
      file, path: `/data/backups/${file}`, createdAt, reason: 'launch' as const, bytes: 4096,
      summary: { missions: 1, missionNames: ['Ravel — WMS recovery'], charterVersions: 2, signatures: 0 },
      kept: 'recent' as const,
    });
    vi.mocked(backend.personErasePreview).mockResolvedValue({ personId: 7, name: 'Karim Benali', rows: [], reports: 0 });
    vi.mocked(backend.personErase).mockResolvedValue({ personId: 7, name: 'Karim Benali', rows: [], reports: 0 });
    vi.mocked(backend.backupHolding).mockResolvedValue([
      backup('mandat-20261202T080000.000Z-launch.sqlite3', '2026-12-02T08:00:00.000Z'),
      backup('mandat-20261201T080000.000Z-launch.sqlite3', '2026-12-01T08:00:00.000Z'),
    ]);
    vi.mocked(backend.backupPurgePerson)
      .mockRejectedValueOnce(apiError('file', 'the backup could not be written'))
      .mockResolvedValueOnce({ people: 1, backupsRewritten: 2, rowsRemoved: 9, unreadable: 0 });
    const { onerased } = open();
    await fireEvent.click(await screen.findByTestId('person-erase'));
    const backups = await screen.findByTestId('person-erase-backups');
    await waitFor(() => expect(backups.textContent).toContain('2 backups hold them; each will be rewritten without them'));
    expect(screen.getAllByTestId('person-erase-backup')).toHaveLength(2);
    expect(backend.backupHolding).toHaveBeenCalledWith(7);
    expect(backend.backupPurgePerson).not.toHaveBeenCalled();

    // The purge fails after the erasure: the dialog stays, to try the backups again.
    await fireEvent.click(screen.getByTestId('person-erase-confirm'));
    await screen.findByTestId('person-erase-purge-failed');
    expect(onerased).not.toHaveBeenCalled();
    expect(screen.getByTestId('person-erase-confirm').textContent).toContain('Rewrite the backups again');
    await fireEvent.click(screen.getByTestId('person-erase-confirm'));
    await waitFor(() => expect(onerased).toHaveBeenCalledWith(7, 2));
    expect(backend.personErase).toHaveBeenCalledTimes(1);
    expect(backend.backupPurgePerson).toHaveBeenCalledTimes(2);
  });
});
