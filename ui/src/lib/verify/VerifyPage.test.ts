import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import type { VerifyReport } from '$lib/bindings/VerifyReport';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { apiError } from '$lib/testing';
import { bareReport } from './samples';
import VerifyPage from './VerifyPage.svelte';

const drops = vi.hoisted(() => ({
  handler: null as ((paths: string[]) => void) | null,
  hover: null as ((over: boolean) => void) | null,
  stop: (() => undefined) as () => void,
}));

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, ['chooseOpenPath', 'documentVerify', 'trustAdd', 'trustList'], {
    onFileDrop: vi.fn((handler: (paths: string[]) => void, hover?: (over: boolean) => void) => {
      drops.handler = handler;
      drops.hover = hover ?? null;
      return drops.stop;
    }),
  }),
);

const draft: VerifyReport = {
  ...bareReport('draft', { code: 'draft' }),
  documentId: 'MDT-3-2',
  client: 'Distribution Ravel',
  mission: 'Recover IT',
  version: 2,
  language: 'en',
};

describe('VerifyPage', () => {
  beforeEach(() => {
    setLanguage('en');
    vi.mocked(backend.documentVerify).mockReset();
    vi.mocked(backend.trustList).mockResolvedValue([]);
  });

  it('verifies the PDF chosen, and nothing when the choice is cancelled', async () => {
    vi.mocked(backend.chooseOpenPath).mockResolvedValueOnce(null).mockResolvedValueOnce('/tmp/Charter-v2.pdf');
    vi.mocked(backend.documentVerify).mockResolvedValue(draft);
    render(VerifyPage);
    await fireEvent.click(screen.getByTestId('verify-choose'));
    await waitFor(() => expect(backend.chooseOpenPath).toHaveBeenCalledWith('pdf'));
    expect(backend.documentVerify).not.toHaveBeenCalled();

    await fireEvent.click(screen.getByTestId('verify-choose'));
    const result = await waitFor(() => screen.getByTestId('verify-result'));
    expect(backend.documentVerify).toHaveBeenCalledWith('/tmp/Charter-v2.pdf');
    expect(result.dataset.outcome).toBe('draft');
    expect(document.activeElement).toBe(result);
  });

  it('verifies the first file dropped on the window, lights up while one hovers, and stops listening when left', async () => {
    const stop = vi.fn();
    drops.stop = stop;
    vi.mocked(backend.documentVerify).mockResolvedValue({ ...draft, outcome: 'modified' });
    const { unmount } = render(VerifyPage);
    drops.hover?.(true);
    await waitFor(() => expect(screen.getByTestId('verify-drop').dataset.hovering).toBe('true'));
    drops.handler?.(['/tmp/a.pdf', '/tmp/b.pdf']);
    await waitFor(() => expect(screen.getByTestId('verify-result').dataset.outcome).toBe('modified'));
    expect(backend.documentVerify).toHaveBeenCalledTimes(1);
    expect(backend.documentVerify).toHaveBeenCalledWith('/tmp/a.pdf');
    unmount();
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('shows a refusal to read the file as an error', async () => {
    vi.mocked(backend.chooseOpenPath).mockResolvedValue('/tmp/gone.pdf');
    vi.mocked(backend.documentVerify).mockRejectedValue(
      apiError('file', 'cannot read /tmp/gone.pdf: No such file'),
    );
    render(VerifyPage);
    await fireEvent.click(screen.getByTestId('verify-choose'));
    const alert = await waitFor(() => screen.getByRole('alert'));
    expect(alert.textContent).toContain('The file could not be read or written.');
    expect(alert.textContent).toContain('No such file');
    expect(screen.queryByTestId('verify-result')).toBeNull();
  });

  it('trusts an unknown key under the name she gives, then verifies the file again', async () => {
    const fingerprint = '3A7F 910C 5B2E 77D1 0A9C 4E3F 8812 6B5D C0FF EE12 3456 789A BCDE F012 3456 7890';
    const sealed = { ...draft, fingerprint, sealedBy: 'Anne Roy', signatures: 1 };
    vi.mocked(backend.chooseOpenPath).mockResolvedValueOnce('/tmp/Charter-v2.pdf');
    vi.mocked(backend.documentVerify)
      .mockResolvedValueOnce({ ...sealed, outcome: 'unknown_sealer', sealer: 'unknown' })
      .mockResolvedValueOnce({ ...sealed, outcome: 'valid', sealer: 'trusted', sealerName: 'Anne Roy' });
    vi.mocked(backend.trustAdd)
      .mockRejectedValueOnce(apiError('too_long', 'name is longer than 120 characters', { field: 'name', limit: 120 }))
      .mockResolvedValueOnce([{ fingerprint, name: 'Anne Roy', addedAt: '2026-12-03T12:00:00Z' }]);
    render(VerifyPage);
    await fireEvent.click(screen.getByTestId('verify-choose'));
    await fireEvent.click(await waitFor(() => screen.getByTestId('verify-trust')));
    // A name Rust refuses: its refusal shows on the field, and nothing is verified again.
    await fireEvent.input(screen.getByTestId('verify-trust-name'), { target: { value: 'x'.repeat(121) } });
    await fireEvent.click(screen.getByTestId('verify-trust-save'));
    await waitFor(() => expect(document.getElementById('trust-name-error')).not.toBeNull());
    expect(backend.documentVerify).toHaveBeenCalledTimes(1);

    await fireEvent.input(screen.getByTestId('verify-trust-name'), { target: { value: 'Anne Roy' } });
    await fireEvent.click(screen.getByTestId('verify-trust-save'));
    await waitFor(() => expect(screen.getByTestId('verify-result').dataset.outcome).toBe('valid'));
    expect(backend.trustAdd).toHaveBeenLastCalledWith(fingerprint, 'Anne Roy');
    expect(backend.documentVerify).toHaveBeenCalledTimes(2);
    expect(screen.getByTestId('verify-sealer').textContent).toBe('A key trusted here: Anne Roy');
  });
});
