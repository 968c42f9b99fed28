import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { wellbeingLeadTeam, wellbeingTeams } from '$lib/backend';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { apiError, resetMocks } from '$lib/testing';
import TeamsDialog from './TeamsDialog.svelte';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, ['wellbeingTeams', 'wellbeingLeadTeam']),
);

const TEAMS = [
  { team: 'Applications', people: 1, led: false },
  { team: 'Infrastructure', people: 3, led: true },
];

beforeEach(() => {
  resetMocks(wellbeingTeams, wellbeingLeadTeam);
  setLanguage('en');
});

describe('TeamsDialog', () => {
  it('lists the teams with their people and leads one with a switch', async () => {
    vi.mocked(wellbeingTeams).mockResolvedValue(TEAMS);
    vi.mocked(wellbeingLeadTeam).mockResolvedValue([{ ...TEAMS[0], led: true }, TEAMS[1]]);
    const onchanged = vi.fn();
    render(TeamsDialog, { missionId: 7, onchanged, onclose: vi.fn() });
    const apps = (await screen.findByRole('switch', { name: /Applications/ })) as HTMLInputElement;
    expect(apps.checked).toBe(false);
    expect(screen.getByText('1 person')).toBeTruthy();
    expect(screen.getByText('3 people')).toBeTruthy();
    expect((screen.getByRole('switch', { name: /Infrastructure/ }) as HTMLInputElement).checked).toBe(true);
    await fireEvent.click(apps);
    await vi.waitFor(() => expect(onchanged).toHaveBeenCalled());
    expect(wellbeingLeadTeam).toHaveBeenCalledWith(7, 'Applications', true);
  });

  it('leaves the switch as it was on a refusal and says why', async () => {
    vi.mocked(wellbeingTeams).mockResolvedValue(TEAMS);
    vi.mocked(wellbeingLeadTeam).mockRejectedValue(apiError('closed'));
    const onchanged = vi.fn();
    render(TeamsDialog, { missionId: 7, onchanged, onclose: vi.fn() });
    const infra = (await screen.findByRole('switch', { name: /Infrastructure/ })) as HTMLInputElement;
    await fireEvent.click(infra);
    await vi.waitFor(() => expect(screen.getByRole('alert')).toBeTruthy());
    expect(infra.checked).toBe(true);
    expect(onchanged).not.toHaveBeenCalled();
  });

  it('says what to do when the register names no team, in French too', async () => {
    setLanguage('fr');
    vi.mocked(wellbeingTeams).mockResolvedValue([]);
    render(TeamsDialog, { missionId: 7, onchanged: vi.fn(), onclose: vi.fn() });
    expect((await screen.findByTestId('wellbeing-teams-none')).textContent).toContain('aucune équipe');
  });
});
