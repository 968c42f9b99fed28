// What a key does in the org chart's tree, as the WAI-ARIA tree view pattern says: a pure
// function of the rows shown and the row with the focus, so the page only carries it out.

import { fold } from '../search';
import type { OrgRow } from './tree';

export type TreeMove =
  | { focus: number }
  | { open: number; on: boolean }
  | { card: number }
  /** A key the tree takes but that leads nowhere (Right on a leaf, a letter no name starts with). */
  | { none: true };

/** The first letter of a name or of a key typed, as the type-ahead compares them. */
const initial = (text: string) => fold(text).charAt(0);

/** The move for `key` from the row at `current`, or null for a key the tree leaves alone. */
export function treeMove(rows: readonly OrgRow[], current: number, key: string): TreeMove | null {
  const row = rows[current];
  if (!row) return null;
  const node = row.node;
  const has = node.children.length > 0;
  switch (key) {
    case 'ArrowDown':
      return { focus: Math.min(current + 1, rows.length - 1) };
    case 'ArrowUp':
      return { focus: Math.max(current - 1, 0) };
    case 'Home':
      return { focus: 0 };
    case 'End':
      return { focus: rows.length - 1 };
    case 'ArrowRight':
      // Opens a closed node; on an open one, goes to its first report.
      if (!has) return { none: true };
      return row.open ? { focus: current + 1 } : { open: node.person.id, on: true };
    case 'ArrowLeft': {
      // Closes an open node; otherwise goes to the manager.
      if (row.open) return { open: node.person.id, on: false };
      if (!node.parent) return { none: true };
      const parent = rows.findIndex((r) => r.node === node.parent);
      return parent === -1 ? { none: true } : { focus: parent };
    }
    case 'Enter':
      return { card: node.person.id };
  }
  // Type-ahead: the next person whose name starts with the letter typed.
  if (key.length !== 1 || !/\S/.test(key)) return null;
  const letter = initial(key);
  for (let step = 1; step <= rows.length; step++) {
    const at = (current + step) % rows.length;
    if (initial(rows[at].node.person.name) === letter) return { focus: at };
  }
  return { none: true };
}
