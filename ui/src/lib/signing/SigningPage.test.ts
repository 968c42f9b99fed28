import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import type { Signature } from '$lib/bindings/Signature';
import type { SigningState } from '$lib/bindings/SigningState';
import { charter } from '$lib/charter/charter.svelte';
import { sampleCharter, sampleClause, sampleMission, sampleVersion } from '$lib/charter/samples';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { apiError, resetMocks } from '$lib/testing';
import SigningPage from './SigningPage.svelte';

// The pad draws on a canvas, which jsdom lacks: a stand-in records strokes handed by the test.
const pads = vi.hoisted(() => new Map<HTMLCanvasElement, { draw: (points: [number, number][]) => void }>());

vi.mock('signature_pad', () => ({
  default: class extends EventTarget {
    data: { points: { x: number; y: number; pressure: number; time: number }[] }[] = [];
    constructor(canvas: HTMLCanvasElement) {
      super();
      pads.set(canvas, {
        draw: (points) => {
          this.data.push({ points: points.map(([x, y]) => ({ x, y, pressure: 0.5, time: 0 })) });
          this.dispatchEvent(new CustomEvent('endStroke'));
        },
      });
    }
    toData() {
      return this.data;
    }
    fromData(data: this['data']) {
      this.data = [...data];
    }
    clear() {
      this.data = [];
    }
    off() {}
  },
}));

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, [
    'charterGet', 'signingState', 'signingSign', 'signingClear', 'signingAcceptReceived', 'identityGet', 'identityCreate',
    'chooseSavePath', 'chooseOpenPath', 'documentExport', 'revealInFolder',
  ]),
);

const approved = sampleVersion({
  id: 10,
  number: 1,
  status: 'approved',
  decidedOn: '2026-11-09',
  approverName: 'Claire Moreau',
  approverTitle: 'CEO',
});
const amendment = sampleVersion({ id: 11, number: 2, status: 'draft', reason: 'More budget' });

const state = (fields: Partial<SigningState> = {}): SigningState => ({
  versionId: 10,
  number: 1,
  status: 'approved',
  signable: true,
  sponsor: null,
  manager: null,
  complete: false,
  receivedAt: null,
  receivedFrom: '',
  acceptedAt: null,
  ...fields,
});

const signature = (role: Signature['role'], name: string): Signature => ({
  role,
  name,
  title: role === 'sponsor' ? 'CEO' : 'Transition CIO',
  place: 'Lyon',
  signedAt: '2026-11-10T09:30:00Z',
  svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 180"><path d="M10 20L30 40"/></svg>',
});

const input = (id: string) => document.getElementById(id) as HTMLInputElement;
const canvas = (role: string) => screen.getByTestId(`pad-${role}`) as HTMLCanvasElement;

function withHistory(...history: (typeof approved)[]) {
  const latest = history[history.length - 1];
  vi.mocked(backend.charterGet).mockResolvedValue({
    ...sampleCharter([sampleClause('k1')], latest),
    history,
  });
}

describe('SigningPage', () => {
  beforeAll(() => {
    // The pad's size as a browser lays it out.
    Object.defineProperty(HTMLCanvasElement.prototype, 'offsetWidth', { configurable: true, get: () => 480 });
    Object.defineProperty(HTMLCanvasElement.prototype, 'offsetHeight', { configurable: true, get: () => 180 });
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });

  afterAll(() => {
    vi.mocked(HTMLCanvasElement.prototype.getContext).mockRestore();
    // The layout jsdom gives (none) again: the prototype's own sizes go, HTMLElement's remain.
    Reflect.deleteProperty(HTMLCanvasElement.prototype, 'offsetWidth');
    Reflect.deleteProperty(HTMLCanvasElement.prototype, 'offsetHeight');
  });

  beforeEach(() => {
    setLanguage('en');
    charter.missionId = null;
    pads.clear();
    vi.mocked(backend.identityGet).mockResolvedValue(null);
    resetMocks(backend.signingSign, backend.chooseSavePath, backend.documentExport);
  });

  it('points to the charter before there is one', async () => {
    vi.mocked(backend.charterGet).mockResolvedValue(null);
    render(SigningPage, { mission: sampleMission });
    await waitFor(() => expect(screen.getByTestId('signing-no-charter')).toBeTruthy());
    expect(screen.queryByTestId('export-panel')).toBeNull();
  });

  it('explains that only an approved version is signed, and offers a draft meanwhile', async () => {
    withHistory(sampleVersion({ id: 10, number: 1, status: 'in_review' }));
    vi.mocked(backend.signingState).mockResolvedValue(state({ status: 'in_review', signable: false }));
    render(SigningPage, { mission: sampleMission });
    await waitFor(() => expect(screen.getByTestId('signing-not-approved')).toBeTruthy());
    expect(screen.queryByTestId('signer-sponsor')).toBeNull();
    const button = screen.getByTestId('export-pdf');
    expect(button.textContent).toContain('Export a draft PDF');
    expect(button.dataset.kind).toBe('draft');
    expect(screen.getByTestId('export-note').textContent).toContain('watermarked as a draft');
  });

  it('opens on the latest approved version, the signers as the mission names them', async () => {
    withHistory(approved, amendment);
    vi.mocked(backend.signingState).mockResolvedValue(state());
    render(SigningPage, { mission: sampleMission });
    await waitFor(() => expect(screen.getByTestId('signer-sponsor')).toBeTruthy());
    expect(backend.signingState).toHaveBeenLastCalledWith(10);
    expect((document.getElementById('signing-version') as HTMLSelectElement).value).toBe('1');
    expect(input('signer-sponsor-name').value).toBe('Claire Moreau');
    expect(input('signer-sponsor-title').value).toBe('CEO');
    expect(input('signer-manager-name').value).toBe('Anne Roy');
    expect(input('signer-manager-title').value).toBe('Transition CIO');
    expect(input('signer-manager-place').value).toBe('');
    expect(screen.getByTestId('export-pdf').textContent).toContain('Export a draft PDF');
  });

  it('signs once something is drawn, in CSS pixels of the pad, then shows the signature kept', async () => {
    withHistory(approved);
    vi.mocked(backend.signingState).mockResolvedValue(state());
    vi.mocked(backend.signingSign)
      .mockRejectedValueOnce(apiError('required', 'place is required', { field: 'place' }))
      .mockResolvedValueOnce(state({ sponsor: signature('sponsor', 'Claire Moreau') }));
    render(SigningPage, { mission: sampleMission });
    await waitFor(() => expect(screen.getByTestId('sign-sponsor')).toBeTruthy());
    const sign = screen.getByTestId('sign-sponsor') as HTMLButtonElement;
    expect(sign.disabled).toBe(true);

    pads.get(canvas('sponsor'))?.draw([
      [10.04, 20.06],
      [30.55, 40],
    ]);
    await waitFor(() => expect(sign.disabled).toBe(false));
    await fireEvent.click(sign);
    await waitFor(() => expect(document.getElementById('signer-sponsor-place-error')).not.toBeNull());
    expect(document.activeElement).toBe(input('signer-sponsor-place'));

    await fireEvent.input(input('signer-sponsor-place'), { target: { value: 'Lyon' } });
    await fireEvent.click(sign);
    await waitFor(() => expect(screen.getByTestId('signed-sponsor')).toBeTruthy());
    expect(backend.signingSign).toHaveBeenLastCalledWith(10, {
      role: 'sponsor',
      name: 'Claire Moreau',
      title: 'CEO',
      place: 'Lyon',
      width: 480,
      height: 180,
      strokes: [
        [
          [10, 20.1],
          [30.6, 40],
        ],
      ],
    });
    const image = within(screen.getByTestId('signed-sponsor')).getByRole('img') as HTMLImageElement;
    expect(image.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    expect(image.alt).toBe('Signature of Claire Moreau');
    expect(screen.getByTestId('signed-sponsor').textContent).toContain('Signed in Lyon on');
    expect(screen.getByTestId('sign-again-sponsor')).toBeTruthy();
  });

  it('says under the pad when the drawing is refused', async () => {
    withHistory(approved);
    vi.mocked(backend.signingState).mockResolvedValue(state());
    vi.mocked(backend.signingSign).mockRejectedValue(
      apiError('required', 'strokes is required', { field: 'strokes' }),
    );
    render(SigningPage, { mission: sampleMission });
    await waitFor(() => expect(screen.getByTestId('sign-manager')).toBeTruthy());
    pads.get(canvas('manager'))?.draw([[5, 5]]);
    await waitFor(() => expect((screen.getByTestId('sign-manager') as HTMLButtonElement).disabled).toBe(false));
    await fireEvent.click(screen.getByTestId('sign-manager'));
    await waitFor(() =>
      expect(document.getElementById('signer-manager-strokes-error')?.textContent).toBe(
        'Draw the signature in the box first.',
      ),
    );
  });

  it('says when the signatures came from another laptop, and offers an unsealed copy', async () => {
    withHistory(approved);
    vi.mocked(backend.signingState).mockResolvedValue(
      state({
        sponsor: signature('sponsor', 'Claire Moreau'),
        manager: signature('manager', 'Anne Roy'),
        complete: true,
        receivedAt: '2026-12-01T10:00:00Z',
      }),
    );
    render(SigningPage, { mission: sampleMission });
    const banner = await waitFor(() => screen.getByTestId('signing-received'));
    expect(banner.textContent).toContain('Received from another laptop on');
    expect(banner.textContent).toContain('the sealed original is the sender’s PDF');
    expect(screen.queryByTestId('signing-complete')).toBeNull();
    expect(screen.getByTestId('export-pdf').textContent).not.toContain('signed PDF');
  });

  it('accepts received signatures as received only after asking, and says so after', async () => {
    withHistory(approved);
    const received = state({
      sponsor: signature('sponsor', 'Claire Moreau'),
      manager: signature('manager', 'Anne Roy'),
      complete: true,
      receivedAt: '2026-12-01T10:00:00Z',
      receivedFrom: 'ravel.mandat',
    });
    vi.mocked(backend.signingState).mockResolvedValue(received);
    vi.mocked(backend.signingAcceptReceived).mockResolvedValue({ ...received, acceptedAt: '2026-12-02T09:00:00Z' });
    render(SigningPage, { mission: sampleMission });
    const banner = await waitFor(() => screen.getByTestId('signing-received'));
    expect(screen.getByTestId('signing-received-from').textContent).toBe('It came in the file ravel.mandat.');
    await fireEvent.click(screen.getByTestId('signing-accept-received'));
    const dialog = await waitFor(() => screen.getByTestId('signing-accept-confirm'));
    expect(dialog.closest('[role=dialog]')?.textContent).toContain('not witnessed here');
    // "Not now" has the focus and records nothing.
    await fireEvent.click(screen.getByText('Not now'));
    expect(backend.signingAcceptReceived).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByTestId('signing-accept-received'));
    await fireEvent.click(await waitFor(() => screen.getByTestId('signing-accept-confirm')));
    await waitFor(() => expect(banner.dataset.accepted).toBe('true'));
    expect(backend.signingAcceptReceived).toHaveBeenCalledWith(10);
    expect(banner.textContent).toContain('accepted as received on');
    expect(screen.queryByTestId('signing-accept-received')).toBeNull();
  });

  it('says why accepting was refused, next to the banner', async () => {
    withHistory(approved);
    vi.mocked(backend.signingState).mockResolvedValue(
      state({
        sponsor: signature('sponsor', 'Claire Moreau'),
        manager: signature('manager', 'Anne Roy'),
        complete: true,
        receivedAt: '2026-12-01T10:00:00Z',
      }),
    );
    vi.mocked(backend.signingAcceptReceived).mockRejectedValue(apiError('nothing_received'));
    render(SigningPage, { mission: sampleMission });
    await fireEvent.click(await waitFor(() => screen.getByTestId('signing-accept-received')));
    await fireEvent.click(await waitFor(() => screen.getByTestId('signing-accept-confirm')));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('no signatures received from another laptop'),
    );
  });

  it('says when both have signed, and exports the signed PDF where the user chose', async () => {
    withHistory(approved);
    vi.mocked(backend.signingState).mockResolvedValue(
      state({
        sponsor: signature('sponsor', 'Claire Moreau'),
        manager: signature('manager', 'Anne Roy'),
        complete: true,
      }),
    );
    vi.mocked(backend.chooseSavePath).mockResolvedValueOnce(null).mockResolvedValueOnce('/home/anne/c.pdf');
    vi.mocked(backend.documentExport).mockResolvedValue({
      path: '/home/anne/c.pdf',
      bytes: 245_300,
      kind: 'signed',
      documentId: 'MDT-3-1',
      contentSha256: 'ab'.repeat(32),
      code: 'K7QF-2M9X',
    });
    render(SigningPage, { mission: sampleMission });
    await waitFor(() => expect(screen.getByTestId('signing-complete')).toBeTruthy());
    expect(screen.queryByTestId('sign-again-sponsor')).toBeNull();
    expect(screen.queryByTestId('sign-again-manager')).toBeNull();
    const button = screen.getByTestId('export-pdf');
    expect(button.textContent).toContain('Export the signed PDF');

    // A cancelled dialog exports nothing.
    await fireEvent.click(button);
    await waitFor(() => expect(backend.chooseSavePath).toHaveBeenCalledTimes(1));
    expect(backend.chooseSavePath).toHaveBeenCalledWith('pdf', 'Charter-Distribution-Ravel-v1.pdf');
    expect(backend.documentExport).not.toHaveBeenCalled();

    await fireEvent.click(button);
    const result = await waitFor(() => screen.getByTestId('export-result'));
    expect(backend.documentExport).toHaveBeenCalledWith({
      missionId: 3,
      number: 1,
      language: 'en',
      path: '/home/anne/c.pdf',
    });
    expect(result.dataset.kind).toBe('signed');
    expect(result.textContent).toContain('245 kB');
    expect(result.textContent).toContain('K7QF-2M9X');
    await fireEvent.click(screen.getByTestId('reveal-folder'));
    expect(backend.revealInFolder).toHaveBeenCalledWith('/home/anne/c.pdf');
  });
});
