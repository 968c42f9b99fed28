// What the pad drew, as Rust takes it: each stroke a list of [x, y] points in CSS pixels of
// the pad, to a tenth of a pixel. The pad's own data (pressure, timing, pen settings) stays here.

import type { PointGroup } from 'signature_pad';

export type Stroke = Array<[number, number]>;

const tenth = (value: number) => Math.round(value * 10) / 10;

/** The pad's point groups as strokes; strokes without a point are left out. */
export function toStrokes(groups: readonly Pick<PointGroup, 'points'>[]): Stroke[] {
  return groups
    .map((group) => group.points.map((point): [number, number] => [tenth(point.x), tenth(point.y)]))
    .filter((stroke) => stroke.length > 0);
}

/** The same drawing on a pad `factor` times as large (the pad keeps its proportions). */
export function scaleGroups(groups: readonly PointGroup[], factor: number): PointGroup[] {
  return groups.map((group) => ({
    ...group,
    points: group.points.map((point) => ({ ...point, x: point.x * factor, y: point.y * factor })),
  }));
}
