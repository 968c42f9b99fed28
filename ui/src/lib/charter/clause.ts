// A clause as the screens show it and as the forms hold it.

import type { Clause } from '../bindings/Clause';
import type { ClauseInput } from '../bindings/ClauseInput';
import type { Language } from '../bindings/Language';
import type { Section } from '../bindings/Section';
import type { Translate } from '../i18n/catalogue';

/** The fields of `ClauseInput` a form shows, as Rust names them in `ApiError.field`. */
export const CLAUSE_FIELDS = [
  'authority',
  'title',
  'detail',
  'due',
  'amount',
  'currency',
  'decision',
  'approver',
] as const satisfies readonly (keyof ClauseInput)[];

export type ClauseField = (typeof CLAUSE_FIELDS)[number];

/** How a clause is named: its title, or for a catalogue authority the catalogue's wording. */
export function clauseName(clause: Pick<Clause, 'title' | 'authority'>, t: Translate): string {
  if (clause.title.trim() !== '' || clause.authority === null || clause.authority === 'custom') {
    return clause.title;
  }
  return t(`authority.${clause.authority}`);
}

export function emptyInput(section: Section): ClauseInput {
  return {
    section,
    title: '',
    detail: '',
    due: '',
    amount: '',
    currency: '',
    authority: null,
    decision: null,
    approver: '',
  };
}

/** A stored clause as the form holds it: every field as text. */
export function inputOf(clause: Clause): ClauseInput {
  return {
    section: clause.section,
    title: clause.title,
    detail: clause.detail,
    due: clause.due ?? '',
    amount: clause.amount === null ? '' : String(clause.amount),
    currency: clause.currency ?? '',
    authority: clause.authority,
    decision: clause.decision,
    approver: clause.approver,
  };
}

/** « 180 000 € » / "€180,000": whole units, in the reader's language. */
export function formatAmount(amount: number, currency: string | null, language: Language): string {
  const code = currency ?? 'EUR';
  try {
    return new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
      style: 'currency',
      currency: code,
      maximumFractionDigits: 0,
      minimumFractionDigits: 0,
    }).format(amount);
  } catch {
    return `${amount} ${code}`;
  }
}

/** Whether a section is read in the order she arranged (milestones are read by date). */
export const arranged = (section: Section): boolean => section !== 'milestone';

/**
 * Clauses of one section, in their reading order: milestones by date (undated ones last, in
 * the order arranged), every other section as arranged. The PDF follows the same rule
 * (`charter::reading_order`).
 */
export function inSection(clauses: readonly Clause[], section: Section): Clause[] {
  const byPosition = (a: Clause, b: Clause) => a.position - b.position;
  const order = arranged(section)
    ? byPosition
    : (a: Clause, b: Clause) =>
        (a.due === null ? 1 : 0) - (b.due === null ? 1 : 0) || (a.due ?? '').localeCompare(b.due ?? '') || byPosition(a, b);
  return clauses.filter((c) => c.section === section).sort(order);
}
