import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkinAdd } from '$lib/backend';
import type { CheckIn } from '$lib/bindings/CheckIn';
import { register } from '$lib/stakeholder/register.svelte';
import { aPerson } from '$lib/stakeholder/samples';
import { aMission, apiError, resetMocks } from '$lib/testing';
import QuickEntry from './QuickEntry.svelte';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, ['checkinAdd', 'peopleList']),
);

const mission = aMission({ id: 1, client: 'Acme', title: 'Transition' });

beforeEach(() => {
  resetMocks(checkinAdd);
  register.missionId = 1;
  register.people = [
    aPerson({ id: 3, name: 'Éric Dupont', teamMember: true }),
    aPerson({ id: 4, name: 'Erica Martin', teamMember: true }),
    aPerson({ id: 5, name: 'Eric Outsider', teamMember: false }),
  ];
});

async function key(target: Element | Window, k: string, extra: Partial<KeyboardEventInit> = {}) {
  await fireEvent.keyDown(target, { key: k, ...extra });
}

async function openAndChoose(name: string, downs = 0) {
  render(QuickEntry, { mission });
  await key(window, 'k', { ctrlKey: true });
  const person = screen.getByTestId('quick-entry-person') as HTMLInputElement;
  expect(document.activeElement).toBe(person);
  await fireEvent.input(person, { target: { value: name } });
  for (let i = 0; i < downs; i++) await key(person, 'ArrowDown');
  await key(person, 'Enter');
  const line = screen.getByTestId('quick-entry-line') as HTMLInputElement;
  await vi.waitFor(() => expect(document.activeElement).toBe(line));
  return line;
}

describe('QuickEntry', () => {
  it('records a check-in with the keyboard alone', async () => {
    vi.mocked(checkinAdd).mockResolvedValue({ id: 1 } as CheckIn);
    // "eric" finds Éric and Erica (not the one outside the team); Down chooses Erica.
    const line = await openAndChoose('eric', 1);
    await fireEvent.input(line, { target: { value: '24 60 xt k: cried' } });
    const understood = screen.getByTestId('quick-entry-understood').textContent ?? '';
    expect(understood).toContain('Mood 2');
    expect(understood).toContain('Stress 4');
    expect(understood).toContain('60 h');
    expect(understood).toContain('Says they cannot go on');
    expect(understood).toContain('Talked one to one');
    await key(line, 'Enter');
    await vi.waitFor(() => expect(screen.getByTestId('quick-entry-saved').textContent).toContain('Erica Martin'));
    expect(checkinAdd).toHaveBeenCalledWith(4, {
      checkedOn: '',
      mood: 2,
      stress: 4,
      hours: 60,
      signals: ['cannot_go_on', 'tired'],
      observation: 'cried',
      actions: ['one_to_one'],
      followUpOn: '',
    });
  });

  it('finds someone in her team through a team she leads', async () => {
    register.people = [...register.people, aPerson({ id: 6, name: 'Zoé Lambert', throughTeam: true })];
    vi.mocked(checkinAdd).mockResolvedValue({ id: 2 } as CheckIn);
    const line = await openAndChoose('zoe');
    await fireEvent.input(line, { target: { value: '33 40' } });
    await key(line, 'Enter');
    await vi.waitFor(() => expect(checkinAdd).toHaveBeenCalledWith(6, expect.objectContaining({ mood: 3, stress: 3, hours: 40 })));
  });

  it('names the wrong part and saves nothing', async () => {
    const line = await openAndChoose('dupont');
    await fireEvent.input(line, { target: { value: '74 60' } });
    expect(screen.getByTestId('quick-entry-error').textContent).toContain('Mood: 7');
    await fireEvent.input(line, { target: { value: '24 200' } });
    expect(screen.getByTestId('quick-entry-error').textContent).toContain('“200”');
    await fireEvent.input(line, { target: { value: '24 60 tq' } });
    expect(screen.getByTestId('quick-entry-error').textContent).toContain('“q”');
    await key(line, 'Enter');
    expect(checkinAdd).not.toHaveBeenCalled();
  });

  it('keeps the line when Rust refuses it', async () => {
    vi.mocked(checkinAdd).mockRejectedValue(apiError('out_of_range', 'hours', { field: 'hours' }));
    const line = await openAndChoose('dupont');
    await fireEvent.input(line, { target: { value: '33 40' } });
    await key(line, 'Enter');
    await vi.waitFor(() => expect(screen.getByTestId('quick-entry-error').textContent).toContain('0 to 168'));
    expect(checkinAdd).toHaveBeenCalledWith(3, expect.objectContaining({ mood: 3, hours: 40 }));
    expect(line.value).toBe('33 40');
  });

  it('closes with Escape', async () => {
    render(QuickEntry, { mission });
    await key(window, 'k', { metaKey: true });
    expect(screen.getByTestId('quick-entry')).toBeTruthy();
    await key(screen.getByTestId('quick-entry-person'), 'Escape');
    expect(screen.queryByTestId('quick-entry')).toBeNull();
  });
});
