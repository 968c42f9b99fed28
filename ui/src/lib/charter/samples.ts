// Sample charters for the tests of the charter screens and the dashboard.

import type { Charter } from '../bindings/Charter';
import type { Clause } from '../bindings/Clause';
import type { Mission } from '../bindings/Mission';
import type { Version } from '../bindings/Version';

export const sampleMission: Mission = {
  id: 3,
  client: 'Distribution Ravel',
  title: 'Recover IT after the go-live',
  sponsorName: 'Claire Moreau',
  sponsorTitle: 'CEO',
  managerName: 'Anne Roy',
  startDate: '2026-11-02',
  plannedEnd: '2027-04-30',
  context: '',
  language: 'en',
  status: 'active',
  createdAt: '2026-11-02T09:00:00Z',
  updatedAt: '2026-11-02T09:00:00Z',
};

export function sampleClause(key: string, fields: Partial<Clause> = {}): Clause {
  return {
    key,
    section: 'objective',
    position: 0,
    title: `Clause ${key}`,
    detail: '',
    due: null,
    amount: null,
    currency: null,
    authority: null,
    decision: null,
    approver: '',
    review: 'pending',
    ...fields,
  };
}

export function sampleVersion(fields: Partial<Version> = {}): Version {
  return {
    id: 10,
    missionId: sampleMission.id,
    number: 1,
    status: 'draft',
    reason: '',
    createdAt: '2026-11-02T09:00:00Z',
    updatedAt: '2026-11-02T09:00:00Z',
    decidedOn: null,
    approverName: '',
    approverTitle: '',
    decisionNote: '',
    signatures: 0,
    ...fields,
  };
}

/** A charter whose summary is computed from its clauses, as Rust does. */
export function sampleCharter(clauses: Clause[], version: Partial<Version> = {}): Charter {
  const v = sampleVersion(version);
  const count = (review: Clause['review']) => clauses.filter((c) => c.review === review).length;
  return {
    version: v,
    clauses,
    comments: [],
    summary: {
      total: clauses.length,
      agreed: count('agreed'),
      toDiscuss: count('to_discuss'),
      struck: count('struck'),
      pending: count('pending'),
      open: clauses.filter((c) => c.review === 'to_discuss').map((c) => c.key),
    },
    history: [v],
  };
}

/** The same charter with one clause's review changed. */
export function withReview(charter: Charter, key: string, review: Clause['review']): Charter {
  const clauses = charter.clauses.map((c) => (c.key === key ? { ...c, review } : c));
  return { ...sampleCharter(clauses, charter.version), comments: charter.comments };
}
