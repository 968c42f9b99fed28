// A comparison of two versions as the versions page lays it out: by section in document
// order, unchanged clauses counted and shown only on request.

import type { Change } from '../bindings/Change';
import type { ClauseDiff } from '../bindings/ClauseDiff';
import type { Section } from '../bindings/Section';
import type { Version } from '../bindings/Version';
import { sectionOrder } from './sections';

/** The fields a comparison can name (camelCase names of `Clause`). */
export type DiffField =
  | 'section'
  | 'title'
  | 'detail'
  | 'due'
  | 'amount'
  | 'currency'
  | 'authority'
  | 'decision'
  | 'approver';

export interface DiffGroup {
  section: Section;
  /** In document order; unchanged ones only when shown. */
  rows: ClauseDiff[];
  /** How many unchanged clauses the section holds, shown or not. */
  unchanged: number;
}

export function groupDiffs(clauses: readonly ClauseDiff[], showUnchanged: boolean): DiffGroup[] {
  const groups = new Map<Section, DiffGroup>();
  for (const diff of clauses) {
    let group = groups.get(diff.section);
    if (!group) {
      group = { section: diff.section, rows: [], unchanged: 0 };
      groups.set(diff.section, group);
    }
    if (diff.change === 'unchanged') group.unchanged += 1;
    if (diff.change !== 'unchanged' || showUnchanged) group.rows.push(diff);
  }
  return [...groups.values()]
    .filter((group) => group.rows.length > 0)
    .sort((a, b) => sectionOrder(a.section) - sectionOrder(b.section));
}

export function tally(clauses: readonly ClauseDiff[]): Record<Change, number> {
  const counts: Record<Change, number> = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const diff of clauses) counts[diff.change] += 1;
  return counts;
}

/** What to compare first: the version before the latest with the latest. */
export function defaultPair(versions: readonly Version[]): { from: number; to: number } | null {
  if (versions.length < 2) return null;
  const numbers = versions.map((v) => v.number).sort((a, b) => a - b);
  return { from: numbers[numbers.length - 2], to: numbers[numbers.length - 1] };
}
