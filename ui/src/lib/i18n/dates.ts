// Dates as the user reads them, in the UI language. Stored dates stay ISO text.

import type { Language } from '../bindings/Language';

const pad = (n: number) => String(n).padStart(2, '0');

/** A local calendar day as `YYYY-MM-DD`. */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2026-03-02` → « 2 mars 2026 » / "2 March 2026"; anything unparseable is shown as is. */
export function formatDay(
  iso: string,
  language: Language,
  month: 'long' | 'short' = 'long',
): string {
  const match = ISO_DAY.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month,
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** An RFC 3339 timestamp, in local time: day and hour. */
export function formatStamp(stamp: string, language: Language): string {
  const date = new Date(stamp);
  if (Number.isNaN(date.getTime())) return stamp;
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

/** Hours and minutes, as in « Enregistré à 14:05 ». */
export function formatTime(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}
