// How long finding a person as you type takes in the window, over 5,000 people: the figure
// `make bench` prints beside the core's SQL search (benches/stakeholders.rs). Not a test.
import { bench, describe } from 'vitest';
import { findPeople } from './search';

const FIRST = ['Camille', 'Louis', 'Chloé', 'Hugo', 'Léa', 'Lucas', 'Manon', 'Éric', 'Inès', 'Théo'];
const LAST = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Lefèvre', 'Moreau', 'Simon', 'Laurent'];
const TEAMS = ['Exploitation', 'Réseau', 'Support', 'ERP', 'WMS', 'Entrepôt Mâcon'];

const people = Array.from({ length: 5_000 }, (_, i) => ({
  name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]} ${i}`,
  jobTitle: i % 3 === 0 ? 'Technicien' : 'Responsable applications',
  team: TEAMS[i % TEAMS.length],
}));

describe('register search as you type (5,000 people, in the window)', () => {
  bench('"mar"', () => {
    findPeople(people, 'mar');
  });
  bench('"eric lef" (no accents typed)', () => {
    findPeople(people, 'eric lef');
  });
});
