// The import's report in words: one line per refused row or skipped duplicate, the format the
// file was read in, and which of the importer's refusals of a whole file this is.

import type { ApiError } from '../../bindings/ApiError';
import type { Duplicate } from '../../bindings/Duplicate';
import type { RowError } from '../../bindings/RowError';
import type { Translate } from '../../i18n/catalogue';
import { MAX_ROWS } from './headers';

export { plural } from '../../i18n/plural';

/** "Line 4, column Email: not a valid e-mail (“karim@”)". */
export function rowErrorLine(error: RowError, t: Translate): string {
  const problem = t(`peopleImport.problem.${error.problem}`);
  const { line, column, value } = error;
  if (column === '') return t('peopleImport.error.row', { line, problem });
  if (value === '') return t('peopleImport.error.column', { line, column, problem });
  return t('peopleImport.error.cell', { line, column, problem, value });
}

/** "Line 7, Karim Haddad: skipped, already in the register". */
export function duplicateLine(duplicate: Duplicate, t: Translate): string {
  const { line, name } = duplicate;
  return t(duplicate.inRegister ? 'peopleImport.duplicate.register' : 'peopleImport.duplicate.file', {
    line,
    name,
  });
}

/** "Read as UTF-8, values separated by semicolons." */
export function formatLine(encoding: string, separator: string, t: Translate): string {
  const shownEncoding =
    encoding === 'utf-8' || encoding === 'windows-1252' ? t(`peopleImport.encoding.${encoding}`) : encoding;
  const name = ({ ';': 'semicolon', ',': 'comma', '\t': 'tab' } as const)[separator];
  return t('peopleImport.format', {
    encoding: shownEncoding,
    separator: name ? t(`peopleImport.separator.${name}`) : `“${separator}”`,
  });
}

/**
 * The importer's refusals of a whole file that the dialog explains in its own words (no column
 * of names, too large, too many rows, not CSV); null for any other failure (the file could not
 * be read…), which the shared alert explains.
 */
export type Refusal = 'name' | 'size' | 'rows' | 'malformed';

export function refusalOf(error: ApiError): Refusal | null {
  if (error.field === 'name' && error.code === 'required') return 'name';
  if (error.field !== 'file') return null;
  if (error.code === 'malformed') return 'malformed';
  if (error.code === 'too_long') return error.limit === MAX_ROWS ? 'rows' : 'size';
  return null;
}
