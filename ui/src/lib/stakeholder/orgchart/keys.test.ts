import { describe, expect, it } from 'vitest';
import { treeMove } from './keys';
import { aPerson } from '../samples';
import { buildTree, openAtFirst, visibleRows } from './tree';

// Claire over Bruno (over Ines, over Marc) and Anne; Élodie alone.
const tree = buildTree([
  aPerson({ id: 1, name: 'Claire' }),
  aPerson({ id: 2, name: 'Bruno', reportsTo: 1 }),
  aPerson({ id: 3, name: 'Anne', reportsTo: 1 }),
  aPerson({ id: 4, name: 'Ines', reportsTo: 2 }),
  aPerson({ id: 5, name: 'Marc', reportsTo: 4 }),
  aPerson({ id: 6, name: 'Élodie' }),
]);
// Claire, Anne, Bruno, Ines (closed), Élodie.
const rows = visibleRows(tree, openAtFirst(tree));

describe('treeMove', () => {
  it('moves up and down, to the first and the last row, without leaving the tree', () => {
    expect(treeMove(rows, 0, 'ArrowDown')).toEqual({ focus: 1 });
    expect(treeMove(rows, 4, 'ArrowDown')).toEqual({ focus: 4 });
    expect(treeMove(rows, 0, 'ArrowUp')).toEqual({ focus: 0 });
    expect(treeMove(rows, 2, 'Home')).toEqual({ focus: 0 });
    expect(treeMove(rows, 2, 'End')).toEqual({ focus: 4 });
  });

  it('opens a closed node with Right, then goes to its first report; nothing on a leaf', () => {
    expect(treeMove(rows, 3, 'ArrowRight')).toEqual({ open: 4, on: true });
    expect(treeMove(rows, 2, 'ArrowRight')).toEqual({ focus: 3 });
    expect(treeMove(rows, 1, 'ArrowRight')).toEqual({ none: true });
  });

  it('closes an open node with Left, or else goes to the manager', () => {
    expect(treeMove(rows, 2, 'ArrowLeft')).toEqual({ open: 2, on: false });
    expect(treeMove(rows, 3, 'ArrowLeft')).toEqual({ focus: 2 });
    expect(treeMove(rows, 4, 'ArrowLeft')).toEqual({ none: true });
  });

  it('opens the card with Enter, finds a name by its first letter (accents ignored), leaves Tab alone', () => {
    expect(treeMove(rows, 3, 'Enter')).toEqual({ card: 4 });
    expect(treeMove(rows, 0, 'e')).toEqual({ focus: 4 });
    expect(treeMove(rows, 4, 'C')).toEqual({ focus: 0 });
    expect(treeMove(rows, 0, 'z')).toEqual({ none: true });
    expect(treeMove(rows, 0, 'Tab')).toBeNull();
    expect(treeMove(rows, 0, ' ')).toBeNull();
  });
});
