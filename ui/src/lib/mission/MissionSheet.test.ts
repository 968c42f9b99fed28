import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import type { Mission } from '$lib/bindings/Mission';
import type { MissionDraft } from '$lib/bindings/MissionDraft';
import { saving } from '$lib/app/saving.svelte';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { aMission, apiError, resetMocks } from '$lib/testing';
import MissionSheet from './MissionSheet.svelte';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, [
    'missionUpdate', 'missionSetStatus',
  ], {
    missionList: vi.fn(async () => []),
    settingsSet: vi.fn(async (settings) => settings),
  }),
);

const mission: Mission = aMission({
  id: 3,
  client: 'Acme',
  title: 'Recovery after the ERP go-live',
  sponsorName: 'Claire Martin',
  sponsorTitle: 'CEO',
  managerName: 'Anne Roy',
});

const input = (id: string) => document.getElementById(id) as HTMLInputElement;
const stored = (draft: MissionDraft): Mission => ({
  ...mission,
  ...draft,
  plannedEnd: draft.plannedEnd || null,
  updatedAt: '2026-03-03T10:00:00Z',
});

describe('MissionSheet', () => {
  beforeEach(() => {
    setLanguage('en');
    resetMocks(backend.missionUpdate, backend.missionSetStatus);
  });

  it('saves on leaving a field, shows a refusal next to it, and recovers once fixed', async () => {
    vi.mocked(backend.missionUpdate).mockRejectedValueOnce(
      apiError('invalid_date', 'startDate is not a valid date (expected YYYY-MM-DD)', { field: 'startDate' }),
    );
    render(MissionSheet, { mission });
    const start = input('mission-startDate');

    await fireEvent.input(start, { target: { value: '2026-02-30' } });
    expect(saving.state).toBe('saving');
    await fireEvent.blur(start);

    await waitFor(() => expect(document.getElementById('mission-startDate-error')).not.toBeNull());
    expect(backend.missionUpdate).toHaveBeenCalledWith(3, expect.objectContaining({ startDate: '2026-02-30' }));
    expect(saving.state).toBe('error');
    expect(start.value).toBe('2026-02-30');
    expect(start.getAttribute('aria-invalid')).toBe('true');

    vi.mocked(backend.missionUpdate).mockImplementation(async (_id, draft) => stored(draft));
    await fireEvent.input(start, { target: { value: '2026-02-28' } });
    await fireEvent.blur(start);

    await waitFor(() => expect(saving.state).toBe('saved'));
    expect(document.getElementById('mission-startDate-error')).toBeNull();
    expect(start.getAttribute('aria-invalid')).toBeNull();
    expect(backend.missionUpdate).toHaveBeenLastCalledWith(3, expect.objectContaining({ startDate: '2026-02-28' }));
  });

  it('saves a choice of document language at once', async () => {
    vi.mocked(backend.missionUpdate).mockImplementation(async (_id, draft) => stored(draft));
    render(MissionSheet, { mission });
    const select = document.getElementById('mission-language') as HTMLSelectElement;
    select.value = 'fr';
    await fireEvent.change(select);
    await waitFor(() =>
      expect(backend.missionUpdate).toHaveBeenCalledWith(3, expect.objectContaining({ language: 'fr' })),
    );
  });

  it('saves a value changed without input events (a driver clearing the field)', async () => {
    vi.mocked(backend.missionUpdate).mockImplementation(async (_id, draft) => stored(draft));
    render(MissionSheet, { mission: { ...mission, plannedEnd: '2026-09-30' } });
    const end = input('mission-plannedEnd');
    expect(end.value).toBe('2026-09-30');
    end.value = '';
    await fireEvent.change(end);
    await waitFor(() =>
      expect(backend.missionUpdate).toHaveBeenCalledWith(3, expect.objectContaining({ plannedEnd: '' })),
    );
  });

  it('asks before closing, and Escape keeps the mission open', async () => {
    vi.mocked(backend.missionSetStatus).mockImplementation(async (_id, status) => ({ ...mission, status }));
    render(MissionSheet, { mission });

    await fireEvent.click(screen.getByTestId('status-closed'));
    const dialog = screen.getByRole('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.contains(document.activeElement)).toBe(true);

    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(backend.missionSetStatus).not.toHaveBeenCalled();

    await fireEvent.click(screen.getByTestId('status-closed'));
    await fireEvent.click(screen.getByTestId('confirm-close'));
    await waitFor(() => expect(backend.missionSetStatus).toHaveBeenCalledWith(3, 'closed'));
  });

  it('keeps focus inside the close dialog', async () => {
    render(MissionSheet, { mission });
    await fireEvent.click(screen.getByTestId('status-closed'));
    const confirm = screen.getByTestId('confirm-close');
    confirm.focus();
    await fireEvent.keyDown(window, { key: 'Tab' });
    expect(screen.getByRole('dialog').contains(document.activeElement)).toBe(true);
    expect(document.activeElement).not.toBe(confirm);
  });

  it('shows a closed mission read-only, with a Reopen button', async () => {
    vi.mocked(backend.missionSetStatus).mockImplementation(async (_id, status) => ({ ...mission, status }));
    render(MissionSheet, { mission: { ...mission, status: 'closed' } });
    expect(input('mission-client').readOnly).toBe(true);
    expect((document.getElementById('mission-language') as HTMLSelectElement).disabled).toBe(true);

    await fireEvent.click(screen.getByTestId('reopen'));
    await waitFor(() => expect(backend.missionSetStatus).toHaveBeenCalledWith(3, 'active'));
  });
});
