// The reports-to tree of the register, built once per change of the people: who reports to
// whom, how many people are under each, and of which groups; then the rows an outline shows
// for the nodes open, with the connector lines each row draws.

import type { Group } from '../../bindings/Group';
import type { Person } from '../../bindings/Person';
import { GROUPS } from '../vocabulary';

export interface OrgNode {
  person: Person;
  /** Direct reports, by name. */
  children: OrgNode[];
  parent: OrgNode | null;
  /** Everyone under them, at any depth. */
  size: number;
  /** Of those under them and themselves, how many in each group. */
  mix: Record<Group, number>;
}

export interface OrgTree {
  /** People with no manager, or whose manager is not in the list (archived, erased). */
  roots: OrgNode[];
  byId: Map<number, OrgNode>;
  /** Whether anyone reports to someone in the list. */
  linked: boolean;
  /** The people of each group. */
  groups: Record<Group, number>;
}

const noMix = (): Record<Group, number> =>
  Object.fromEntries(GROUPS.map((group) => [group, 0])) as Record<Group, number>;

const byName = (a: OrgNode, b: OrgNode) =>
  a.person.name.localeCompare(b.person.name) || a.person.id - b.person.id;

export function buildTree(people: readonly Person[]): OrgTree {
  const byId = new Map<number, OrgNode>();
  const groups = noMix();
  for (const person of people) {
    byId.set(person.id, { person, children: [], parent: null, size: 0, mix: noMix() });
    groups[person.group] += 1;
  }
  let linked = false;
  for (const node of byId.values()) {
    const manager = node.person.reportsTo === null ? undefined : byId.get(node.person.reportsTo);
    if (manager && manager !== node) {
      node.parent = manager;
      manager.children.push(node);
      linked = true;
    }
  }
  // Rust refuses cycles; should one come anyway, its people would hang from nobody: the one
  // first reached becomes a root, so that no one is lost from the chart.
  const reached = new Set<OrgNode>();
  const roots: OrgNode[] = [];
  const climb = (from: OrgNode) => {
    const stack = [from];
    while (stack.length > 0) {
      const node = stack.pop() as OrgNode;
      if (reached.has(node)) continue;
      reached.add(node);
      stack.push(...node.children);
    }
  };
  for (const node of byId.values()) if (node.parent === null) roots.push(node);
  roots.forEach(climb);
  for (const node of byId.values()) {
    if (reached.has(node)) continue;
    node.parent?.children.splice(node.parent.children.indexOf(node), 1);
    node.parent = null;
    roots.push(node);
    climb(node);
  }
  // Sizes and mixes from the leaves up, without recursion (a chain can be thousands deep).
  const order: OrgNode[] = [];
  const stack = [...roots];
  while (stack.length > 0) {
    const node = stack.pop() as OrgNode;
    order.push(node);
    node.children.sort(byName);
    stack.push(...node.children);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i];
    node.mix[node.person.group] += 1;
    const parent = node.parent;
    if (parent) {
      parent.size += node.size + 1;
      for (const group of GROUPS) parent.mix[group] += node.mix[group];
    }
  }
  // The largest trees first (the chief executive's), then the people on their own, by name.
  roots.sort((a, b) => b.size - a.size || byName(a, b));
  return { roots, byId, linked, groups };
}

/** The nodes open by default: the roots and their direct reports. */
export function openAtFirst(tree: OrgTree): Set<number> {
  const open = new Set<number>();
  for (const root of tree.roots) {
    if (root.children.length === 0) continue;
    open.add(root.person.id);
    for (const child of root.children) if (child.children.length > 0) open.add(child.person.id);
  }
  return open;
}

/** Every node with reports. */
export function openAll(tree: OrgTree): Set<number> {
  const open = new Set<number>();
  for (const node of tree.byId.values()) if (node.children.length > 0) open.add(node.person.id);
  return open;
}

export interface OrgRow {
  node: OrgNode;
  /** 1 for a root. */
  level: number;
  posInSet: number;
  setSize: number;
  /** The last of its siblings: its connector stops at it. */
  last: boolean;
  /** For each column left of its own connector: whether an ancestor's line goes on down. */
  guides: boolean[];
  open: boolean;
}

/** The rows the outline shows, in reading order: the roots, and under each open node its reports. */
export function visibleRows(tree: OrgTree, open: ReadonlySet<number>): OrgRow[] {
  const rows: OrgRow[] = [];
  type Step = { siblings: OrgNode[]; index: number; level: number; guides: boolean[] };
  const stack: Step[] = [{ siblings: tree.roots, index: 0, level: 1, guides: [] }];
  while (stack.length > 0) {
    const step = stack[stack.length - 1];
    if (step.index >= step.siblings.length) {
      stack.pop();
      continue;
    }
    const node = step.siblings[step.index];
    step.index += 1;
    const last = step.index === step.siblings.length;
    const isOpen = node.children.length > 0 && open.has(node.person.id);
    rows.push({
      node,
      level: step.level,
      posInSet: step.index,
      setSize: step.siblings.length,
      last,
      guides: step.guides,
      open: isOpen,
    });
    if (isOpen) {
      stack.push({
        siblings: node.children,
        index: 0,
        level: step.level + 1,
        guides: step.level === 1 ? [] : [...step.guides, !last],
      });
    }
  }
  return rows;
}
