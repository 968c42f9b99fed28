// What the component tests share to set themselves up: the backend with some of its commands
// replaced by mocks, a way to forget what those mocks did, the refusals they reject with, and
// the missions they answer with.
// Imported by tests only.
import { vi, type Mock } from 'vitest';
import type * as Backend from './backend';
import type { ApiError } from './bindings/ApiError';
import type { ErrorCode } from './bindings/ErrorCode';
import type { Mission } from './bindings/Mission';

type BackendModule = typeof Backend;

/**
 * For `vi.mock('$lib/backend', …)`: the real module, with each command named replaced by a
 * bare mock, and the ones in `given` by those given (mocks with an answer of their own).
 */
export async function stubBackend(
  importOriginal: <T>() => Promise<T>,
  names: (keyof BackendModule)[],
  given: Partial<Record<keyof BackendModule, unknown>> = {},
): Promise<BackendModule> {
  const real = await importOriginal<BackendModule>();
  return { ...real, ...Object.fromEntries(names.map((name) => [name, vi.fn()])), ...given } as BackendModule;
}

/** Forgets the calls and the answers of each mock (`mockReset`). */
export function resetMocks(...mocks: unknown[]): void {
  for (const mock of mocks) vi.mocked(mock as Mock).mockReset();
}

/** A refusal as a command rejects with it: nothing but the code and message unless given. */
export function apiError(
  code: ErrorCode,
  message: string = code,
  fields: Partial<Pick<ApiError, 'field' | 'limit' | 'items' | 'also'>> = {},
): ApiError {
  return { code, message, field: null, limit: null, items: [], also: [], ...fields };
}

/** A mission as Rust returns it: started on 2 March 2026, active, in English, unless given. */
export function aMission(fields: Partial<Mission> & Pick<Mission, 'id' | 'client' | 'title'>): Mission {
  return {
    sponsorName: '',
    sponsorTitle: '',
    managerName: '',
    startDate: '2026-03-02',
    plannedEnd: null,
    context: '',
    language: 'en',
    status: 'active',
    createdAt: '2026-03-02T09:00:00Z',
    updatedAt: '2026-03-02T09:00:00Z',
    ...fields,
  };
}
