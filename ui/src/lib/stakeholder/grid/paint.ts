// The grid's dots painted on a canvas, and found again under the pointer. 5,000 focusable SVG
// circles cost the window about 300 ms to create, style and lay out; painting the same dots
// takes a few milliseconds. The page keeps one real element for the dot that has the keyboard
// (PowerGrid's "rover"), so what is painted here is only ever looked at, never focused.

import { VIEW, type Point } from './geometry';
import type { Dot } from './picture';

/** How the viewBox maps onto a box of the window, as the SVG beside it does (meet, centred). */
export interface Frame {
  scale: number;
  dx: number;
  dy: number;
}

export function frameOf(width: number, height: number): Frame {
  const scale = Math.min(width / VIEW.width, height / VIEW.height);
  return { scale, dx: (width - VIEW.width * scale) / 2, dy: (height - VIEW.height * scale) / 2 };
}

/** The few calls of a 2D context the painting uses (a real context, or a test's recorder). */
export type Paper = Pick<
  CanvasRenderingContext2D,
  'setTransform' | 'clearRect' | 'beginPath' | 'moveTo' | 'arc' | 'fill' | 'stroke'
> & { fillStyle: unknown; strokeStyle: unknown; lineWidth: number };

/**
 * Paints every dot but `skip` (the one drawn as an element), on a canvas of `width` × `height`
 * device pixels showing the viewBox through `frame` at `ratio` device pixels per CSS pixel.
 * One path per colour: 5,000 dots are five fills and five strokes. Returns how many were painted.
 */
export function paintDots(
  paper: Paper,
  dots: readonly Dot[],
  radius: number,
  skip: number | null,
  size: { width: number; height: number; ratio: number; frame: Frame },
): number {
  const { width, height, ratio, frame } = size;
  paper.setTransform(1, 0, 0, 1, 0, 0);
  paper.clearRect(0, 0, width, height);
  const scale = frame.scale * ratio;
  paper.setTransform(scale, 0, 0, scale, frame.dx * ratio, frame.dy * ratio);
  const byColour = new Map<string, Dot[]>();
  for (const dot of dots) {
    if (dot.id === skip) continue;
    const same = byColour.get(dot.colour);
    if (same) same.push(dot);
    else byColour.set(dot.colour, [dot]);
  }
  let painted = 0;
  // The white rim the SVG dots had, thinner on crowded grids so the colour still shows.
  paper.lineWidth = radius < 3 ? 0.5 : 1;
  paper.strokeStyle = '#ffffff';
  for (const [colour, group] of byColour) {
    paper.beginPath();
    for (const dot of group) {
      paper.moveTo(dot.x + radius, dot.y);
      paper.arc(dot.x, dot.y, radius, 0, Math.PI * 2);
    }
    paper.fillStyle = colour;
    paper.fill();
    paper.stroke();
    painted += group.length;
  }
  return painted;
}

/**
 * The dot under a point of the viewBox: the nearest whose centre is within reach, the reach
 * never under 4 units so that a crowded grid's small dots can still be picked. Of two at the
 * same distance, the one painted last (it is on top).
 */
export function dotAt(dots: readonly Dot[], point: Point, radius: number): Dot | null {
  const reach = Math.max(radius + 1, 4);
  let best: Dot | null = null;
  let bestDistance = reach * reach;
  for (const dot of dots) {
    const dx = dot.x - point.x;
    const dy = dot.y - point.y;
    const distance = dx * dx + dy * dy;
    if (distance <= bestDistance) {
      best = dot;
      bestDistance = distance;
    }
  }
  return best;
}
