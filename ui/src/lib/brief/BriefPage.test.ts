import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import type { Board } from '$lib/bindings/Board';
import type { BriefPage as Page } from '$lib/bindings/BriefPage';
import type { Language } from '$lib/bindings/Language';
import { view } from '$lib/app/view.svelte';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { aMission, apiError, resetMocks } from '$lib/testing';
import BriefPage from './BriefPage.svelte';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, [
    'briefPage', 'briefChanges', 'briefExport', 'briefWrite', 'chooseSavePath', 'announcementBoard',
    'announcementAdd',
  ]),
);

const mission = aMission({ id: 4, client: 'Ravel', title: 'WMS recovery', language: 'fr' });

const pageIn = (language: Language): Page => ({
  brief: {
    missionId: 4,
    language,
    version: 2,
    documentId: 'MANDAT-4-V2',
    approvedOn: language === 'fr' ? '18 novembre 2026' : '18 November 2026',
    title: language === 'fr' ? 'La mission d’Hélène Vasseur' : 'Hélène Vasseur’s mission',
    opening: language === 'fr' ? 'À toutes les équipes,' : 'To all teams,',
    sections: [
      { part: 'why', heading: 'Why', lines: ['I have asked Hélène Vasseur to lead IT.'] },
      { part: 'may_decide', heading: 'What Hélène Vasseur may decide', lines: ['Reorganise teams', 'Hire'] },
    ],
    closing: 'I ask you to give Hélène Vasseur your full support.',
    signed: 'Claire Moreau, CEO',
    talkingPoints: ['Hélène Vasseur is here to stabilise operations.'],
    questions: [
      {
        topic: 'reduce_staff',
        answerKind: 'needs_approval',
        question: 'Will there be job cuts?',
        answer: 'Only with the approval of Claire Moreau.',
      },
      { topic: 'duration', answerKind: 'granted', question: 'How long?', answer: 'Until May.' },
    ],
  },
  text: `TEXT ${language}`,
  html: `<p>HTML ${language}</p>`,
});

const board = (told: boolean): Board => ({
  toAnnounce: 2,
  audiences: [
    {
      audience: { id: 9, name: 'Warehouse teams' },
      announcements: told
        ? [
            {
              id: 1,
              audienceId: 9,
              version: 2,
              announcedBy: 'Claire Moreau',
              announcedOn: '2026-12-01',
              channel: 'meeting',
              note: 'The brief (FR) from MANDAT-4-V2.',
            },
          ]
        : [],
      told,
    },
  ],
});

describe('BriefPage', () => {
  beforeEach(() => {
    setLanguage('en');
    resetMocks(backend.briefPage, backend.briefExport, backend.chooseSavePath, backend.announcementAdd);
    vi.mocked(backend.announcementBoard).mockResolvedValue(board(false));
    vi.mocked(backend.briefChanges).mockResolvedValue(null);
  });

  it('shows the brief in the mission’s language, its points and its answered questions', async () => {
    vi.mocked(backend.briefPage).mockImplementation(async (_id, lang) => pageIn(lang ?? 'fr'));
    render(BriefPage, { mission });
    await screen.findByTestId('brief-letter');
    expect(backend.briefPage).toHaveBeenCalledWith(4, 'fr');
    expect(screen.getByTestId('brief-letter').getAttribute('lang')).toBe('fr');
    const sections = screen.getAllByTestId('brief-section');
    expect(sections.map((s) => s.dataset.part)).toEqual(['why', 'may_decide']);
    expect(sections[1].querySelectorAll('li')).toHaveLength(2);
    const cuts = screen.getAllByTestId('brief-question').find((q) => q.dataset.topic === 'reduce_staff');
    expect(cuts?.dataset.answer).toBe('needs_approval');
    expect(cuts?.textContent).toContain('With approval');
    expect(cuts?.textContent).toContain('Only with the approval of Claire Moreau.');
    expect(screen.getByTestId('brief-source').textContent).toContain('MANDAT-4-V2');

    await fireEvent.click(screen.getByTestId('brief-lang-en'));
    await waitFor(() => expect(screen.getByTestId('brief-letter').getAttribute('lang')).toBe('en'));
    expect(backend.briefPage).toHaveBeenLastCalledWith(4, 'en');
  });

  it('copies the plain text, and says when the clipboard refuses', async () => {
    vi.mocked(backend.briefPage).mockResolvedValue(pageIn('fr'));
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(BriefPage, { mission });
    await fireEvent.click(await screen.findByTestId('brief-copy-text'));
    expect(writeText).toHaveBeenCalledWith('TEXT fr');
    await waitFor(() => expect(screen.getByTestId('brief-said').textContent).toContain('Copied'));
    writeText.mockRejectedValueOnce(new Error('denied'));
    await fireEvent.click(screen.getByTestId('brief-copy-text'));
    await waitFor(() => expect(screen.getByTestId('brief-said').textContent).toContain('refused'));
  });

  it('saves the PDF in the language shown where she chooses, and says where; a cancel writes nothing', async () => {
    vi.mocked(backend.briefPage).mockImplementation(async (_id, lang) => pageIn(lang ?? 'fr'));
    vi.mocked(backend.chooseSavePath).mockResolvedValueOnce(null).mockResolvedValueOnce('/home/h/brief.pdf');
    vi.mocked(backend.briefExport).mockResolvedValue(48_000);
    render(BriefPage, { mission });
    await fireEvent.click(await screen.findByTestId('brief-save-pdf'));
    expect(backend.briefExport).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByTestId('brief-lang-en'));
    await waitFor(() => expect(screen.getByTestId('brief-letter').getAttribute('lang')).toBe('en'));
    await fireEvent.click(screen.getByTestId('brief-save-pdf'));
    await waitFor(() => expect(backend.briefExport).toHaveBeenCalledWith(4, 'en', '/home/h/brief.pdf'));
    expect(backend.chooseSavePath).toHaveBeenLastCalledWith('pdf', 'MANDAT-4-V2-brief-en.pdf');
    await waitFor(() => expect(screen.getByTestId('brief-said').textContent).toContain('/home/h/brief.pdf'));

    vi.mocked(backend.chooseSavePath).mockResolvedValueOnce('/home/h/brief.html');
    vi.mocked(backend.briefWrite).mockResolvedValue(9_000);
    await fireEvent.click(screen.getByTestId('brief-save-html'));
    await waitFor(() => expect(backend.briefWrite).toHaveBeenCalledWith(4, 'en', '/home/h/brief.html', true));
    expect(backend.chooseSavePath).toHaveBeenLastCalledWith('html', 'MANDAT-4-V2-brief-en.html');

    vi.mocked(backend.chooseSavePath).mockResolvedValueOnce('/etc/brief.pdf');
    vi.mocked(backend.briefExport).mockRejectedValueOnce(apiError('refused_path', 'refused', { items: ['inside_data_folder'] }));
    await fireEvent.click(screen.getByTestId('brief-save-pdf'));
    expect(await screen.findByRole('alert')).toBeTruthy();
  });

  it('records the brief as sent to an audience, which then shows as told', async () => {
    vi.mocked(backend.briefPage).mockResolvedValue(pageIn('fr'));
    vi.mocked(backend.announcementAdd).mockResolvedValue(board(true));
    render(BriefPage, { mission: { ...mission, sponsorName: 'Claire Moreau' } });
    const audience = await screen.findByTestId('brief-audience');
    expect(audience.dataset.told).toBe('false');
    await fireEvent.click(screen.getByTestId('brief-record'));
    await fireEvent.click(screen.getByTestId('announce-save'));
    await waitFor(() => expect(backend.announcementAdd).toHaveBeenCalled());
    const input = vi.mocked(backend.announcementAdd).mock.calls[0][0];
    expect(input.audienceId).toBe(9);
    expect(input.announcedBy).toBe('Claire Moreau');
    expect(input.note).toBe('The brief (FR) from MANDAT-4-V2.');
    await waitFor(() => expect(screen.getByTestId('brief-audience').dataset.told).toBe('true'));
  });

  it('after an amendment, names the audiences told only of the old version and what changed', async () => {
    vi.mocked(backend.briefPage).mockResolvedValue(pageIn('en'));
    vi.mocked(backend.briefChanges).mockResolvedValue({
      language: 'en',
      fromVersion: 1,
      toVersion: 2,
      title: 'What changed since version 1 of the mandate',
      lines: ['Changed — Renegotiate or end vendor contracts: was subject to approval, now granted'],
      audiences: ['Infrastructure team'],
      text: 'WHAT CHANGED',
    });
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(BriefPage, { mission });
    const card = await screen.findByTestId('brief-changed');
    expect(card.textContent).toContain('Changed since version 1');
    expect(screen.getByTestId('brief-changed-audiences').textContent).toContain('Infrastructure team');
    expect(card.querySelectorAll('li')).toHaveLength(1);
    await fireEvent.click(screen.getByTestId('brief-changed-copy'));
    expect(writeText).toHaveBeenCalledWith('WHAT CHANGED');
  });

  it('says what is missing before a version is approved, and leads to the review', async () => {
    vi.mocked(backend.briefPage).mockRejectedValue(apiError('nothing_approved'));
    view.current = { name: 'mission', id: 4, page: 'brief' };
    render(BriefPage, { mission });
    const none = await screen.findByTestId('brief-none');
    expect(none.textContent).toContain('No approved version yet');
    expect(screen.queryByTestId('brief-lang-en')).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: /review/i }));
    expect(view.current).toEqual({ name: 'mission', id: 4, page: 'review' });
  });
});
