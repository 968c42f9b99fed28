// What the charter asks for next, from where its latest version stands and who was told.

import type { Board } from '../bindings/Board';
import type { Charter } from '../bindings/Charter';

export type NextStep =
  /** No charter yet. */
  | 'start'
  /** A draft with clauses still to review or to discuss. */
  | 'continue'
  /** Every clause agreed or struck: put it in front of the approver. */
  | 'submit'
  /** The approver asked for more information. */
  | 'revise'
  /** In review: the approver decides. */
  | 'decide'
  /** Approved, and some audiences have not heard of it (or none is listed yet). */
  | 'announce'
  /** Approved and announced, or rejected: changing it means an amendment. */
  | 'amend';

export function nextStep(charter: Charter | null, board: Board | null): NextStep {
  if (charter === null) return 'start';
  const { status } = charter.version;
  const { pending, toDiscuss } = charter.summary;
  switch (status) {
    case 'draft':
      return pending > 0 || toDiscuss > 0 ? 'continue' : 'submit';
    case 'changes_requested':
      return pending > 0 || toDiscuss > 0 ? 'revise' : 'submit';
    case 'in_review':
      return 'decide';
    case 'rejected':
      return 'amend';
    case 'approved': {
      const audiences = board?.audiences ?? [];
      return audiences.length === 0 || audiences.some((a) => !a.told) ? 'announce' : 'amend';
    }
  }
}
