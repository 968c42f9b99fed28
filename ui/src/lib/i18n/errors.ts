// The UI's own sentence for each error code. Rust's `message` is English prose for logs:
// it is never shown as the message, only as a detail for the failures it explains — storage,
// a file that could not be read or written (it names the file and the system's reason), a
// document that could not be typeset or sealed, a damaged database (it names the file and the damage),
// a key or mission file that cannot be used (it says why: not a mission file, damaged or
// altered).

import type { ApiError } from '../bindings/ApiError';
import type { Language } from '../bindings/Language';
import type { Translate } from './catalogue';
import { formatDay, isoDay } from './dates';

/** « A, B et C » / "A, B and C". */
export function listOf(items: readonly string[], language: Language): string {
  try {
    return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/**
 * A day written as asked that does not exist: « Le 30 février 2026 n’existe pas. » / "30
 * February 2026 does not exist."; a month that does not exist is named as such.
 */
function noSuchDay(typed: string, t: Translate, language: Language, example: string): string {
  const [year, month, day] = typed.split('-').map(Number);
  if (!(month >= 1 && month <= 12) || !Number.isInteger(year) || !Number.isInteger(day)) {
    return t('error.no_such_date.month', { month: Number.isInteger(month) ? month : typed, example });
  }
  const monthName = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month - 1, 1)),
  );
  return t('error.no_such_date', { day, month: monthName, year });
}

export interface ErrorWording {
  /** The date shown as an example of the expected format (today by default). */
  example?: string;
  /** For lists inside a message. */
  language?: Language;
}

export function errorMessage(
  error: ApiError,
  t: Translate,
  { example = isoDay(new Date()), language = 'en' }: ErrorWording = {},
): string {
  switch (error.code) {
    case 'required':
      return t('error.required');
    case 'too_long':
      return error.limit === null ? t('error.too_long.unknown') : t('error.too_long', { limit: error.limit });
    case 'too_short':
      return error.limit === null ? t('error.too_short.unknown') : t('error.too_short', { limit: error.limit });
    case 'invalid_date':
      return t('error.invalid_date', { example });
    case 'no_such_date':
      return noSuchDay(error.items[0] ?? '', t, language, example);
    case 'end_before_start':
      return t('error.end_before_start');
    case 'invalid_amount':
      return t('error.invalid_amount');
    case 'invalid_currency':
      return t('error.invalid_currency');
    case 'not_found':
      return t('error.not_found');
    case 'closed':
      return t('error.closed');
    case 'frozen':
      return t('error.frozen');
    case 'wrong_status':
      return t('error.wrong_status');
    case 'open_clauses':
      return error.items.length === 0
        ? t('error.open_clauses.unnamed')
        : t('error.open_clauses', { items: listOf(error.items, language) });
    case 'nothing_approved':
      return t('error.nothing_approved');
    case 'charter_exists':
      return t('error.charter_exists');
    case 'not_approved':
      return t('error.not_approved');
    case 'signed':
      return t('error.signed');
    case 'nothing_received':
      return t('error.nothing_received');
    case 'key_file':
      return t('error.key_file');
    case 'file':
      return t('error.file');
    case 'refused_path': {
      const why = error.items[0];
      return isRefusal(why) ? t(`error.refused_path.${why}`) : t('error.refused_path');
    }
    case 'mission_file':
      return t('error.mission_file');
    case 'key_store':
      return t('error.key_store');
    case 'typesetting':
      return t('error.typesetting');
    case 'seal':
      return t('error.seal');
    case 'signing_key':
      return t('error.signing_key');
    case 'encryption':
      return t('error.encryption');
    case 'malformed':
      return t('error.malformed');
    case 'out_of_range':
      return t('error.out_of_range', { limit: error.limit ?? '' });
    case 'future':
      return t('error.future');
    case 'too_early':
      if (!error.items[0]) return t('error.too_early.unknown');
      // A decision follows the submission of its version; an announcement, its approval.
      return error.field === 'decidedOn'
        ? t('error.too_early.submitted', { date: formatDay(error.items[0], language) })
        : t('error.too_early', { date: formatDay(error.items[0], language) });
    case 'corrupt':
      return t('error.corrupt');
    case 'wrong_passphrase':
      return t('error.wrong_passphrase');
    case 'locked':
      return t('error.locked');
    case 'not_set_up':
      return t('error.not_set_up');
    case 'already_set_up':
      return t('error.already_set_up');
    case 'newer_database':
      return t('error.newer_database');
    case 'storage':
      return t('error.storage');
  }
}

/** Why a path was refused (Rust's `PathRefusal`), each with its own sentence. */
const REFUSALS = [
  'not_absolute',
  'wrong_kind',
  'inside_data_folder',
  'not_a_file',
  'too_large',
  'would_replace',
  'not_listed',
] as const;

const isRefusal = (why: string | undefined): why is (typeof REFUSALS)[number] =>
  (REFUSALS as readonly (string | undefined)[]).includes(why);

/** The technical detail worth showing under a message, if any. */
const DETAILED: ReadonlySet<ApiError['code']> = new Set([
  'storage',
  'file',
  'refused_path',
  'mission_file',
  'key_store',
  'typesetting',
  'seal',
  'signing_key',
  'corrupt',
  'key_file',
]);

export function errorDetail(error: ApiError, t: Translate): string | null {
  return DETAILED.has(error.code) && error.message.trim() !== ''
    ? t('error.details', { message: error.message })
    : null;
}
