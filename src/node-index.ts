import type {Nodes, Parents, Root} from 'mdast';
import type {WalkAnswer} from './walk.js';

/**
 * The nodes of a page's tree by type, each with its parent and its place in document order, made
 * by one walk the first time a rule asks and kept for that tree. The file rules and the spelling
 * concepts each looked for a few types (inline code, code blocks, links, headings) by walking the
 * whole tree again: a dozen walks of every node a page, each a function call per node. A rule's
 * question about code blocks now costs the code blocks.
 *
 * Trees are not changed once the rules run; phase 1 changes only the root's children (the
 * front-matter node, a page that is all front matter) before any rule reads it, and the index is
 * made again if the root's children are another list or of another length.
 */
interface TypeIndex {
  nodes: Nodes[];
  parents: Array<Parents | undefined>;
  /** Each node's place in document order, to merge several types in that order. */
  order: number[];
  /** The place of each node's last descendant (its own place for a leaf): what a walk skips when told not to go in. */
  ends: number[];
}

interface TreeIndex {
  children: Root['children'];
  length: number;
  byType: Map<string, TypeIndex>;
}

const byTree = new WeakMap<Root, TreeIndex>();
const none: TypeIndex = {nodes: [], parents: [], order: [], ends: []};

function indexOf(tree: Root): TreeIndex {
  const known = byTree.get(tree);
  if (known && known.children === tree.children && known.length === tree.children.length) return known;
  const byType = new Map<string, TypeIndex>();
  let place = 0;
  // Document order, as walk.ts goes (the root first, then each child before its children).
  const step = (node: Nodes, parent: Parents | undefined): void => {
    let entry = byType.get(node.type);
    if (!entry) byType.set(node.type, (entry = {nodes: [], parents: [], order: [], ends: []}));
    const at = entry.nodes.length;
    entry.nodes.push(node);
    entry.parents.push(parent);
    entry.order.push(place++);
    entry.ends.push(0);
    if ('children' in node) {
      const children = node.children as Nodes[];
      for (let i = 0; i < children.length; i++) step(children[i]!, node);
    }
    entry.ends[at] = place - 1;
  };
  step(tree, undefined);
  const index = {children: tree.children, length: tree.children.length, byType};
  byTree.set(tree, index);
  return index;
}

type OfType<T extends Nodes['type']> = Extract<Nodes, {type: T}>;

/**
 * Every node of these types in document order, with its parent, as `walk` would reach them: for a
 * page's root from the index, for any other node by a walk of it. A visitor that answers `false`
 * is not given the nodes of these types inside that node, as `walk` does not go into it (the
 * other types cannot be told apart from a walk's by a visitor that only acts on these).
 */
export function eachOfTypes<T extends Nodes['type']>(tree: Nodes, types: readonly T[], visitor: (node: OfType<T>, parent: Parents | undefined) => WalkAnswer): void {
  if (tree.type !== 'root') {
    const step = (node: Nodes, parent: Parents | undefined): void => {
      if ((types as readonly string[]).includes(node.type) && visitor(node as OfType<T>, parent) === false) return;
      if ('children' in node) {
        const children = node.children as Nodes[];
        for (let i = 0; i < children.length; i++) step(children[i]!, node);
      }
    };
    step(tree, undefined);
    return;
  }
  const {byType} = indexOf(tree);
  const lists = types.map((type) => byType.get(type) ?? none).filter((list) => list.nodes.length > 0);
  // The place of the last node inside the latest node the visitor would not go into: nodes up to it are not given.
  let skipTo = -1;
  if (lists.length === 1) {
    const [{nodes, parents, order, ends}] = lists as [TypeIndex];
    for (let i = 0; i < nodes.length; i++) {
      if (order[i]! <= skipTo) continue;
      if (visitor(nodes[i] as OfType<T>, parents[i]) === false) skipTo = ends[i]!;
    }
    return;
  }
  // Several types: merged by their places in document order.
  const at = lists.map(() => 0);
  for (;;) {
    let next = -1;
    for (let k = 0; k < lists.length; k++) {
      if (at[k]! < lists[k]!.nodes.length && (next < 0 || lists[k]!.order[at[k]!]! < lists[next]!.order[at[next]!]!)) next = k;
    }
    if (next < 0) return;
    const list = lists[next]!;
    const i = at[next]!++;
    if (list.order[i]! <= skipTo) continue;
    if (visitor(list.nodes[i] as OfType<T>, list.parents[i]) === false) skipTo = list.ends[i]!;
  }
}

/** Where the sibling last asked for in each parent was: the readings ask in document order. */
const lastPlace = new WeakMap<Parents, number>();

/**
 * The node before this one in its parent (undefined: the first, or no parent), for the readings of "a
 * list after its paragraph" that go through `eachOfTypes`. Each parent's children are searched from
 * the place last found, so a page of thousands of sibling lists (alternating markers make each a list
 * of its own) costs one pass of them, not a search from the start for each (n²/2 reads).
 */
export function siblingBefore(node: Nodes, parent: Parents | undefined): Nodes | undefined {
  if (!parent) return undefined;
  const children = parent.children as Nodes[];
  let at = children.indexOf(node, lastPlace.get(parent) ?? 0);
  // Asked out of order (another reading, another pass): from the start, once.
  if (at < 0) at = children.indexOf(node);
  if (at < 0) return undefined;
  lastPlace.set(parent, at);
  return children[at - 1];
}

/**
 * Drops a tree's index: outside the engine (`postlint/remark` in remark-cli) other plugins may
 * change the tree between postlint's rules, so each rule there starts from a fresh one.
 */
export function forgetNodeIndex(tree: Root): void {
  byTree.delete(tree);
}
