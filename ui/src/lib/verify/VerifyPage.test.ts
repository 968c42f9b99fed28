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
  (await import('$lib/testing')).stubBackend(importOriginal, ['chooseOpenPath', 'documentVerify'], {
    onFileDrop: vi.fn((handler: (paths: string[]) => void, hover?: (over: boolean) => void) => {
      drops.handler = handler;
      drops.hover = hover ?? null;
      return drops.stop;
    }),
  }),
);

const draft: VerifyReport = {
  ...bareReport('draft', 'no signature'),
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
});
