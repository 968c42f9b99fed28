// An error that belongs to no form: shown once, above the main area, until dismissed.

import type { ApiError } from '../bindings/ApiError';

export const notice = $state<{ error: ApiError | null }>({ error: null });

export function announce(error: ApiError): void {
  notice.error = error;
}

export function dismiss(): void {
  notice.error = null;
}
