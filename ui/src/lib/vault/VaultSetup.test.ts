import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import { view } from '$lib/app/view.svelte';
import { locale, setLanguage } from '$lib/i18n/locale.svelte';
import { rememberedLanguage, takePicked } from '$lib/i18n/remembered';
import { apiError, resetMocks } from '$lib/testing';
import { vault } from './vault.svelte';
import VaultSetup from './VaultSetup.svelte';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, ['vaultCreate', 'vaultStatus'], {
    settingsGet: vi.fn(async () => ({ language: null, lastMission: null, lockAfterMinutes: null })),
    missionList: vi.fn(async () => []),
  }),
);

const input = (id: string) => document.getElementById(id) as HTMLInputElement;
const create = () => screen.getByTestId('vault-create') as HTMLButtonElement;

async function type(id: string, value: string) {
  await fireEvent.input(input(id), { target: { value } });
}

describe('VaultSetup', () => {
  beforeEach(() => {
    setLanguage('en');
    resetMocks(backend.vaultCreate, backend.vaultStatus);
    vault.state = 'new';
    view.current = { name: 'loading' };
  });

  it('says where the data stays, when the passphrase is asked, and that it cannot be recovered', () => {
    render(VaultSetup, { unencryptedData: false });
    const text = screen.getByTestId('vault-setup').textContent ?? '';
    expect(text).toContain('stay on this laptop, encrypted');
    expect(text).toContain('each time it opens, and again after it has locked itself');
    expect(text).toContain('It cannot be recovered');
    expect(text).toContain('not even us');
    expect(text).toContain('A sentence of several words');
    expect(screen.queryByTestId('vault-unencrypted')).toBeNull();
    expect(input('vault-passphrase').type).toBe('password');
    expect(input('vault-confirm').type).toBe('password');
    expect(input('vault-passphrase').autocomplete).toBe('new-password');
    expect(document.activeElement).toBe(input('vault-passphrase'));
    expect(create().textContent?.trim()).toBe('Encrypt and start');
  });

  it('says the data of an earlier Mandat will be encrypted now', () => {
    setLanguage('fr');
    render(VaultSetup, { unencryptedData: true });
    expect(screen.getByTestId('vault-unencrypted').textContent).toContain('Elles vont être chiffrées maintenant');
  });

  it('rates the passphrase as it is typed, in words', async () => {
    render(VaultSetup, { unencryptedData: false });
    expect(screen.queryByTestId('vault-strength')).toBeNull();
    await type('vault-passphrase', 'ferry');
    const strength = () => screen.getByTestId('vault-strength');
    expect(strength().dataset.level).toBe('weak');
    expect(strength().textContent).toContain('Strength: weak.');
    await type('vault-passphrase', 'blue ferry');
    expect(strength().dataset.level).toBe('fair');
    expect(strength().textContent).toContain('Strength: fair.');
    await type('vault-passphrase', 'the blue ferry leaves Brest');
    expect(strength().dataset.level).toBe('strong');
    expect(strength().textContent).toContain('Strength: strong.');
    expect(input('vault-passphrase').getAttribute('aria-describedby')).toContain('vault-strength');
  });

  it('keeps the button off under 10 characters and while the two differ, and says they differ', async () => {
    render(VaultSetup, { unencryptedData: false });
    expect(create().disabled).toBe(true);
    await type('vault-passphrase', 'too short');
    await type('vault-confirm', 'too short');
    expect(create().disabled).toBe(true);
    await type('vault-passphrase', 'the blue ferry leaves');
    await type('vault-confirm', 'the blue');
    // Not said while the second one is still being typed…
    expect(document.getElementById('vault-confirm-error')).toBeNull();
    await fireEvent.blur(input('vault-confirm'));
    // …but once it is left.
    expect(document.getElementById('vault-confirm-error')?.textContent).toBe('The two passphrases are not the same.');
    expect(create().disabled).toBe(true);
    await type('vault-confirm', 'the blue ferry leaves');
    expect(document.getElementById('vault-confirm-error')).toBeNull();
    expect(create().disabled).toBe(false);
  });

  it('shows Rust’s refusal on the passphrase field', async () => {
    vi.mocked(backend.vaultCreate).mockRejectedValue(
      apiError('too_short', 'passphrase is shorter than 10 characters', { field: 'passphrase', limit: 10 }),
    );
    render(VaultSetup, { unencryptedData: false });
    await type('vault-passphrase', 'the blue ferry leaves');
    await type('vault-confirm', 'the blue ferry leaves');
    await fireEvent.click(create());
    const message = await waitFor(() => {
      const element = document.getElementById('vault-passphrase-error');
      expect(element).not.toBeNull();
      return element as HTMLElement;
    });
    expect(message.textContent).toBe('Too short: 10 characters at least.');
    expect(input('vault-passphrase').getAttribute('aria-invalid')).toBe('true');
    expect(vault.state).toBe('new');
  });

  it('encrypts, then opens the desk as at launch', async () => {
    vi.mocked(backend.vaultCreate).mockResolvedValue({ state: 'unlocked', unencryptedData: false });
    render(VaultSetup, { unencryptedData: true });
    await type('vault-passphrase', 'the blue ferry leaves');
    await type('vault-confirm', 'the blue ferry leaves');
    await fireEvent.submit(input('vault-confirm').form as HTMLFormElement);
    await waitFor(() => expect(vault.state).toBe('unlocked'));
    expect(backend.vaultCreate).toHaveBeenCalledWith('the blue ferry leaves');
    expect(view.current).toEqual({ name: 'welcome' });
  });

  it('shows its progress while the encryption takes a moment', async () => {
    let finish: () => void = () => undefined;
    vi.mocked(backend.vaultCreate).mockReturnValue(
      new Promise((resolve) => {
        finish = () => resolve({ state: 'unlocked', unencryptedData: false });
      }),
    );
    render(VaultSetup, { unencryptedData: true });
    await type('vault-passphrase', 'the blue ferry leaves');
    await type('vault-confirm', 'the blue ferry leaves');
    await fireEvent.click(create());
    const progress = await waitFor(() => screen.getByTestId('vault-progress'));
    expect(progress.textContent).toContain('Encrypting your data');
    expect(create().getAttribute('aria-disabled')).toBe('true');
    finish();
    await waitFor(() => expect(vault.state).toBe('unlocked'));
  });

  it('asks for the passphrase instead when one was set meanwhile', async () => {
    vi.mocked(backend.vaultCreate).mockRejectedValue(apiError('already_set_up', 'already set up'));
    vi.mocked(backend.vaultStatus).mockResolvedValue({ state: 'locked', unencryptedData: false });
    render(VaultSetup, { unencryptedData: false });
    await type('vault-passphrase', 'the blue ferry leaves');
    await type('vault-confirm', 'the blue ferry leaves');
    await fireEvent.click(create());
    await waitFor(() => expect(vault.state).toBe('locked'));
  });

  it('says next to the disabled button why it is disabled, until it is not', async () => {
    render(VaultSetup, { unencryptedData: false });
    const why = () => screen.queryByTestId('vault-why')?.textContent;
    expect(create().disabled).toBe(true);
    expect(why()).toBe('Choose a passphrase first.');
    expect(create().getAttribute('aria-describedby')).toBe('vault-setup-why');
    await type('vault-passphrase', 'short');
    expect(why()).toBe('The passphrase needs at least 10 characters.');
    await type('vault-passphrase', 'a long enough passphrase');
    expect(why()).toBe('Type it a second time, to confirm it.');
    await type('vault-confirm', 'a long enough');
    expect(why()).toBe('The confirmation must be the same as the passphrase.');
    await type('vault-confirm', 'a long enough passphrase');
    expect(why()).toBeUndefined();
    expect(create().disabled).toBe(false);
    expect(create().hasAttribute('aria-describedby')).toBe(false);
  });

  it('switches to French before anything is unlocked, and remembers the pick', async () => {
    window.localStorage.clear();
    render(VaultSetup, { unencryptedData: false });
    await fireEvent.click(screen.getByTestId('lang-fr'));
    expect(locale.language).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(create().textContent?.trim()).toBe('Chiffrer et commencer');
    expect(screen.getByTestId('vault-why').textContent).toBe('Choisissez d’abord une phrase de passe.');
    expect(rememberedLanguage()).toBe('fr');
    expect(takePicked()).toBe('fr');
  });
});
