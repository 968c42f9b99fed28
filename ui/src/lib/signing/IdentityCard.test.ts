import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import type { IdentityInfo } from '$lib/bindings/IdentityInfo';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { apiError, resetMocks } from '$lib/testing';
import IdentityCard from './IdentityCard.svelte';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, [
    'identityGet', 'identityCreate', 'identityImport', 'chooseOpenPath',
  ]),
);

const selfSigned: IdentityInfo = {
  subject: 'CN=Anne Roy',
  issuer: 'CN=Anne Roy',
  source: 'self_signed',
  fingerprint: '3A:7F:91:0C',
  notBefore: '2026-11-10',
  notAfter: '2031-11-10',
  createdAt: '2026-11-10T09:30:00Z',
};
const imported: IdentityInfo = { ...selfSigned, issuer: 'CN=Ravel CA', source: 'imported' };

describe('IdentityCard', () => {
  beforeEach(() => {
    setLanguage('en');
    resetMocks(backend.identityCreate, backend.identityImport);
  });

  it('says a key will be made at the first signed export, and makes it now without asking', async () => {
    vi.mocked(backend.identityGet).mockResolvedValue(null);
    vi.mocked(backend.identityCreate).mockResolvedValue(selfSigned);
    render(IdentityCard, { managerName: 'Anne Roy' });
    await waitFor(() => expect(screen.getByTestId('identity-none')).toBeTruthy());
    await fireEvent.click(screen.getByTestId('identity-create'));
    await waitFor(() => expect(screen.getByTestId('identity-card').dataset.source).toBe('self_signed'));
    expect(backend.identityCreate).toHaveBeenCalledWith('Anne Roy');
    expect(screen.getByTestId('identity-fingerprint').textContent).toBe('3A:7F:91:0C');
    expect(screen.getByTestId('identity-card').textContent).toContain('From 10 November 2026 to 10 November 2031');
  });

  it('asks before replacing a key, and says signed PDFs stay valid', async () => {
    vi.mocked(backend.identityGet).mockResolvedValue(imported);
    vi.mocked(backend.identityCreate).mockResolvedValue(selfSigned);
    render(IdentityCard, { managerName: 'Anne Roy' });
    await waitFor(() => expect(screen.getByTestId('identity-source').textContent).toBe('Imported from a PKCS#12 file'));
    await fireEvent.click(screen.getByTestId('identity-create'));
    expect(screen.getByRole('dialog').textContent).toContain('PDFs already signed stay valid');
    expect(backend.identityCreate).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByTestId('identity-create-confirm'));
    await waitFor(() => expect(screen.getByTestId('identity-card').dataset.source).toBe('self_signed'));
  });

  it('imports a PKCS#12 file with its password, a wrong one said on the password field', async () => {
    vi.mocked(backend.identityGet).mockResolvedValue(null);
    vi.mocked(backend.chooseOpenPath).mockResolvedValue('/home/anne/keys/ravel.p12');
    vi.mocked(backend.identityImport)
      .mockRejectedValueOnce(apiError('key_file', 'mac verify failure'))
      .mockResolvedValueOnce(imported);
    render(IdentityCard, { managerName: 'Anne Roy' });
    await waitFor(() => expect(screen.getByTestId('identity-import')).toBeTruthy());
    await fireEvent.click(screen.getByTestId('identity-import'));
    const password = await waitFor(() => document.getElementById('identity-password') as HTMLInputElement);
    expect(backend.chooseOpenPath).toHaveBeenCalledWith('pkcs12');
    expect(password.type).toBe('password');
    expect(document.activeElement).toBe(password);
    expect(screen.getByRole('dialog').textContent).toContain('ravel.p12');

    await fireEvent.input(password, { target: { value: 'wrong' } });
    await fireEvent.click(screen.getByTestId('identity-import-confirm'));
    await waitFor(() =>
      expect(document.getElementById('identity-password-error')?.textContent).toContain('check the password'),
    );
    expect(password.getAttribute('aria-invalid')).toBe('true');

    await fireEvent.input(password, { target: { value: 'right' } });
    await fireEvent.click(screen.getByTestId('identity-import-confirm'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.identityImport).toHaveBeenLastCalledWith('/home/anne/keys/ravel.p12', 'right');
    expect(screen.getByTestId('identity-card').dataset.source).toBe('imported');
  });

  it('opens no password dialog when the file choice is cancelled', async () => {
    vi.mocked(backend.identityGet).mockResolvedValue(null);
    vi.mocked(backend.chooseOpenPath).mockResolvedValue(null);
    render(IdentityCard, { managerName: 'Anne Roy' });
    await waitFor(() => expect(screen.getByTestId('identity-import')).toBeTruthy());
    await fireEvent.click(screen.getByTestId('identity-import'));
    await waitFor(() => expect(backend.chooseOpenPath).toHaveBeenCalled());
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
