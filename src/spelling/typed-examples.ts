import type {ListItem, Root} from 'mdast';
import {eachOfTypes, siblingBefore} from '../node-index.js';

/**
 * A list of examples of what the reader types to a program: the paragraph right before it ends its
 * last sentence with a colon and says the items are input, something to ask, type, enter, or a
 * prompt or query (`you can ask the agent questions such as these:`, `Example queries:`). The items
 * are the reader's own words as typed (`any dependency on pytorch?`): a lower-case name in them is
 * typed as people type it, not the writer miscasing it. A list after any other paragraph (`Tools we
 * use:`), a list whose items all open with a capital, or a word capitalized in such a list, is read.
 */
export function typedExampleRanges(tree: Root, source: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  eachOfTypes(tree, ['list'], (list, parent) => {
    const before = siblingBefore(list, parent);
    const start = list.position?.start.offset;
    const end = list.position?.end.offset;
    if (before?.type !== 'paragraph' || start === undefined || end === undefined) return;
    const from = before.position?.start.offset;
    const to = before.position?.end.offset;
    if (from === undefined || to === undefined) return;
    if (introducesInput.test(source.slice(from, to)) && list.children.some((item) => typedCasually(item, source))) ranges.push([start, end]);
  });
  return ranges;
}

/**
 * Does the item open in lower case (`any dependency on pytorch?`), as people type to a program? A list
 * whose items all open with a capital (`How do I move my blog from wordpress?`) is written in the
 * writer's own casing, and a lower-case name there is the writer's.
 */
function typedCasually(item: ListItem, source: string): boolean {
  const start = item.position?.start.offset;
  if (start === undefined) return false;
  const text = source.slice(start, start + 80).replace(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(?:\[[ xX]\][ \t]+)?[`"'\u201c*_]*/u, '');
  return /^\p{Ll}/u.test(text);
}

/**
 * The last sentence names input (ask, type, enter, prompt, query) and ends with a colon. `type` counts
 * as the verb only: after a determiner or before `of` it names a kind (`This type of site needs:`).
 * `ask` right before `about`, `us`, `me` or `for` asks the writer or people (`Feel free to ask about any of
 * these:`), not a program.
 */
const introducesInput = /(?:^|[^\p{L}])(?:(?<!(?:^|[^\p{L}])(?:the|a|an|this|that|these|those|each|every|which|what|any|some|same|its|their|our|your|my|one|other|another|no)[ \t]+)type(?![ \t]+of(?![\p{L}]))|ask(?![ \t]+(?:about|us|me|for)(?![\p{L}]))|enter|prompts?|quer(?:y|ies))(?![\p{L}])[^.!?]*:\s*$/iu;
