import { describe, expect, it } from 'vitest';
import { SCORES, cellAt, cellCentre, cellRect, place, type Placeable } from './geometry';

describe('the grid geometry', () => {
  it('finds the cell under its own centre, power going up and interest going right', () => {
    for (const power of SCORES) {
      for (const interest of SCORES) expect(cellAt(cellCentre({ power, interest }))).toEqual({ power, interest });
    }
    expect(cellRect({ power: 5, interest: 1 }).y).toBeLessThan(cellRect({ power: 1, interest: 1 }).y);
    expect(cellAt({ x: -50, y: 10_000 })).toEqual({ power: 1, interest: 1 });
  });

  it('keeps every dot inside its cell and apart from the others, the same way every time', () => {
    // 5,000 people, most of them crowded into two cells.
    const people: Placeable[] = Array.from({ length: 5_000 }, (_, i) => ({
      personId: 5_000 - i,
      power: i % 3 === 0 ? 4 : i % 3 === 1 ? 2 : (i % 5) + 1,
      interest: i % 3 === 0 ? 4 : i % 3 === 1 ? 2 : (i % 4) + 1,
    }));
    people.push({ personId: 9_999, power: null, interest: null });
    const { spots, radius } = place(people);
    expect(spots.size).toBe(5_000);
    expect(spots.has(9_999)).toBe(false);
    const byCell = new Map<string, { x: number; y: number }[]>();
    for (const p of people) {
      if (p.power === null || p.interest === null) continue;
      const spot = spots.get(p.personId);
      expect(spot).toBeDefined();
      if (!spot) continue;
      const cell = cellRect({ power: p.power, interest: p.interest });
      expect(spot.x - radius).toBeGreaterThanOrEqual(cell.x);
      expect(spot.x + radius).toBeLessThanOrEqual(cell.x + cell.width);
      expect(spot.y - radius).toBeGreaterThanOrEqual(cell.y);
      expect(spot.y + radius).toBeLessThanOrEqual(cell.y + cell.height);
      const key = `${p.power}:${p.interest}`;
      byCell.set(key, [...(byCell.get(key) ?? []), spot]);
    }
    for (const cellSpots of byCell.values()) {
      let closest = Infinity;
      for (let i = 0; i < cellSpots.length; i += 1) {
        for (let j = i + 1; j < cellSpots.length; j += 1) {
          closest = Math.min(closest, Math.hypot(cellSpots[i].x - cellSpots[j].x, cellSpots[i].y - cellSpots[j].y));
        }
      }
      expect(closest).toBeGreaterThanOrEqual(2 * radius - 1e-9);
    }
    // Deterministic: the same people in another order give the same spots.
    const again = place([...people].reverse());
    expect([...again.spots.entries()].sort((a, b) => a[0] - b[0])).toEqual(
      [...spots.entries()].sort((a, b) => a[0] - b[0]),
    );
  });

  it('draws a few people large and close together in the middle of their cell', () => {
    const { spots, radius } = place([
      { personId: 2, power: 3, interest: 3 },
      { personId: 1, power: 3, interest: 3 },
    ]);
    expect(radius).toBe(7);
    const a = spots.get(1);
    const b = spots.get(2);
    const centre = cellCentre({ power: 3, interest: 3 });
    expect(a && b && Math.abs((a.x + b.x) / 2 - centre.x)).toBeLessThan(0.01);
    expect(a && b && b.x - a.x).toBeGreaterThanOrEqual(2 * radius);
  });
});
