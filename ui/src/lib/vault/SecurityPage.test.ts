import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import type { Settings } from '$lib/bindings/Settings';
import { saving } from '$lib/app/saving.svelte';
import { loadSettings, settings } from '$lib/app/settings.svelte';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { apiError } from '$lib/testing';
import SecurityPage from './SecurityPage.svelte';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, ['vaultChange'], {
    settingsSet: vi.fn(async (settings: Settings) => settings),
  }),
);

const input = (id: string) => document.getElementById(id) as HTMLInputElement;
const select = () => document.getElementById('lock-after') as HTMLSelectElement;
const change = () => screen.getByTestId('vault-change') as HTMLButtonElement;

async function type(id: string, value: string) {
  await fireEvent.input(input(id), { target: { value } });
}

async function fill(current: string, next: string, again = next) {
  await type('current-passphrase', current);
  await type('new-passphrase', next);
  await type('new-confirm', again);
}

describe('SecurityPage', () => {
  beforeEach(() => {
    setLanguage('en');
    loadSettings({ language: 'fr', lastMission: 4, lockAfterMinutes: null });
    vi.mocked(backend.settingsSet).mockReset();
    vi.mocked(backend.settingsSet).mockImplementation(async (settings: Settings) => settings);
    vi.mocked(backend.vaultChange).mockReset();
  });

  it('shows the idle minutes, 10 by default, and saves a new choice with the other settings', async () => {
    render(SecurityPage);
    expect(screen.getByTestId('security-page').textContent).toContain('Ctrl+L');
    expect(select().value).toBe('10');
    expect([...select().options].map((option) => option.value)).toEqual(['1', '2', '5', '10', '15', '30', '60']);
    expect(select().selectedOptions[0].textContent).toBe('10 minutes (default)');
    expect(select().options[0].textContent).toBe('1 minute');
    await fireEvent.change(select(), { target: { value: '5' } });
    await waitFor(() => expect(settings.lockAfterMinutes).toBe(5));
    expect(backend.settingsSet).toHaveBeenCalledWith({ language: 'fr', lastMission: 4, lockAfterMinutes: 5 });
    expect(saving.state).toBe('saved');
  });

  it('offers a value stored outside the usual choices, as it is', () => {
    loadSettings({ language: null, lastMission: null, lockAfterMinutes: 45 });
    render(SecurityPage);
    expect(select().value).toBe('45');
    expect([...select().options].map((option) => option.value)).toContain('45');
  });

  it('shows a refused value on the field and keeps the one in force', async () => {
    vi.mocked(backend.settingsSet).mockRejectedValue(
      apiError('invalid_amount', 'lockAfterMinutes must be 1 to 240', { field: 'lockAfterMinutes' }),
    );
    render(SecurityPage);
    await fireEvent.change(select(), { target: { value: '30' } });
    const message = await waitFor(() => {
      const element = document.getElementById('lock-after-error');
      expect(element).not.toBeNull();
      return element as HTMLElement;
    });
    expect(message.getAttribute('role')).toBe('alert');
    expect(select().getAttribute('aria-invalid')).toBe('true');
    expect(settings.lockAfterMinutes).toBeNull();
    expect(select().value).toBe('10');
  });

  it('changes the passphrase, says so, and empties the form', async () => {
    vi.mocked(backend.vaultChange).mockResolvedValue(undefined);
    render(SecurityPage);
    expect(change().disabled).toBe(true);
    await fill('the blue ferry leaves', 'a red train at nine');
    expect(screen.getByTestId('vault-strength').dataset.level).toBe('strong');
    expect(change().disabled).toBe(false);
    await fireEvent.click(change());
    const changed = await waitFor(() => screen.getByTestId('vault-changed'));
    expect(changed.getAttribute('role')).toBe('status');
    expect(changed.textContent).toContain('Passphrase changed');
    expect(backend.vaultChange).toHaveBeenCalledWith('the blue ferry leaves', 'a red train at nine');
    expect(input('current-passphrase').value).toBe('');
    expect(input('new-passphrase').value).toBe('');
    expect(input('new-confirm').value).toBe('');
  });

  it('says a wrong current passphrase on its field, emptied and focused', async () => {
    vi.mocked(backend.vaultChange).mockRejectedValue(apiError('wrong_passphrase', 'wrong passphrase'));
    render(SecurityPage);
    await fill('not the one at all', 'a red train at nine');
    await fireEvent.click(change());
    await waitFor(() => expect(document.getElementById('current-passphrase-error')).not.toBeNull());
    expect(document.getElementById('current-passphrase-error')?.textContent).toContain(
      'This is not the right passphrase.',
    );
    expect(input('current-passphrase').value).toBe('');
    expect(document.activeElement).toBe(input('current-passphrase'));
    expect(input('new-passphrase').value).toBe('a red train at nine');
    expect(screen.queryByTestId('vault-changed')).toBeNull();
  });

  it('says a refused new passphrase on its field', async () => {
    vi.mocked(backend.vaultChange).mockRejectedValue(
      apiError('too_short', 'newPassphrase is too short', { field: 'newPassphrase', limit: 12 }),
    );
    render(SecurityPage);
    await fill('the blue ferry leaves', 'a red train at nine');
    await fireEvent.click(change());
    await waitFor(() =>
      expect(document.getElementById('new-passphrase-error')?.textContent).toBe(
        'Too short: 12 characters at least.',
      ),
    );
    expect(document.activeElement).toBe(input('new-passphrase'));
    expect(document.getElementById('current-passphrase-error')).toBeNull();
  });

  it('keeps the button off while the new passphrase is short or typed differently the second time', async () => {
    render(SecurityPage);
    await fill('the blue ferry leaves', 'too short');
    expect(change().disabled).toBe(true);
    await fill('the blue ferry leaves', 'a red train at nine', 'a red train at ten!');
    expect(document.getElementById('new-confirm-error')?.textContent).toBe('The two passphrases are not the same.');
    expect(change().disabled).toBe(true);
  });
});
