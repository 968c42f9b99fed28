// What the grid page computes in the window before Svelte draws 5,000 dots: their places and
// their labels (geometry.ts, picture.ts). A part of the e2e figure (tests/e2e/figures.rs, click
// to painted), printed by `make bench`. Not a test.
import { bench, describe } from 'vitest';
import { ENGAGEMENTS } from '../vocabulary';
import { aStakeholder } from '../samples';
import { place } from './geometry';
import { drawDots } from './picture';

const people = Array.from({ length: 5_000 }, (_, i) =>
  aStakeholder({
    personId: i + 1,
    name: `Camille Martin ${i}`,
    jobTitle: `Poste ${i % 37}`,
    power: 1 + (i % 5),
    interest: 1 + (Math.floor(i / 5) % 5),
    engagement: ENGAGEMENTS[Math.floor(i / 25) % ENGAGEMENTS.length],
  }),
);

describe('the grid before it is drawn (5,000 assessed people, in the window)', () => {
  bench('place every dot', () => {
    place(people);
  });
  bench('place and label every dot (drawDots)', () => {
    drawDots(people, place(people));
  });
});
