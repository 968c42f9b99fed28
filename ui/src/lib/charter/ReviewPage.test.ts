import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import type { Charter } from '$lib/bindings/Charter';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { apiError, resetMocks } from '$lib/testing';
import { charter } from './charter.svelte';
import ReviewPage from './ReviewPage.svelte';
import { sampleCharter, sampleClause, sampleMission, withReview } from './samples';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, [
    'charterGet', 'clauseReview', 'clauseComment', 'charterSubmit', 'charterDecide',
  ]),
);

const draft = sampleCharter([
  sampleClause('k1', { section: 'context', title: 'Go-live cancelled', review: 'agreed' }),
  sampleClause('k2', { section: 'objective', title: 'Stabilise operations' }),
  sampleClause('k3', {
    section: 'authority',
    title: '',
    authority: 'reduce_staff',
    decision: 'needs_approval',
    approver: 'CEO',
    position: 1,
  }),
  sampleClause('k4', { section: 'escalation', title: 'Escalation to the CEO' }),
]);

/** Each review answers with the charter as Rust would return it. */
function followReviews(start: Charter) {
  let current = start;
  vi.mocked(backend.clauseReview).mockImplementation(async (_v, key, review) => {
    current = withReview(current, key, review);
    return current;
  });
}

const clause = (key: string) =>
  document.querySelector<HTMLElement>(
    `[data-testid="review-clause"][data-key="${key}"]`,
  ) as HTMLElement;
const summary = () => screen.getByTestId('review-summary');

async function open(start: Charter) {
  vi.mocked(backend.charterGet).mockResolvedValue(start);
  render(ReviewPage, { mission: sampleMission });
  await waitFor(() =>
    expect(screen.getAllByTestId('review-clause')).toHaveLength(start.clauses.length),
  );
}

describe('ReviewPage', () => {
  beforeEach(() => {
    setLanguage('en');
    charter.missionId = null;
    charter.current = null;
    charter.loaded = false;
    resetMocks(backend.clauseReview, backend.clauseComment, backend.charterDecide);
  });

  it('lays every clause out in document order under its section', async () => {
    await open(draft);
    expect(screen.getAllByTestId('review-clause').map((c) => c.dataset.key)).toEqual([
      'k1',
      'k2',
      'k3',
      'k4',
    ]);
    const sections = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(sections).toEqual(
      expect.arrayContaining([
        'Context and situation',
        'Authorities of the mandate',
        'Escalation rule',
      ]),
    );
    expect(within(clause('k3')).getByText('Reduce staff')).toBeTruthy();
    expect(within(clause('k3')).getByText('Needs the approval of CEO')).toBeTruthy();
  });

  it('gives verdicts from the keyboard, moving on to the next clause, and keeps the summary running', async () => {
    followReviews(draft);
    await open(draft);
    expect(summary().dataset.open).toBe('0');

    clause('k2').focus();
    await fireEvent.keyDown(clause('k2'), { key: '2' });
    await waitFor(() => expect(clause('k2').dataset.review).toBe('to_discuss'));
    expect(backend.clauseReview).toHaveBeenCalledWith(10, 'k2', 'to_discuss');
    expect(summary().dataset.open).toBe('1');
    expect(within(summary()).getByText('Stabilise operations')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(clause('k3')));

    await fireEvent.keyDown(clause('k3'), { key: '3' });
    await waitFor(() => expect(clause('k3').dataset.review).toBe('struck'));
    await waitFor(() => expect(document.activeElement).toBe(clause('k4')));

    await fireEvent.keyDown(clause('k4'), { key: 'ArrowUp' });
    expect(document.activeElement).toBe(clause('k3'));
    await fireEvent.keyDown(clause('k3'), { key: '1' });
    await waitFor(() => expect(clause('k3').dataset.review).toBe('agreed'));
    expect(within(summary()).getByText('2 of 4 clauses settled')).toBeTruthy();
  });

  it('never takes typing in a comment for a verdict', async () => {
    followReviews(draft);
    await open(draft);
    const body = within(clause('k2')).getByTestId('comment-body');
    await fireEvent.keyDown(body, { key: '2' });
    expect(backend.clauseReview).not.toHaveBeenCalled();
  });

  it('sets a clause back to review when its pressed verdict is pressed again', async () => {
    followReviews(draft);
    await open(draft);
    const agreed = within(clause('k1')).getByTestId('review-agreed');
    expect(agreed.getAttribute('aria-pressed')).toBe('true');
    await fireEvent.click(agreed);
    expect(backend.clauseReview).toHaveBeenCalledWith(10, 'k1', 'pending');
  });

  it('jumps from the summary to a clause still to discuss', async () => {
    await open(withReview(draft, 'k4', 'to_discuss'));
    expect(summary().dataset.open).toBe('1');
    await fireEvent.click(within(summary()).getByText('Escalation to the CEO'));
    expect(document.activeElement).toBe(clause('k4'));
  });

  it('adds a comment as the CEO or as the transition manager', async () => {
    vi.mocked(backend.clauseComment).mockImplementation(async (_v, key, author, body) => ({
      ...draft,
      comments: [{ id: 1, clauseKey: key, author, body, createdAt: '2026-11-09T10:00:00Z' }],
    }));
    await open(draft);
    const thread = clause('k3');
    await fireEvent.click(within(thread).getByTestId('comment-author-ceo'));
    // Who speaks holds for the whole meeting.
    expect(
      within(clause('k1')).getByTestId('comment-author-ceo').getAttribute('aria-pressed'),
    ).toBe('true');
    const body = within(thread).getByTestId('comment-body') as HTMLTextAreaElement;
    await fireEvent.input(body, { target: { value: 'Not without the works council.' } });
    await fireEvent.click(within(thread).getByTestId('comment-add'));
    await waitFor(() =>
      expect(within(clause('k3')).getByText('Not without the works council.')).toBeTruthy(),
    );
    expect(backend.clauseComment).toHaveBeenCalledWith(
      10,
      'k3',
      'ceo',
      'Not without the works council.',
    );
    expect(within(clause('k3')).getByText('Claire Moreau, CEO')).toBeTruthy();
    expect((within(clause('k3')).getByTestId('comment-body') as HTMLTextAreaElement).value).toBe(
      '',
    );
  });

  it('submits a draft for approval', async () => {
    vi.mocked(backend.charterSubmit).mockResolvedValue(
      sampleCharter(draft.clauses, { status: 'in_review' }),
    );
    await open(draft);
    await fireEvent.click(screen.getByTestId('charter-submit'));
    await waitFor(() =>
      expect(screen.getByTestId('version-banner').dataset.status).toBe('in_review'),
    );
    expect(backend.charterSubmit).toHaveBeenCalledWith(10);
    expect(screen.queryByTestId('charter-submit')).toBeNull();
    expect(document.getElementById('decision-approverName')).not.toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('to-decision')));
  });
});

describe('the decision', () => {
  const inReview = sampleCharter(withReview(draft, 'k3', 'to_discuss').clauses, {
    status: 'in_review',
  });

  beforeEach(() => {
    setLanguage('en');
    charter.missionId = null;
    vi.mocked(backend.charterDecide).mockReset();
  });

  it('is prefilled with the sponsor and today, and approving with open clauses lists them', async () => {
    vi.mocked(backend.charterDecide).mockRejectedValue(
      apiError('open_clauses', 'clauses still to discuss: Reduce staff', { items: ['Reduce staff'] }),
    );
    await open(inReview);
    const name = document.getElementById('decision-approverName') as HTMLInputElement;
    expect(name.value).toBe('Claire Moreau');
    expect((document.getElementById('decision-approverTitle') as HTMLInputElement).value).toBe(
      'CEO',
    );
    expect((document.getElementById('decision-decidedOn') as HTMLInputElement).value).toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );

    await fireEvent.input(document.getElementById('decision-note') as HTMLElement, {
      target: { value: 'Fine otherwise.' },
    });
    await fireEvent.click(screen.getByTestId('decision-approve'));
    const refusal = await waitFor(() => screen.getByTestId('decision-error'));
    expect(refusal.textContent).toContain('these clauses are still to discuss');
    expect(within(refusal).getByRole('listitem').textContent).toBe('Reduce staff');
    expect(backend.charterDecide).toHaveBeenCalledWith(
      10,
      expect.objectContaining({
        verdict: 'approve',
        approverName: 'Claire Moreau',
        note: 'Fine otherwise.',
      }),
    );
    // What was typed stays; the refusal leads to the clause.
    expect((document.getElementById('decision-note') as HTMLTextAreaElement).value).toBe(
      'Fine otherwise.',
    );
    await fireEvent.click(within(refusal).getByRole('button', { name: 'Reduce staff' }));
    expect(document.activeElement).toBe(clause('k3'));
  });

  it('shows a refused field next to it', async () => {
    vi.mocked(backend.charterDecide).mockRejectedValue(
      apiError('required', 'approverTitle is required', { field: 'approverTitle' }),
    );
    await open(inReview);
    await fireEvent.input(document.getElementById('decision-approverTitle') as HTMLElement, {
      target: { value: '' },
    });
    await fireEvent.click(screen.getByTestId('decision-request-changes'));
    await waitFor(() =>
      expect(document.getElementById('decision-approverTitle-error')?.textContent).toBe(
        'This field is required.',
      ),
    );
    const title = document.getElementById('decision-approverTitle') as HTMLInputElement;
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(title.getAttribute('aria-describedby')).toContain('decision-approverTitle-error');
    expect(document.activeElement).toBe(title);
    expect(screen.queryByTestId('decision-error')).toBeNull();
  });

  it('freezes the version once approved', async () => {
    const approved = sampleCharter(draft.clauses, {
      status: 'approved',
      decidedOn: '2026-11-09',
      approverName: 'Claire Moreau',
      approverTitle: 'CEO',
    });
    vi.mocked(backend.charterDecide).mockResolvedValue(approved);
    await open(sampleCharter(draft.clauses, { status: 'in_review' }));
    await fireEvent.click(screen.getByTestId('decision-approve'));
    await waitFor(() =>
      expect(screen.getByTestId('version-banner').dataset.status).toBe('approved'),
    );
    expect(screen.queryByTestId('review-agreed')).toBeNull();
    expect(screen.queryByTestId('comment-body')).toBeNull();
    expect(document.getElementById('decision')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('version-banner')));
  });
});
