// Where an error from Rust is shown: next to the field it names, or above the form.

import { tick } from 'svelte';
import type { ApiError } from '../bindings/ApiError';
import { MISSION_FIELDS, type MissionField } from './draft';

export type FieldErrors = Partial<Record<MissionField, ApiError>>;

export interface Placed<F extends string> {
  /** Every field at fault, as Rust reports them at once (the error and its `also`). */
  fields: Partial<Record<F, ApiError>>;
  /** An error that names no field of the form (closed, not found, storage…). */
  general: ApiError | null;
}

export type PlacedError = Placed<MissionField>;

/**
 * Any form's version: `fields` are the input type's names, as Rust gives them in `field`. Each
 * refused field of the form gets its own error (the first and those in `also`); an error on no
 * field of the form is the general one.
 */
export function placeFieldError<F extends string>(error: ApiError, fields: readonly F[]): Placed<F> {
  const placed: Partial<Record<F, ApiError>> = {};
  let general: ApiError | null = null;
  for (const one of [error, ...error.also]) {
    const named = fields.find((field) => field === one.field);
    if (named === undefined) general ??= one;
    else placed[named] ??= one;
  }
  return { fields: placed, general };
}

export function placeError(error: ApiError): PlacedError {
  return placeFieldError(error, MISSION_FIELDS);
}

/**
 * Once the form shows a refusal: focus the field it names (`find` gives its element), or else
 * what `fallback` gives.
 */
export async function focusRefused<F extends string>(
  placed: Placed<F>,
  find: (field: F) => HTMLElement | null | undefined,
  fallback?: () => HTMLElement | null | undefined,
): Promise<void> {
  await tick();
  // The first field at fault, in form order (Rust's order).
  const field = (Object.keys(placed.fields) as F[])[0];
  (field === undefined ? fallback?.() : find(field))?.focus();
}
