// Where an error from Rust is shown: next to the field it names, or above the form.

import type { ApiError } from '../bindings/ApiError';
import { isMissionField, type MissionField } from './draft';

export type FieldErrors = Partial<Record<MissionField, ApiError>>;

export interface PlacedError {
  /** At most one entry: Rust reports the first field at fault, in form order. */
  fields: FieldErrors;
  /** An error that names no field of the form (closed, not found, storage…). */
  general: ApiError | null;
}

export function placeError(error: ApiError): PlacedError {
  return isMissionField(error.field)
    ? { fields: { [error.field]: error }, general: null }
    : { fields: {}, general: error };
}
