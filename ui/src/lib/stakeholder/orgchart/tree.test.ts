import { describe, expect, it } from 'vitest';
import { aPerson } from '../samples';
import { buildTree, openAll, openAtFirst, visibleRows } from './tree';

// The chief executive; under her the CIO and the supply chain director; under the CIO the
// infrastructure and applications leads, each with a team member. Paul reports to someone
// archived (9, not in the list); Zoé to no one.
const people = [
  aPerson({ id: 1, name: 'Claire Moreau', group: 'management' }),
  aPerson({ id: 2, name: 'Bruno Lefèvre', reportsTo: 1, group: 'management' }),
  aPerson({ id: 3, name: 'Anne Roy', reportsTo: 1, group: 'business' }),
  aPerson({ id: 4, name: 'Ines Garcia', reportsTo: 2, group: 'infrastructure' }),
  aPerson({ id: 5, name: 'Hugo Lambert', reportsTo: 2, group: 'applications' }),
  aPerson({ id: 6, name: 'Marc Petit', reportsTo: 4, group: 'infrastructure' }),
  aPerson({ id: 7, name: 'Lina Cohen', reportsTo: 5, group: 'applications' }),
  aPerson({ id: 8, name: 'Paul Noir', reportsTo: 9, group: 'vendor' }),
  aPerson({ id: 10, name: 'Zoé Martin', group: 'staff_representatives' }),
];
const names = (nodes: { person: { name: string } }[]) => nodes.map((n) => n.person.name);

describe('buildTree', () => {
  it('makes roots of those with no manager or a manager not in the list, the largest tree first', () => {
    const tree = buildTree(people);
    expect(names(tree.roots)).toEqual(['Claire Moreau', 'Paul Noir', 'Zoé Martin']);
    expect(tree.linked).toBe(true);
  });

  it('nests the reports by name, and counts who is under each and of which groups', () => {
    const tree = buildTree(people);
    const claire = tree.byId.get(1)!;
    expect(names(claire.children)).toEqual(['Anne Roy', 'Bruno Lefèvre']);
    expect(names(tree.byId.get(2)!.children)).toEqual(['Hugo Lambert', 'Ines Garcia']);
    expect(claire.size).toBe(6);
    expect(tree.byId.get(2)!.size).toBe(4);
    expect(tree.byId.get(6)!.size).toBe(0);
    expect(tree.byId.get(2)!.mix).toMatchObject({ management: 1, infrastructure: 2, applications: 2, business: 0 });
    expect(tree.groups).toMatchObject({ management: 2, infrastructure: 2, applications: 2, vendor: 1 });
    expect(tree.byId.get(7)!.parent?.person.id).toBe(5);
  });

  it('says when no one reports to anyone in the list', () => {
    const tree = buildTree([aPerson({ id: 1, name: 'A' }), aPerson({ id: 2, name: 'B', reportsTo: 7 })]);
    expect(tree.linked).toBe(false);
    expect(tree.roots).toHaveLength(2);
  });

  it('loses no one in a cycle, should Rust ever let one through', () => {
    const tree = buildTree([
      aPerson({ id: 1, name: 'A', reportsTo: 2 }),
      aPerson({ id: 2, name: 'B', reportsTo: 1 }),
      aPerson({ id: 3, name: 'C', reportsTo: 2 }),
    ]);
    expect(tree.roots).toHaveLength(1);
    expect(tree.roots[0].size).toBe(2);
  });

  it('counts a chain thousands deep without running out of stack', () => {
    const chain = Array.from({ length: 5000 }, (_, i) =>
      aPerson({ id: i + 1, name: `P${i}`, reportsTo: i === 0 ? null : i }),
    );
    const tree = buildTree(chain);
    expect(tree.roots[0].size).toBe(4999);
    expect(visibleRows(tree, openAll(tree))).toHaveLength(5000);
  });
});

describe('visibleRows', () => {
  it('opens the roots and their direct reports at first, and draws the connectors', () => {
    const tree = buildTree(people);
    const rows = visibleRows(tree, openAtFirst(tree));
    expect(rows.map((r) => [r.node.person.name, r.level])).toEqual([
      ['Claire Moreau', 1],
      ['Anne Roy', 2],
      ['Bruno Lefèvre', 2],
      ['Hugo Lambert', 3],
      ['Ines Garcia', 3],
      ['Paul Noir', 1],
      ['Zoé Martin', 1],
    ]);
    const hugo = rows[3];
    // Anne is not the last under Claire; Bruno is, so no line goes on down beside his reports.
    expect(rows[1].last).toBe(false);
    expect(rows[2].last).toBe(true);
    expect(hugo.guides).toEqual([false]);
    expect(hugo).toMatchObject({ posInSet: 1, setSize: 2, last: false, open: false });
    expect(rows[0].open).toBe(true);
  });

  it('shows only the roots once all is collapsed, everyone once all is open', () => {
    const tree = buildTree(people);
    expect(visibleRows(tree, new Set())).toHaveLength(3);
    expect(visibleRows(tree, openAll(tree))).toHaveLength(people.length);
  });

  it('carries the line of an ancestor who has later siblings', () => {
    const tree = buildTree([
      aPerson({ id: 1, name: 'A' }),
      aPerson({ id: 2, name: 'B', reportsTo: 1 }),
      aPerson({ id: 3, name: 'C', reportsTo: 1 }),
      aPerson({ id: 4, name: 'D', reportsTo: 2 }),
      aPerson({ id: 5, name: 'E', reportsTo: 4 }),
    ]);
    const rows = visibleRows(tree, openAll(tree));
    const e = rows.find((r) => r.node.person.name === 'E')!;
    // E's ancestors B (not last under A: C follows) and D (last under B).
    expect(e.level).toBe(4);
    expect(e.guides).toEqual([true, false]);
  });
});
