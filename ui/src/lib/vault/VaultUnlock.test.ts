import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import type { Mission } from '$lib/bindings/Mission';
import { view } from '$lib/app/view.svelte';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { missions } from '$lib/mission/missions.svelte';
import { aMission, apiError, resetMocks } from '$lib/testing';
import { vault } from './vault.svelte';
import VaultUnlock from './VaultUnlock.svelte';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, [
    'vaultUnlock', 'vaultRecover', 'vaultStatus', 'missionGet',
  ], {
    settingsGet: vi.fn(async () => ({ language: 'en', lastMission: 4, lockAfterMinutes: null })),
    missionList: vi.fn(async () => [
      {
        id: 4,
        client: 'Distribution Ravel',
        title: 'Recover IT',
        sponsorName: '',
        startDate: '2026-03-02',
        plannedEnd: null,
        status: 'active',
      },
    ]),
  }),
);

const mission: Mission = aMission({ id: 4, client: 'Distribution Ravel', title: 'Recover IT' });

const field = () => document.getElementById('vault-passphrase') as HTMLInputElement;
const unlocked = { state: 'unlocked', unencryptedData: false } as const;

describe('VaultUnlock', () => {
  beforeEach(() => {
    setLanguage('en');
    resetMocks(backend.vaultUnlock, backend.vaultRecover, backend.missionGet);
    vi.mocked(backend.missionGet).mockResolvedValue(mission);
    vault.state = 'locked';
    view.current = { name: 'loading' };
    missions.current = null;
  });

  it('asks for the passphrase, hidden, the field focused, the button off until something is typed', () => {
    render(VaultUnlock);
    expect(screen.getByTestId('vault-unlock').textContent).toContain('Enter your passphrase');
    expect(field().type).toBe('password');
    expect(field().autocomplete).toBe('current-password');
    expect(document.activeElement).toBe(field());
    expect((screen.getByTestId('vault-unlock-submit') as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows the passphrase on demand', async () => {
    render(VaultUnlock);
    const toggle = screen.getByTestId('vault-passphrase-show');
    expect(toggle.getAttribute('aria-label')).toBe('Show the passphrase');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await fireEvent.click(toggle);
    expect(field().type).toBe('text');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    await fireEvent.click(toggle);
    expect(field().type).toBe('password');
  });

  it('says a wrong passphrase under the field, empties it and gives it the focus back', async () => {
    vi.mocked(backend.vaultUnlock).mockRejectedValue(apiError('wrong_passphrase'));
    render(VaultUnlock);
    await fireEvent.input(field(), { target: { value: 'not the one at all' } });
    await fireEvent.submit(field().form as HTMLFormElement);
    const message = await waitFor(() => {
      const element = document.getElementById('vault-passphrase-error');
      expect(element).not.toBeNull();
      return element as HTMLElement;
    });
    expect(backend.vaultUnlock).toHaveBeenCalledWith('not the one at all');
    expect(message.textContent).toContain('This is not the right passphrase.');
    expect(message.getAttribute('role')).toBe('alert');
    expect(field().value).toBe('');
    expect(field().getAttribute('aria-invalid')).toBe('true');
    expect(field().getAttribute('aria-describedby')).toContain('vault-passphrase-error');
    expect(document.activeElement).toBe(field());
    expect(vault.state).toBe('locked');
    expect(screen.queryByTestId('vault-recover')).toBeNull();

    // Typing again takes the message away.
    await fireEvent.input(field(), { target: { value: 'x' } });
    expect(document.getElementById('vault-passphrase-error')).toBeNull();
  });

  it('opens the desk at the last mission once the passphrase is right', async () => {
    vi.mocked(backend.vaultUnlock).mockResolvedValue(unlocked);
    render(VaultUnlock);
    await fireEvent.input(field(), { target: { value: 'the blue ferry leaves' } });
    await fireEvent.click(screen.getByTestId('vault-unlock-submit'));
    await waitFor(() => expect(vault.state).toBe('unlocked'));
    expect(view.current).toEqual({ name: 'mission', id: 4, page: 'dashboard' });
    expect(missions.current?.id).toBe(4);
  });

  it('offers to restore the latest backup when the database is damaged, with the typed passphrase', async () => {
    vi.mocked(backend.vaultUnlock).mockRejectedValue(
      apiError('corrupt', 'the database /d/mandat.sqlite3 is damaged: file is not a database'),
    );
    vi.mocked(backend.vaultRecover).mockResolvedValue(unlocked);
    render(VaultUnlock);
    await fireEvent.input(field(), { target: { value: 'the blue ferry leaves' } });
    await fireEvent.click(screen.getByTestId('vault-unlock-submit'));
    const damaged = await waitFor(() => screen.getByTestId('vault-damaged'));
    expect(damaged.getAttribute('role')).toBe('alert');
    expect(damaged.textContent).toContain('Your data file is damaged');
    expect(damaged.textContent).toContain('The damaged file is kept aside, not deleted');
    expect(damaged.textContent).toContain('file is not a database');
    // The passphrase stays: restoring needs it.
    expect(field().value).toBe('the blue ferry leaves');
    await fireEvent.click(screen.getByTestId('vault-recover'));
    await waitFor(() => expect(vault.state).toBe('unlocked'));
    expect(backend.vaultRecover).toHaveBeenCalledWith('the blue ferry leaves');
  });

  it('says so when no backup could be restored either', async () => {
    vi.mocked(backend.vaultUnlock).mockRejectedValue(apiError('corrupt'));
    vi.mocked(backend.vaultRecover).mockRejectedValue(
      apiError('corrupt', 'the database is damaged: and there is no good backup to restore'),
    );
    setLanguage('fr');
    render(VaultUnlock);
    await fireEvent.input(field(), { target: { value: 'the blue ferry leaves' } });
    await fireEvent.click(screen.getByTestId('vault-unlock-submit'));
    await fireEvent.click(await waitFor(() => screen.getByTestId('vault-recover')));
    const none = await waitFor(() => screen.getByTestId('vault-unrecovered'));
    expect(none.textContent).toBe('Aucune sauvegarde n’a pu être restaurée\u00a0: aucune n’est lisible. Rien n’a été modifié.');
    expect(screen.getByTestId('vault-damaged').textContent).toContain('no good backup to restore');
    expect(vault.state).toBe('locked');
  });
});
