import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { personTeamMember } from '$lib/backend';
import { register } from '$lib/stakeholder/register.svelte';
import { aPerson } from '$lib/stakeholder/samples';
import { apiError, resetMocks } from '$lib/testing';
import TeamMemberSwitch from './TeamMemberSwitch.svelte';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, ['personTeamMember']),
);

const person = aPerson({ id: 3, name: 'Éric Dupont' });

beforeEach(() => {
  resetMocks(personTeamMember);
  register.people = [person];
});

describe('TeamMemberSwitch', () => {
  it('marks the person as a team member and remembers it', async () => {
    vi.mocked(personTeamMember).mockResolvedValue(undefined);
    const onchanged = vi.fn();
    render(TeamMemberSwitch, { person, onchanged });
    const box = screen.getByRole('switch', { name: 'Member of my team (wellbeing notes)' });
    await fireEvent.click(box);
    await vi.waitFor(() => expect(onchanged).toHaveBeenCalled());
    expect(personTeamMember).toHaveBeenCalledWith(3, true);
    expect(register.people[0].teamMember).toBe(true);
  });

  it('leaves the box as it was on a refusal', async () => {
    vi.mocked(personTeamMember).mockRejectedValue(apiError('not_found'));
    const onchanged = vi.fn();
    render(TeamMemberSwitch, { person, onchanged });
    const box = screen.getByTestId('person-team-member') as HTMLInputElement;
    await fireEvent.click(box);
    await vi.waitFor(() => expect(box.checked).toBe(false));
    expect(onchanged).not.toHaveBeenCalled();
    expect(register.people[0].teamMember).toBe(false);
  });

  it('says when the person is in her team through a team she leads', () => {
    render(TeamMemberSwitch, { person: { ...person, team: 'Applications', throughTeam: true }, onchanged: vi.fn() });
    expect(screen.getByTestId('person-through-team').textContent).toContain('“Applications”, a team you lead');
  });

  it('says nothing of it otherwise', () => {
    render(TeamMemberSwitch, { person, onchanged: vi.fn() });
    expect(screen.queryByTestId('person-through-team')).toBeNull();
  });
});
