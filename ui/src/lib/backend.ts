// The one door to the Rust side. Nothing else in the UI imports @tauri-apps/api.
//
// Every command either resolves with the generated type or rejects with an `ApiError`:
// whatever else `invoke` may throw (no Tauri runtime, a panic, a serialisation failure) is
// turned into a `storage` error, so callers only ever handle one shape.

import { invoke } from '@tauri-apps/api/core';
import type { ApiError } from './bindings/ApiError';
import type { ErrorCode } from './bindings/ErrorCode';
import type { Mission } from './bindings/Mission';
import type { MissionDraft } from './bindings/MissionDraft';
import type { MissionStatus } from './bindings/MissionStatus';
import type { MissionSummary } from './bindings/MissionSummary';
import type { Settings } from './bindings/Settings';

// Every code of the generated type, checked by the compiler when the bindings change.
const CODES: Record<ErrorCode, true> = {
  required: true,
  too_long: true,
  invalid_date: true,
  end_before_start: true,
  invalid_amount: true,
  invalid_currency: true,
  not_found: true,
  closed: true,
  frozen: true,
  wrong_status: true,
  open_clauses: true,
  nothing_approved: true,
  charter_exists: true,
  newer_database: true,
  storage: true,
};

const isCode = (code: unknown): code is ErrorCode =>
  typeof code === 'string' && Object.prototype.hasOwnProperty.call(CODES, code);

const isStringList = (items: unknown): items is string[] =>
  Array.isArray(items) && items.every((item) => typeof item === 'string');

export function isApiError(value: unknown): value is ApiError {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message, field, limit, items } = value as Record<string, unknown>;
  return (
    isCode(code) &&
    typeof message === 'string' &&
    (field === null || typeof field === 'string') &&
    (limit === null || typeof limit === 'number') &&
    isStringList(items)
  );
}

/** Any thrown value, as an `ApiError`. */
export function toApiError(value: unknown): ApiError {
  if (isApiError(value)) return value;
  if (typeof value === 'object' && value !== null) {
    // An error from Rust that lacks an optional member still keeps its code.
    const { code, message, field, limit, items } = value as Record<string, unknown>;
    if (isCode(code) && typeof message === 'string') {
      return {
        code,
        message,
        field: typeof field === 'string' ? field : null,
        limit: typeof limit === 'number' ? limit : null,
        items: isStringList(items) ? items : [],
      };
    }
  }
  const message = value instanceof Error ? value.message : String(value);
  return { code: 'storage', message, field: null, limit: null, items: [] };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toApiError(error);
  }
}

/** Open missions first, newest first. */
export const missionList = (): Promise<MissionSummary[]> => call('mission_list');

export const missionGet = (id: number): Promise<Mission> => call('mission_get', { id });

/** A new mission starts in status `preparing`. */
export const missionCreate = (draft: MissionDraft): Promise<Mission> =>
  call('mission_create', { draft });

/** Refused with `closed` while the mission is closed. */
export const missionUpdate = (id: number, draft: MissionDraft): Promise<Mission> =>
  call('mission_update', { id, draft });

export const missionSetStatus = (id: number, status: MissionStatus): Promise<Mission> =>
  call('mission_set_status', { id, status });

export const settingsGet = (): Promise<Settings> => call('settings_get');

export const settingsSet = (settings: Settings): Promise<Settings> =>
  call('settings_set', { settings });

/** Tells the shell the first screen is interactive (start-up benchmark). Call once. */
export const appReady = (): Promise<void> => call('app_ready');
