import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import type { Mission } from '$lib/bindings/Mission';
import { isoDay } from '$lib/i18n/dates';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { saving } from '$lib/app/saving.svelte';
import { view } from '$lib/app/view.svelte';
import { aMission, apiError } from '$lib/testing';
import { missions } from './missions.svelte';
import NewMission from './NewMission.svelte';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, ['missionCreate'], {
    missionList: vi.fn(async () => []),
    settingsSet: vi.fn(async (settings) => settings),
  }),
);

const input = (id: string) => document.getElementById(id) as HTMLInputElement;

describe('NewMission', () => {
  beforeEach(() => {
    vi.mocked(backend.missionCreate).mockReset();
  });
  afterEach(() => {
    setLanguage('en');
  });

  it('shows Rust’s error next to the field it names, moves focus there and keeps the typed text', async () => {
    setLanguage('en');
    vi.mocked(backend.missionCreate).mockRejectedValue(
      apiError('too_long', 'title is longer than 160 characters', { field: 'title', limit: 160 }),
    );
    render(NewMission);

    await fireEvent.input(input('mission-client'), { target: { value: 'Acme Industries' } });
    await fireEvent.input(input('mission-title'), { target: { value: 'A very long title' } });
    await fireEvent.click(screen.getByTestId('create-mission'));

    const message = await waitFor(() => {
      const element = document.getElementById('mission-title-error');
      expect(element).not.toBeNull();
      return element as HTMLElement;
    });
    expect(message.textContent).toBe('Too long: 160 characters at most.');
    expect(message.getAttribute('role')).toBe('alert');

    const title = input('mission-title');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(title.getAttribute('aria-describedby')?.split(' ')).toContain('mission-title-error');
    expect(document.activeElement).toBe(title);

    // Only the named field is marked; what was typed is all still there.
    expect(document.getElementById('mission-client-error')).toBeNull();
    expect(input('mission-client').getAttribute('aria-invalid')).toBeNull();
    expect(input('mission-client').value).toBe('Acme Industries');
    expect(title.value).toBe('A very long title');

    expect(backend.missionCreate).toHaveBeenCalledWith({
      client: 'Acme Industries',
      title: 'A very long title',
      sponsorName: '',
      sponsorTitle: '',
      managerName: '',
      startDate: isoDay(new Date()),
      plannedEnd: '',
      context: '',
      language: 'en',
    });
  });

  it('translates the message in French and defaults the document language to the UI’s', async () => {
    setLanguage('fr');
    vi.mocked(backend.missionCreate).mockRejectedValue(
      apiError('required', 'client is required', { field: 'client' }),
    );
    render(NewMission);

    expect((document.getElementById('mission-language') as HTMLSelectElement).value).toBe('fr');
    expect(input('mission-startDate').placeholder).toBe('AAAA-MM-JJ');
    await fireEvent.click(screen.getByTestId('create-mission'));

    await waitFor(() =>
      expect(document.getElementById('mission-client-error')?.textContent).toBe(
        'Ce champ est obligatoire.',
      ),
    );
    expect(document.activeElement).toBe(input('mission-client'));
  });

  it('opens the new mission’s sheet and remembers it once created', async () => {
    setLanguage('en');
    const created: Mission = aMission({ id: 7, client: 'Acme', title: 'Recovery', status: 'preparing' });
    vi.mocked(backend.missionCreate).mockResolvedValue(created);
    render(NewMission);
    await fireEvent.input(input('mission-client'), { target: { value: 'Acme' } });
    await fireEvent.input(input('mission-title'), { target: { value: 'Recovery' } });
    await fireEvent.click(screen.getByTestId('create-mission'));
    await waitFor(() => expect(view.current).toEqual({ name: 'mission', id: 7, page: 'sheet' }));
    expect(missions.current).toEqual(created);
    expect(backend.settingsSet).toHaveBeenCalledWith({ language: null, lastMission: 7, lockAfterMinutes: null });
    expect(saving.state).toBe('saved');
    expect(document.querySelector('[role="alert"]')).toBeNull();
  });
});
