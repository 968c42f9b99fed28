// What the grid draws from a map, in one pass per change: a dot per assessed person (in
// reading order, top left to bottom right, which is also the Tab order), and over a past day
// an arrow from where each person stood then to where they stand today.

import type { Stakeholder } from '../../bindings/Stakeholder';
import { catalogues } from '../../i18n/catalogue';
import { locale, t } from '../../i18n/locale.svelte';
import { ENGAGEMENT_COLOURS, HIGH, quadrantOf } from '../vocabulary';
import { between, place, type Cell, type Placement, type Point } from './geometry';

/** One person drawn on the grid, where they were placed. */
export interface Dot {
  id: number;
  person: Stakeholder;
  x: number;
  y: number;
  colour: string;
  label: string;
}

/** The cell a person would move to (keyboard or pointer), not recorded yet. */
export interface Ghost extends Cell {
  personId: number;
  /** Where the person stands now; null for someone not assessed yet. */
  from: Point | null;
}

/** From where a person stood on the day shown to where they stand today. */
export interface Arrow {
  id: number;
  from: Point;
  to: Point;
  label: string;
}

/** Where a person stands today, drawn hollow over a past day's grid. */
export interface Marker {
  id: number;
  x: number;
  y: number;
  colour: string;
  label: string;
}

const lower = (text: string) => text.toLocaleLowerCase();

/** The quadrant of a cell as said inside a sentence (« keep satisfied »). */
export const quadrantName = (power: number, interest: number): string =>
  lower(t(`quadrant.${quadrantOf(power, interest)}`));

/**
 * A message's sentence with its `{placeholders}` filled as `t` fills them, its template split
 * once: filling it for 5,000 dots is then joining strings, not 5,000 regular-expression
 * replacements.
 */
function filler(template: string): (params: Record<string, string | number>) => string {
  const parts = template.split(/\{(\w+)\}/);
  return (params) => {
    let out = parts[0];
    for (let i = 1; i < parts.length; i += 2) {
      const name = parts[i];
      out += (name in params ? String(params[name]) : `{${name}}`) + parts[i + 1];
    }
    return out;
  };
}

/**
 * The dots of the assessed people, in reading order. The words a label takes from its cell and
 * its engagement are looked up once per cell and per level, not once per dot (5,000 dots).
 */
export function drawDots(assessed: readonly Stakeholder[], placement: Placement): Dot[] {
  const ordered = [...assessed].sort(
    (a, b) => (b.power ?? 0) - (a.power ?? 0) || (a.interest ?? 0) - (b.interest ?? 0) || a.personId - b.personId,
  );
  const quadrants = new Map<number, string>();
  const engagements = new Map<string, string>();
  const label = filler(catalogues[locale.language]['grid.dot']);
  return ordered.map((person) => {
    const spot = placement.spots.get(person.personId) ?? { x: 0, y: 0 };
    const power = person.power ?? HIGH;
    const interest = person.interest ?? HIGH;
    const engagement = person.engagement ?? 'unaware';
    let quadrant = quadrants.get(power * 8 + interest);
    if (quadrant === undefined) {
      quadrant = quadrantName(power, interest);
      quadrants.set(power * 8 + interest, quadrant);
    }
    let level = engagements.get(engagement);
    if (level === undefined) {
      level = lower(t(`engagement.${engagement}`));
      engagements.set(engagement, level);
    }
    return {
      id: person.personId,
      person,
      x: spot.x,
      y: spot.y,
      colour: ENGAGEMENT_COLOURS[engagement],
      label: label({ name: person.name, power, interest, quadrant, engagement: level }),
    };
  });
}

/**
 * Over a past day (`then`, placed as `placement`): an arrow for each person of `now` who stands
 * in another cell today, and a ring where they stand today — a ring alone for someone assessed
 * since.
 */
export function drawHistory(
  then: readonly Stakeholder[],
  placement: Placement,
  now: readonly Stakeholder[],
): { arrows: Arrow[]; markers: Marker[] } {
  const assessedNow = now.filter((p) => p.power !== null && p.interest !== null);
  const nowSpots = place(assessedNow).spots;
  const before = new Map(then.map((p) => [p.personId, p]));
  const arrows: Arrow[] = [];
  const markers: Marker[] = [];
  for (const person of assessedNow) {
    const to = nowSpots.get(person.personId);
    if (!to) continue;
    const power = person.power ?? HIGH;
    const interest = person.interest ?? HIGH;
    const colour = ENGAGEMENT_COLOURS[person.engagement ?? 'unaware'];
    const was = before.get(person.personId);
    if (!was || was.power === null || was.interest === null) {
      const label = t('grid.newSince', { name: person.name, power, interest });
      markers.push({ id: person.personId, x: to.x, y: to.y, colour, label });
      continue;
    }
    if (was.power === person.power && was.interest === person.interest) continue;
    const label = t('grid.arrow', {
      name: person.name,
      fromPower: was.power,
      fromInterest: was.interest,
      power,
      interest,
    });
    const from = placement.spots.get(person.personId);
    const segment = from ? between(from, to, placement.radius + 2) : null;
    if (segment) arrows.push({ id: person.personId, ...segment, label });
    markers.push({ id: person.personId, x: to.x, y: to.y, colour, label });
  }
  return { arrows, markers };
}
