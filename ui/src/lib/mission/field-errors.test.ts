import { describe, expect, it } from 'vitest';
import type { ApiError } from '../bindings/ApiError';
import { MISSION_FIELDS } from './draft';
import { placeError, placeFieldError } from './field-errors';

const error = (extra: Partial<ApiError>): ApiError => ({
  code: 'required',
  message: 'x',
  field: null,
  limit: null,
  items: [],
  also: [],
  ...extra,
});

describe('placeError', () => {
  it('puts an error next to the draft field Rust names', () => {
    for (const field of MISSION_FIELDS) {
      const refusal = error({ field });
      expect(placeError(refusal)).toEqual({ fields: { [field]: refusal }, general: null });
    }
  });

  it('shows an error without a field, or with an unknown one, above the form', () => {
    const closed = error({ code: 'closed' });
    expect(placeError(closed)).toEqual({ fields: {}, general: closed });
    const odd = error({ field: 'client_name' });
    expect(placeError(odd)).toEqual({ fields: {}, general: odd });
  });
});

describe('placeFieldError', () => {
  it('places an error on any form’s field by the name Rust gives', () => {
    const due = error({ code: 'invalid_date', field: 'due' });
    expect(placeFieldError(due, ['title', 'due'] as const)).toEqual({ fields: { due }, general: null });
    expect(placeFieldError(due, ['title'] as const)).toEqual({ fields: {}, general: due });
  });

  it('places every field Rust refused at once', () => {
    const title = error({ field: 'title' });
    const start = error({ code: 'no_such_date', field: 'startDate' });
    const client = error({ field: 'client', also: [title, start] });
    expect(placeError(client)).toEqual({ fields: { client, title, startDate: start }, general: null });
  });
});
