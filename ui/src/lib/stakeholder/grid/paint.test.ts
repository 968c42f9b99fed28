import { describe, expect, it } from 'vitest';
import { VIEW } from './geometry';
import { dotAt, frameOf, paintDots, type Paper } from './paint';
import type { Dot } from './picture';
import { aStakeholder } from '../samples';

const dotOf = (id: number, x: number, y: number, colour: string): Dot => ({
  id,
  person: aStakeholder({ personId: id, name: `Person ${id}` }),
  x,
  y,
  colour,
  label: `person ${id}`,
});

/** A 2D context that writes down what it is asked to draw. */
function recorder() {
  const calls: string[] = [];
  const arcs: { x: number; y: number; r: number; colour: unknown }[] = [];
  const paper: Paper & { calls: string[] } = {
    calls,
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    setTransform: (...a: unknown[]) => void calls.push(`transform ${a.join(' ')}`),
    clearRect: (...a: unknown[]) => void calls.push(`clear ${a.join(' ')}`),
    beginPath: () => void calls.push('begin'),
    moveTo: () => {},
    arc: (x: number, y: number, r: number) => void arcs.push({ x, y, r, colour: undefined }),
    fill: () => {
      calls.push(`fill ${String(paper.fillStyle)}`);
      for (const arc of arcs) arc.colour ??= paper.fillStyle;
    },
    stroke: () => void calls.push(`stroke ${String(paper.strokeStyle)}`),
  } as unknown as Paper & { calls: string[] };
  return { paper, calls, arcs };
}

describe('the painted dots', () => {
  const dots = [
    dotOf(1, 100, 50, '#c2412d'),
    dotOf(2, 110, 50, '#4f9a5b'),
    dotOf(3, 120, 50, '#c2412d'),
    dotOf(4, 300, 400, '#9aa3af'),
  ];

  it('paints every dot but the one drawn as an element, one path per colour, in its colour', () => {
    const { paper, calls, arcs } = recorder();
    const frame = frameOf(VIEW.width, VIEW.height);
    const painted = paintDots(paper, dots, 5, 2, { width: 1280, height: 1120, ratio: 2, frame });
    expect(painted).toBe(3);
    expect(arcs.map((a) => [a.x, a.y, a.r, a.colour])).toEqual([
      [100, 50, 5, '#c2412d'],
      [120, 50, 5, '#c2412d'],
      [300, 400, 5, '#9aa3af'],
    ]);
    expect(calls.filter((c) => c === 'begin')).toHaveLength(2);
    // The whole canvas is cleared first, then the viewBox is scaled to the device pixels.
    expect(calls.slice(0, 3)).toEqual(['transform 1 0 0 1 0 0', 'clear 0 0 1280 1120', 'transform 2 0 0 2 0 0']);
  });

  it('paints nothing on an empty grid, after clearing what was there', () => {
    const { paper, calls, arcs } = recorder();
    expect(paintDots(paper, [], 5, null, { width: 10, height: 10, ratio: 1, frame: frameOf(10, 10) })).toBe(0);
    expect(arcs).toHaveLength(0);
    expect(calls).toContain('clear 0 0 10 10');
  });

  it('maps the viewBox onto a box of another shape as the SVG does: scaled to fit, centred', () => {
    expect(frameOf(VIEW.width * 2, VIEW.height * 2)).toEqual({ scale: 2, dx: 0, dy: 0 });
    const wide = frameOf(VIEW.width + 100, VIEW.height);
    expect(wide).toEqual({ scale: 1, dx: 50, dy: 0 });
  });

  it('finds the nearest dot within reach of the pointer, and none away from every dot', () => {
    expect(dotAt(dots, { x: 101, y: 51 }, 5)?.id).toBe(1);
    expect(dotAt(dots, { x: 106, y: 50 }, 5)?.id).toBe(2);
    expect(dotAt(dots, { x: 200, y: 200 }, 5)).toBeNull();
    // A crowded grid's small dots are still picked from 4 units away.
    expect(dotAt(dots, { x: 303.5, y: 400 }, 1.6)?.id).toBe(4);
    expect(dotAt(dots, { x: 305, y: 400 }, 1.6)).toBeNull();
  });
});
