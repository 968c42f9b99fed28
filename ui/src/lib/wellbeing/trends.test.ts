import { describe, expect, it } from 'vitest';
import type { BoardRow } from '../bindings/BoardRow';
import { hoursSpread, weeklyTrends } from './trends';

const row = (points: [number | null, number | null, number | null][]): BoardRow => ({
  personId: 1,
  name: 'x',
  jobTitle: '',
  latest: null,
  openAlerts: 0,
  nextFollowUp: null,
  weeks: points.map(([mood, stress, hours], i) => ({ weekEnding: `2026-11-0${i + 1}`, mood, stress, hours })),
});

describe('team trends', () => {
  const rows = [
    row([[2, 5, 120], [3, 4, 50], [4, 2, 40]]),
    row([[1, 5, 60], [null, null, null], [4, 3, 56]]),
    row([[null, null, null], [null, null, null], [null, null, null]]),
  ];

  it('averages mood and stress over those who checked in, and counts who worked over the limit', () => {
    expect(weeklyTrends(rows, 48)).toEqual([
      { weekEnding: '2026-11-01', people: 2, mood: 1.5, stress: 5, over: 2 },
      { weekEnding: '2026-11-02', people: 1, mood: 3, stress: 4, over: 1 },
      { weekEnding: '2026-11-03', people: 2, mood: 4, stress: 2.5, over: 1 },
    ]);
  });

  it('spreads the latest week of hours in bands, leaving out who never checked in', () => {
    expect(hoursSpread(rows)).toEqual([0, 0, 1, 0, 1]);
  });

  it('has nothing to say about an empty team', () => {
    expect(weeklyTrends([], 48)).toEqual([]);
    expect(hoursSpread([])).toEqual([0, 0, 0, 0, 0]);
  });
});
