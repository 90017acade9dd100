import type {Nodes, Parents} from 'mdast';
import {eachOfTypes} from './node-index.js';

/** What a walker's visitor may answer: `false` skips the node's children; anything else goes on. */
export type WalkAnswer = boolean | void;

/**
 * Every node of a tree in document order (the root first, then each child before its children),
 * as unist-util-visit goes, without what makes that general walker cost several times more on
 * every node of every file: the array of ancestors copied at each level, the result tuples, the
 * type test wrapped in a function. The file rules walk each tree several times (bench/README.md,
 * "What the profile shows"), so this is what they use. The visitor gets the node's parent.
 */
export function walk(tree: Nodes, visitor: (node: Nodes, parent: Parents | undefined) => WalkAnswer): void {
  const step = (node: Nodes, parent: Parents | undefined): void => {
    if (visitor(node, parent) === false) return;
    if ('children' in node) {
      // Read the length each time, like unist-util-visit: a visitor may not remove children, but it may not break the walk either.
      const children = node.children as Nodes[];
      for (let i = 0; i < children.length; i++) step(children[i]!, node);
    }
  };
  step(tree, undefined);
}

/** Every node of one type, in document order (the type test of unist-util-visit); a page's root from its index of nodes by type (node-index.ts). */
export function walkType<T extends Nodes['type']>(tree: Nodes, type: T, visitor: (node: Extract<Nodes, {type: T}>) => void): void {
  eachOfTypes(tree, [type], (node) => {
    visitor(node);
  });
}
