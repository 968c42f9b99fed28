// Team trends from the board's eight weeks: each week's average mood and stress across the
// people who checked in, how many worked more than the average-hours limit, and how the
// hours of the latest week are spread.

import type { BoardRow } from '../bindings/BoardRow';

export interface WeekTrend {
  weekEnding: string;
  people: number;
  mood: number | null;
  stress: number | null;
  over: number;
}

export function weeklyTrends(rows: BoardRow[], overHours: number): WeekTrend[] {
  const weeks = rows[0]?.weeks.length ?? 0;
  return Array.from({ length: weeks }, (_, i) => {
    let people = 0;
    let mood = 0;
    let stress = 0;
    let over = 0;
    for (const row of rows) {
      const w = row.weeks[i];
      if (!w || w.mood === null || w.stress === null) continue;
      people += 1;
      mood += w.mood;
      stress += w.stress;
      if (w.hours !== null && w.hours > overHours) over += 1;
    }
    const round = (v: number) => Math.round((v / people) * 10) / 10;
    return {
      weekEnding: rows[0].weeks[i].weekEnding,
      people,
      mood: people ? round(mood) : null,
      stress: people ? round(stress) : null,
      over,
    };
  });
}

/** The hour bands of the distribution: up to 35, 35–40, 40–48, 48–55, 55 and more. */
export const BANDS = [
  { key: 'under35', from: 0, to: 35 },
  { key: 'to40', from: 35, to: 40 },
  { key: 'to48', from: 40, to: 48 },
  { key: 'to55', from: 48, to: 55 },
  { key: 'over55', from: 55, to: Infinity },
] as const;

/** How many people's latest week (the board's last week with hours) falls in each band. */
export function hoursSpread(rows: BoardRow[]): number[] {
  const counts = BANDS.map(() => 0);
  for (const row of rows) {
    const last = [...row.weeks].reverse().find((w) => w.hours !== null);
    if (!last || last.hours === null) continue;
    const band = BANDS.findIndex((b) => last.hours! >= b.from && last.hours! < b.to);
    counts[band === -1 ? 0 : band] += 1;
  }
  return counts;
}
