import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Comparison } from '../bindings/Comparison';
import { setLanguage } from '../i18n/locale.svelte';
import ComparisonView from './ComparisonView.svelte';
import { sampleClause, sampleVersion } from './samples';

const budget1 = sampleClause('b', {
  section: 'budget',
  title: 'Mission budget',
  amount: 180000,
  currency: 'EUR',
});
const budget2 = { ...budget1, amount: 240000 };
const vendors1 = sampleClause('v', {
  section: 'authority',
  title: '',
  authority: 'vendors',
  decision: 'not_granted',
  position: 4,
});
const vendors2 = { ...vendors1, decision: 'needs_approval' as const, approver: 'CFO' };

const comparison: Comparison = {
  from: sampleVersion({ id: 10, number: 1, status: 'approved' }),
  to: sampleVersion({ id: 11, number: 2, status: 'draft' }),
  clauses: [
    {
      key: 'c',
      section: 'context',
      change: 'unchanged',
      before: sampleClause('c', { section: 'context', title: 'Go-live cancelled' }),
      after: sampleClause('c', { section: 'context', title: 'Go-live cancelled' }),
      fields: [],
    },
    {
      key: 'm',
      section: 'milestone',
      change: 'added',
      before: null,
      after: sampleClause('m', {
        section: 'milestone',
        title: 'Dress rehearsal',
        due: '2027-02-20',
      }),
      fields: [],
    },
    {
      key: 'b',
      section: 'budget',
      change: 'changed',
      before: budget1,
      after: budget2,
      fields: ['amount'],
    },
    {
      key: 'r',
      section: 'risk',
      change: 'removed',
      before: sampleClause('r', { section: 'risk', title: 'Team exhaustion' }),
      after: null,
      fields: [],
    },
    {
      key: 'v',
      section: 'authority',
      change: 'changed',
      before: vendors1,
      after: vendors2,
      fields: ['decision', 'approver'],
    },
  ],
};

const rows = () => screen.queryAllByTestId('diff-row');

describe('ComparisonView', () => {
  beforeEach(() => setLanguage('en'));

  it('shows what changed clause by clause, grouped by section in document order, unchanged folded away', () => {
    render(ComparisonView, { comparison });
    expect(rows().map((r) => [r.dataset.key, r.dataset.change])).toEqual([
      ['m', 'added'],
      ['b', 'changed'],
      ['r', 'removed'],
      ['v', 'changed'],
    ]);
    const headings = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent?.trim());
    expect(headings).toEqual(['Milestones', 'Budget', 'Risks', 'Authorities of the mandate']);
  });

  it('strikes out a removed clause and says where an added one was absent', () => {
    render(ComparisonView, { comparison });
    const removed = rows().find((r) => r.dataset.key === 'r') as HTMLElement;
    expect(removed.querySelector('del')?.textContent).toContain('Team exhaustion');
    expect(within(removed).getByText('Not in version 2')).toBeTruthy();
    const added = rows().find((r) => r.dataset.key === 'm') as HTMLElement;
    expect(within(added).getByText('Not in version 1')).toBeTruthy();
    expect(added.textContent).toContain('Dress rehearsal');
  });

  it('puts before and after side by side, marking only the fields that changed', () => {
    render(ComparisonView, { comparison });
    const budget = rows().find((r) => r.dataset.key === 'b') as HTMLElement;
    const marked = [...budget.querySelectorAll('.marked')].map((m) => m.textContent?.trim());
    expect(marked).toEqual(['€180,000', '€240,000']);
    expect(budget.textContent).toContain('Changed: amount');

    const vendors = rows().find((r) => r.dataset.key === 'v') as HTMLElement;
    expect(vendors.textContent).toContain('Not granted');
    expect(vendors.textContent).toContain('Needs the approval of CFO');
    // The catalogue authority is named by the catalogue, the same on both sides.
    expect(within(vendors).getAllByText('Renegotiate or end vendor contracts')).toHaveLength(2);
  });

  it('shows unchanged clauses on request', async () => {
    render(ComparisonView, { comparison });
    const toggle = screen.getByTestId('show-unchanged');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(toggle.textContent).toContain('Show unchanged clauses (1)');
    await fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(rows()[0].dataset.key).toBe('c');
    expect(rows()[0].dataset.change).toBe('unchanged');
  });

  it('says so when the two versions are the same', () => {
    render(ComparisonView, { comparison: { ...comparison, clauses: [comparison.clauses[0]] } });
    expect(screen.getByText('These two versions say the same thing.')).toBeTruthy();
  });
});
