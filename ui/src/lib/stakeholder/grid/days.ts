// Calendar days as the date slider counts them: ISO `YYYY-MM-DD` text, counted in whole days
// on the UTC calendar (so no daylight-saving change makes a day 23 or 25 hours long).

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The day's number since 1970-01-01, or null when the text is not a real calendar day. */
export function dayNumber(iso: string): number | null {
  const match = ISO_DAY.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return null;
  }
  return Math.round(time / DAY_MS);
}

/** The ISO text of a day number. */
export function isoOf(number: number): string {
  return new Date(number * DAY_MS).toISOString().slice(0, 10);
}

/** The earliest of some ISO days (invalid ones ignored), or null. */
export function earliest(days: Iterable<string | null>): string | null {
  let first: string | null = null;
  for (const day of days) {
    if (day === null || dayNumber(day) === null) continue;
    if (first === null || day < first) first = day;
  }
  return first;
}
