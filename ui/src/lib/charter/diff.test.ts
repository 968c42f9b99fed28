import { describe, expect, it } from 'vitest';
import type { Change } from '../bindings/Change';
import type { ClauseDiff } from '../bindings/ClauseDiff';
import type { Section } from '../bindings/Section';
import type { Version } from '../bindings/Version';
import { defaultPair, groupDiffs, tally } from './diff';

const diff = (key: string, section: Section, change: Change): ClauseDiff => ({
  key,
  section,
  change,
  before: null,
  after: null,
  fields: change === 'changed' ? ['title'] : [],
});

const version = (number: number): Version => ({
  id: number * 10,
  missionId: 1,
  number,
  status: 'approved',
  reason: '',
  createdAt: '2026-11-02T09:00:00Z',
  updatedAt: '2026-11-02T09:00:00Z',
  decidedOn: '2026-11-09',
  approverName: 'Claire Moreau',
  approverTitle: 'CEO',
  decisionNote: '',
  signatures: 0,
});

describe('groupDiffs', () => {
  const clauses = [
    diff('k9', 'budget', 'changed'),
    diff('k1', 'context', 'unchanged'),
    diff('k2', 'objective', 'unchanged'),
    diff('k3', 'objective', 'added'),
    diff('k4', 'authority', 'removed'),
    diff('k5', 'objective', 'unchanged'),
  ];

  it('groups by section in document order, keeping the order within a section', () => {
    const groups = groupDiffs(clauses, true);
    expect(groups.map((g) => g.section)).toEqual(['context', 'objective', 'budget', 'authority']);
    expect(groups[1].rows.map((r) => r.key)).toEqual(['k2', 'k3', 'k5']);
  });

  it('hides unchanged clauses unless asked, and drops sections left empty, counting what is hidden', () => {
    const groups = groupDiffs(clauses, false);
    expect(groups.map((g) => g.section)).toEqual(['objective', 'budget', 'authority']);
    expect(groups[0].rows.map((r) => r.key)).toEqual(['k3']);
    expect(groups[0].unchanged).toBe(2);
  });

  it('counts each kind of change', () => {
    expect(tally(clauses)).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 3 });
  });
});

describe('defaultPair', () => {
  it('compares the previous version with the latest', () => {
    expect(defaultPair([version(1), version(2), version(3)])).toEqual({ from: 2, to: 3 });
    expect(defaultPair([version(1)])).toBeNull();
  });
});
