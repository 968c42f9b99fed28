// The retention of the wellbeing notes as the dashboard reads it: the proposal for today, the
// period, the decisions already applied, and the period as typed checked before it is sent.
import { retentionDecisions, retentionPeriod, retentionProposal, wellbeingNoteCounts } from '../../backend';
import type { RetentionDecision } from '../../bindings/RetentionDecision';
import type { RetentionProposal } from '../../bindings/RetentionProposal';

/** The periods allowed, in months (as mandat-core's `retention::MONTHS`). */
export const MONTHS = { min: 1, max: 120 } as const;

export type Retention = {
  proposal: RetentionProposal;
  period: number;
  decisions: RetentionDecision[];
  /** Whether the mission has any wellbeing note at all (the card stays out of the way if not). */
  hasNotes: boolean;
};

/** Everything the card shows, for today. */
export async function readRetention(missionId: number): Promise<Retention> {
  const [proposal, period, decisions, counts] = await Promise.all([
    retentionProposal(missionId, ''),
    retentionPeriod(missionId),
    retentionDecisions(missionId),
    wellbeingNoteCounts(missionId),
  ]);
  return { proposal, period, decisions, hasNotes: counts.notes > 0 };
}

/** Whether there is something to show: notes to delete, notes at all, or a decision made. */
export const worthShowing = (r: Retention): boolean =>
  r.hasNotes || r.decisions.length > 0 || r.proposal.notes + r.proposal.acknowledgments > 0;

/** The period as typed, as a number of months; `null` when it is not a whole number in range. */
export function monthsTyped(text: string | number | null): number | null {
  const typed = String(text ?? '').trim();
  if (!/^\d+$/.test(typed)) return null;
  const months = Number(typed);
  return months >= MONTHS.min && months <= MONTHS.max ? months : null;
}
