import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { trustAdd, trustList, trustRemove } from '$lib/backend';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { apiError, resetMocks } from '$lib/testing';
import TrustedKeys from './TrustedKeys.svelte';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, ['trustList', 'trustAdd', 'trustRemove']),
);

const FINGERPRINT = '3A7F 910C 22D4 0B1E 9C6A 7D35 E810 4F2B 6C0D 1E9A 8B37 52F4 A0C1 7E6D 3B98 14C5';
const key = { fingerprint: FINGERPRINT, name: 'Aurore Butrot', addedAt: '2026-11-30T09:00:00Z' };

beforeEach(() => {
  setLanguage('en');
  resetMocks(trustList, trustAdd, trustRemove);
});

describe('TrustedKeys', () => {
  it('lists the keys trusted here and stops trusting one', async () => {
    vi.mocked(trustList).mockResolvedValue([key]);
    vi.mocked(trustRemove).mockResolvedValue([]);
    render(TrustedKeys, {});
    const row = await screen.findByTestId('trusted-key');
    expect(row.textContent).toContain('Aurore Butrot');
    expect(row.textContent).toContain('3A7F 910C');
    await fireEvent.click(screen.getByRole('button', { name: 'Stop trusting the key of Aurore Butrot' }));
    await waitFor(() => expect(screen.getByTestId('trusted-keys-none')).toBeTruthy());
    expect(trustRemove).toHaveBeenCalledWith(FINGERPRINT);
  });

  it('adds a key from a fingerprint typed in, a refusal shown on its field', async () => {
    vi.mocked(trustList).mockResolvedValue([]);
    vi.mocked(trustAdd)
      .mockRejectedValueOnce(apiError('malformed', 'malformed', { field: 'fingerprint' }))
      .mockResolvedValueOnce([key]);
    render(TrustedKeys, {});
    await fireEvent.click(await screen.findByTestId('trusted-key-add'));
    const fingerprint = screen.getByTestId('trusted-key-fingerprint') as HTMLInputElement;
    await fireEvent.input(fingerprint, { target: { value: '3A7F' } });
    await fireEvent.input(screen.getByTestId('trusted-key-name'), { target: { value: 'Aurore Butrot' } });
    await fireEvent.click(screen.getByTestId('trusted-key-save'));
    await waitFor(() => expect(document.getElementById('trusted-fingerprint-error')).toBeTruthy());
    expect(screen.getByTestId('trusted-key-form')).toBeTruthy();
    await fireEvent.input(fingerprint, { target: { value: FINGERPRINT } });
    await fireEvent.click(screen.getByTestId('trusted-key-save'));
    await waitFor(() => expect(screen.getByTestId('trusted-key').textContent).toContain('Aurore Butrot'));
    expect(trustAdd).toHaveBeenLastCalledWith(FINGERPRINT, 'Aurore Butrot');
    expect(screen.queryByTestId('trusted-key-form')).toBeNull();
  });

  it('says when no other key is trusted, in French', async () => {
    setLanguage('fr');
    vi.mocked(trustList).mockResolvedValue([]);
    render(TrustedKeys, {});
    expect((await screen.findByTestId('trusted-keys-none')).textContent).toContain('Aucune autre clé');
  });
});
