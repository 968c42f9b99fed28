import type { PointGroup } from 'signature_pad';
import { describe, expect, it } from 'vitest';
import { scaleGroups, toStrokes } from './strokes';

const group = (points: [number, number][]): PointGroup => ({
  dotSize: 0,
  minWidth: 0.5,
  maxWidth: 2.5,
  penColor: '#1b2a4a',
  velocityFilterWeight: 0.7,
  compositeOperation: 'source-over',
  points: points.map(([x, y], i) => ({ x, y, pressure: 0.5, time: 1000 + i })),
});

describe('toStrokes', () => {
  it('keeps only x and y of each point, to a tenth of a pixel, stroke by stroke', () => {
    const strokes = toStrokes([
      group([
        [10.04, 20.06],
        [11.55, 21.449],
        [479.96, 0.01],
      ]),
      group([[5, 5]]),
    ]);
    expect(strokes).toEqual([
      [
        [10, 20.1],
        [11.6, 21.4],
        [480, 0],
      ],
      [[5, 5]],
    ]);
  });

  it('gives nothing for an empty pad, and drops strokes without points', () => {
    expect(toStrokes([])).toEqual([]);
    expect(toStrokes([group([]), group([[1.23, 4.56]])])).toEqual([[[1.2, 4.6]]]);
  });
});

describe('scaleGroups', () => {
  it('scales every point and keeps the pen settings', () => {
    const [scaled] = scaleGroups([group([[100, 50]])], 0.5);
    expect(scaled.points[0]).toMatchObject({ x: 50, y: 25, pressure: 0.5 });
    expect(scaled.penColor).toBe('#1b2a4a');
  });
});
