// The current UI language, reactive: components that call `t` re-render when it changes.

import type { Language } from '../bindings/Language';
import { catalogues, interpolate, type Translate } from './catalogue';
import { formatDay, formatStamp, formatTime } from './dates';
import { errorMessage } from './errors';
import { formatSize } from './sizes';
import type { ApiError } from '../bindings/ApiError';
import { chooseLanguage } from './choose';

export const locale = $state<{ language: Language }>({
  language: chooseLanguage(null, typeof navigator === 'undefined' ? null : navigator.language),
});

export function setLanguage(language: Language): void {
  locale.language = language;
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

export const t: Translate = (key, ...params) =>
  interpolate(catalogues[locale.language][key], params[0]);

export const day = (iso: string, month: 'long' | 'short' = 'long'): string =>
  formatDay(iso, locale.language, month);
export const stamp = (rfc3339: string): string => formatStamp(rfc3339, locale.language);
export const time = (date: Date): string => formatTime(date, locale.language);
export const size = (bytes: number): string => formatSize(bytes, locale.language);

/** The UI's sentence for an error from Rust, in the current language. */
export const explain = (error: ApiError): string =>
  errorMessage(error, t, { language: locale.language });
