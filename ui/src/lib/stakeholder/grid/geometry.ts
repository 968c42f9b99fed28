// Where things stand on the power/interest grid, in the SVG's own units (its viewBox): the
// 5 × 5 cells (interest 1–5 left to right, power 1–5 bottom to top), the four quadrants split
// at HIGH, and each person's spot inside their cell. People sharing a cell are laid out on a
// small grid, ordered by id, so the same data always gives the same picture and nobody hides
// anybody. Pure functions: the page computes every spot in one pass per change.

import type { Quadrant } from '../../bindings/Quadrant';
import { HIGH } from '../vocabulary';

export const VIEW = { width: 640, height: 560 } as const;

/** The plotting area inside the viewBox: the axes' labels sit in the margins. */
export const PLOT = { left: 58, top: 8, right: 632, bottom: 512 } as const;

export const SCORES = [1, 2, 3, 4, 5] as const;
const CELL_W = (PLOT.right - PLOT.left) / 5;
const CELL_H = (PLOT.bottom - PLOT.top) / 5;

/** The height kept free for the quadrant's name at the top of its top row of cells. */
export const LABEL_STRIP = 38;
const INSET = 6;
const MIN_RADIUS = 1.6;
const MAX_RADIUS = 7;

export interface Cell {
  power: number;
  interest: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

const clampScore = (score: number) => Math.max(1, Math.min(5, score));

export function cellRect({ power, interest }: Cell): Rect {
  return {
    x: PLOT.left + (interest - 1) * CELL_W,
    y: PLOT.top + (5 - power) * CELL_H,
    width: CELL_W,
    height: CELL_H,
  };
}

export function cellCentre(cell: Cell): Point {
  const r = cellRect(cell);
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

/** The cell under a point of the viewBox, the nearest one when the point is outside. */
export function cellAt({ x, y }: Point): Cell {
  return {
    interest: clampScore(Math.floor((x - PLOT.left) / CELL_W) + 1),
    power: clampScore(5 - Math.floor((y - PLOT.top) / CELL_H)),
  };
}

/** Whether a point of the viewBox is on the plotting area. */
export function onPlot({ x, y }: Point): boolean {
  return x >= PLOT.left && x <= PLOT.right && y >= PLOT.top && y <= PLOT.bottom;
}

/** The top row of a quadrant carries its name. */
const labelled = (power: number) => power === 5 || power === HIGH - 1;

/** The part of a cell where its people's dots go. */
function dotArea(cell: Cell): Rect {
  const r = cellRect(cell);
  const strip = labelled(cell.power) ? LABEL_STRIP : 0;
  return {
    x: r.x + INSET,
    y: r.y + INSET + strip,
    width: r.width - 2 * INSET,
    height: r.height - 2 * INSET - strip,
  };
}

export interface QuadrantBox extends Rect {
  quadrant: Quadrant;
}

/** The quadrants in reading order (top left, top right, bottom left, bottom right). */
export function quadrantBoxes(): QuadrantBox[] {
  const split = (score: number) => PLOT.left + (score - 1) * CELL_W;
  const high = split(HIGH);
  const top = PLOT.top;
  const middle = PLOT.top + (5 - (HIGH - 1)) * CELL_H;
  return [
    { quadrant: 'keep_satisfied', x: PLOT.left, y: top, width: high - PLOT.left, height: middle - top },
    { quadrant: 'manage_closely', x: high, y: top, width: PLOT.right - high, height: middle - top },
    { quadrant: 'monitor', x: PLOT.left, y: middle, width: high - PLOT.left, height: PLOT.bottom - middle },
    { quadrant: 'keep_informed', x: high, y: middle, width: PLOT.right - high, height: PLOT.bottom - middle },
  ];
}

export interface Placeable {
  personId: number;
  power: number | null;
  interest: number | null;
}

export interface Placement {
  /** Each assessed person's spot, by person id. */
  spots: Map<number, Point>;
  /** One radius for every dot: the largest that keeps the most crowded cell readable. */
  radius: number;
}

const cellIndex = (power: number, interest: number) => (power - 1) * 5 + (interest - 1);

/** The spot of every assessed person (the others are left out), and the dots' radius. */
export function place(people: readonly Placeable[]): Placement {
  const cells: number[][] = Array.from({ length: 25 }, () => []);
  for (const p of people) {
    if (p.power === null || p.interest === null) continue;
    cells[cellIndex(clampScore(p.power), clampScore(p.interest))].push(p.personId);
  }
  const spots = new Map<number, Point>();
  let step = Infinity;
  const layouts: { ids: number[]; area: Rect; columns: number; step: number }[] = [];
  for (const power of SCORES) {
    for (const interest of SCORES) {
      const ids = cells[cellIndex(power, interest)];
      if (ids.length === 0) continue;
      ids.sort((a, b) => a - b);
      const area = dotArea({ power, interest });
      const columns = Math.max(1, Math.ceil(Math.sqrt((ids.length * area.width) / area.height)));
      const rows = Math.ceil(ids.length / columns);
      const own = Math.min(area.width / columns, area.height / rows);
      step = Math.min(step, own);
      layouts.push({ ids, area, columns, step: own });
    }
  }
  for (const { ids, area, columns, step: own } of layouts) {
    const rows = Math.ceil(ids.length / columns);
    // Spread out, but no further apart than three dots: a few people stay together.
    const gap = Math.min(own, MAX_RADIUS * 3);
    const cx = area.x + area.width / 2;
    const cy = area.y + area.height / 2;
    ids.forEach((id, i) => {
      const column = i % columns;
      const row = Math.floor(i / columns);
      const inRow = row === rows - 1 ? ids.length - row * columns : columns;
      spots.set(id, {
        x: cx + (column - (inRow - 1) / 2) * gap,
        y: cy + (row - (rows - 1) / 2) * gap,
      });
    });
  }
  // A small floor keeps dots visible, but never so large that neighbours touch.
  const radius = Number.isFinite(step)
    ? Math.max(Math.min(MIN_RADIUS, step * 0.5), Math.min(MAX_RADIUS, step * 0.4))
    : MAX_RADIUS;
  return { spots, radius };
}

/** A segment from `from` to `to`, shortened by `inset` at both ends (an arrow between dots). */
export function between(from: Point, to: Point, inset: number): { from: Point; to: Point } | null {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length <= inset * 2) return null;
  const ux = dx / length;
  const uy = dy / length;
  return {
    from: { x: from.x + ux * inset, y: from.y + uy * inset },
    to: { x: to.x - ux * inset, y: to.y - uy * inset },
  };
}
