// The alert thresholds as fields: their range (as Rust checks them, wellbeing/input.rs) and
// the source of each default, so the panel can refuse a number before it is sent (a `u8` in
// Rust: 300 would not even reach the check).

import type { Thresholds } from '../bindings/Thresholds';

export type ThresholdField = keyof Thresholds;

export const THRESHOLD_FIELDS: { field: ThresholdField; min: number; max: number }[] = [
  { field: 'longWeekHours', min: 1, max: 168 },
  { field: 'averageHours', min: 1, max: 168 },
  { field: 'lowMood', min: 1, max: 5 },
  { field: 'lowMoodStreak', min: 1, max: 20 },
  { field: 'highStress', min: 1, max: 5 },
  { field: 'highStressStreak', min: 1, max: 20 },
  { field: 'acuteDays', min: 0, max: 30 },
  { field: 'silenceDays', min: 1, max: 120 },
];

/** The first field out of its range, if any. */
export function outOfRange(values: Record<ThresholdField, string | number | null>): { field: ThresholdField; min: number; max: number } | null {
  for (const f of THRESHOLD_FIELDS) {
    // A number input bound with bind:value gives a number, or null when emptied.
    const text = String(values[f.field] ?? '').trim();
    const n = Number(text);
    if (text === '' || !Number.isInteger(n) || n < f.min || n > f.max) return f;
  }
  return null;
}
