// File sizes as the user reads them, in the UI language: decimal units, as file managers show.

import type { Language } from '../bindings/Language';

/** Each unit with the fraction digits it is shown with; bytes are spelt out. */
const UNITS = [
  { unit: 'kilobyte', factor: 1e3, digits: 0 },
  { unit: 'megabyte', factor: 1e6, digits: 1 },
  { unit: 'gigabyte', factor: 1e9, digits: 1 },
] as const;

/** « 245 ko », "245 kB", "1.3 MB", "830 bytes": in the first unit that shows less than 1000. */
export function formatSize(bytes: number, language: Language): string {
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  if (bytes < 1000) {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
  }
  // The next unit up as soon as rounding would show 1000 of this one (999,600 bytes is 1 MB).
  const chosen =
    UNITS.find(
      ({ factor, digits }) => Math.round((bytes / factor) * 10 ** digits) < 1000 * 10 ** digits,
    ) ?? UNITS[UNITS.length - 1];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: chosen.unit,
    unitDisplay: 'short',
    maximumFractionDigits: chosen.digits,
  }).format(bytes / chosen.factor);
}
