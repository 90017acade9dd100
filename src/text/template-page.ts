/**
 * A page that is a template: a skeleton its reader copies and fills in (a KEP's, an ADR's, an RFC's
 * template), not finished writing. What looks unfinished in it is a slot for the author of each copy:
 * a placeholder word, an empty section (`#### Story 1` then `#### Story 2`). One concept, two readings:
 *
 * - **The whole page** (`templatePage`) is a template when it says so twice over: it names itself a
 *   template (its file name has the word `template` as a part of its own, `kep-template.md`,
 *   `0000-template.md`, `TEMPLATE.md`; or its title does, front matter's `title` or else its first
 *   level-1 heading, "KEP Template") and its prose tells the reader to copy it ("Make a copy of this
 *   template", "copy this file", "duplicate this page"). Either alone is not enough: a page about
 *   templates (`templates.md`, "Issue templates", "Using the template") names them without being
 *   one, and "copy this file" also tells a reader to take a sample. An instruction that introduces a
 *   code sample (a paragraph ending in `:` right before a code block: "Copy this template into
 *   .github/pull_request_template.md:") is about the sample, not the page.
 * - **One word** (`templateSlots`): a placeholder the page tells its reader to replace ("Replace each
 *   *TODO* with your answer") is that word's slot, wherever the page uses it.
 *
 * no-placeholders leaves a slot alone (every placeholder word of a template page is one);
 * no-empty-sections leaves a template page's sections alone, and no-broken-anchors its links into
 * them: the sections are there to be written in each copy.
 */
import type {Heading, Nodes, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {walk} from '../walk.js';

/** The file name's stem has `template` as a part of its own (`kep-template`, `TEMPLATE`, `adr_template`), not `templates` or `templating`. */
function namedTemplate(path: string): boolean {
  const stem = (path.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '');
  return stem
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .some((part) => part.toLowerCase() === 'template');
}

/** The page's title (front matter's `title`, else its first level-1 heading) has the word "template". */
function titledTemplate(tree: Root, data: Record<string, unknown> | undefined): boolean {
  const heading = tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
  const title = typeof data?.title === 'string' ? data.title : heading ? toString(heading) : '';
  return /(?<![\p{L}\p{N}])template(?![\p{L}\p{N}])/iu.test(title);
}

/**
 * An instruction to copy the page itself: a verb of copying, up to three words, then "this template",
 * "this file", "this page" or "this document" ("Make a copy of this template", "Copy this file and
 * name it …", "duplicating this page").
 */
const copyThis = /(?<![\p{L}])(?:cop(?:y|ies|ying)|duplicat(?:e|es|ing)|clon(?:e|es|ing))(?:\s+[^\s.!?:;]+){0,3}?\s+this\s+(?:template|file|page|document)(?![\p{L}])/iu;

/** A sentence in the page's prose (paragraphs, list items, headings; code is not prose) that tells the reader to copy the page. */
function tellsToCopy(tree: Root): string | undefined {
  let found: string | undefined;
  walk(tree, (node: Nodes, parent) => {
    if (found !== undefined) return false;
    if (node.type === 'code' || node.type === 'html' || node.type === 'yaml') return false;
    if (node.type !== 'paragraph' && node.type !== 'heading') return true;
    const text = toString(node);
    const match = copyThis.exec(text);
    if (!match) return false;
    // "Copy this template into …:" before a code block: the sample is what is copied.
    const siblings = parent && 'children' in parent ? (parent.children as Nodes[]) : [];
    const next = siblings[siblings.indexOf(node) + 1];
    if (/:\s*$/.test(text) && next?.type === 'code') return false;
    found = match[0].replace(/\s+/g, ' ');
    return false;
  });
  return found;
}

/**
 * Why the page is a template its reader copies and fills in ("kep-template.md is a template: it
 * says \"copy of this template\""), or undefined. The file name and title are looked at first, so
 * most pages cost no walk.
 */
export function templatePage(tree: Root, path: string, data: Record<string, unknown> | undefined): string | undefined {
  const named = namedTemplate(path);
  if (!named && !titledTemplate(tree, data)) return undefined;
  const instruction = tellsToCopy(tree);
  if (instruction === undefined) return undefined;
  return `the page is a template (${named ? 'its file name' : 'its title'} says so) and tells its reader "${instruction}"`;
}

/**
 * An instruction to the reader to put something of their own in place of the word that follows
 * it within three words ("Replace each TODO", "fill in the XXX"). "TODO: replace the screenshot"
 * is no such instruction: there the word comes first, a note to self.
 */
const replaceInstruction = /(?<![\p{L}])(?:replac(?:e|es|ing)|substitut(?:e|es|ing)|fill(?:s|ing)?\s+(?:in|out)|swap(?:s|ping)?\s+out|chang(?:e|es|ing))(?:\s+[^\s]+){0,3}\s+$/iu;

/**
 * The placeholder words a page tells its reader to replace ("Copy this page. Replace each *TODO*
 * with your answer"): each of those words in it is a slot for the reader to fill, not a leftover
 * of its writer. Lower case, spaces collapsed.
 */
export function templateSlots(tree: Root, matchers: RegExp[]): Set<string> {
  const slots = new Set<string>();
  walk(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return true;
    const text = toString(node);
    for (const matcher of matchers) {
      for (const match of text.matchAll(matcher)) {
        if (replaceInstruction.test(text.slice(Math.max(0, match.index - 60), match.index))) slots.add(match[0].toLowerCase());
      }
    }
    return false;
  });
  return slots;
}
