// The sections of the charter in the order of the document, and what each one's clauses hold.

import type { AuthorityKind } from '../bindings/AuthorityKind';
import type { Decision } from '../bindings/Decision';
import type { Review } from '../bindings/Review';
import type { Section } from '../bindings/Section';
import type { VersionStatus } from '../bindings/VersionStatus';

// Exhaustive by construction: the compiler names any member the bindings gain.
const ORDER: Record<Section, number> = {
  context: 0,
  objective: 1,
  scope_in: 2,
  scope_out: 3,
  deliverable: 4,
  milestone: 5,
  budget: 6,
  assumption: 7,
  constraint: 8,
  risk: 9,
  governance: 10,
  communication: 11,
  authority: 12,
  non_goal: 13,
  escalation: 14,
};

/** Every section, in document order. */
export const SECTIONS = (Object.keys(ORDER) as Section[]).sort((a, b) => ORDER[a] - ORDER[b]);

/** The charter page: context → communication. */
export const CHARTER_SECTIONS = SECTIONS.filter((s) => ORDER[s] <= ORDER.communication);

/** The mandate page, after its table of authorities. */
export const MANDATE_LISTS: Section[] = ['non_goal', 'escalation'];

export const sectionOrder = (section: Section): number => ORDER[section];

/** Deliverables may have a due date; milestones must. */
export const usesDue = (section: Section): boolean =>
  section === 'deliverable' || section === 'milestone';
export const dueRequired = (section: Section): boolean => section === 'milestone';
export const usesAmount = (section: Section): boolean => section === 'budget';

const CATALOGUE_ORDER: Record<Exclude<AuthorityKind, 'custom'>, number> = {
  reorganise: 0,
  reduce_staff: 1,
  change_practices: 2,
  spend: 3,
  vendors: 4,
  hire: 5,
  architecture: 6,
  stop_go_live: 7,
  speak_for_management: 8,
};

/** The standard catalogue of authorities, in the order it is offered. */
export const CATALOGUE = (Object.keys(CATALOGUE_ORDER) as Exclude<AuthorityKind, 'custom'>[]).sort(
  (a, b) => CATALOGUE_ORDER[a] - CATALOGUE_ORDER[b],
);

const REVIEW: Record<Review, true> = {
  pending: true,
  agreed: true,
  to_discuss: true,
  struck: true,
};
export const REVIEWS = Object.keys(REVIEW) as Review[];

const DECISION: Record<Decision, true> = { granted: true, not_granted: true, needs_approval: true };
export const DECISIONS = Object.keys(DECISION) as Decision[];

const STATUS: Record<VersionStatus, true> = {
  draft: true,
  in_review: true,
  approved: true,
  changes_requested: true,
  rejected: true,
};
export const VERSION_STATUSES = Object.keys(STATUS) as VersionStatus[];

/** Approved and rejected versions never change again: changing them means an amendment. */
export const isFrozen = (status: VersionStatus): boolean =>
  status === 'approved' || status === 'rejected';

/** Where a version can be put in front of the approver. */
export const canSubmit = (status: VersionStatus): boolean =>
  status === 'draft' || status === 'changes_requested';
