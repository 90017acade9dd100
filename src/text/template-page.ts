/**
 * A page that is a template: a skeleton its reader copies and fills in (a KEP's, an ADR's, an RFC's
 * template), not finished writing. What looks unfinished in it is a slot for the author of each copy:
 * a placeholder word, an empty section (`#### Story 1` then `#### Story 2`). One concept, two readings:
 *
 * - **The whole page** (`templatePage`) is a template when it says so twice over: it names itself a
 *   template (its file name has the word `template` as a part of its own, `kep-template.md`,
 *   `0000-template.md`, `TEMPLATE.md`; or its title does, front matter's `title` or else its first
 *   level-1 heading, "KEP Template") and its prose tells the reader to copy it ("Make a copy of this
 *   template", "copy this file" in its opening prose or with an instruction to fill something in,
 *   "duplicate this page"). Either alone is not enough: a page about
 *   templates (`templates.md`, "Issue templates", "Using the template engine") names them without being
 *   one, and "copy this file" also tells a reader to take a sample. An instruction that introduces a
 *   code sample (a paragraph ending in `:` right before a code block: "Copy this template into
 *   .github/pull_request_template.md:") is about the sample, not the page.
 * - **One word** (`templateSlots`): a placeholder the page tells its reader to replace ("Replace each
 *   *TODO* with your answer") is that word's slot, wherever the page uses it.
 * - **One quotation** (`sampleQuotes`): a block quote the paragraph right before introduces as an
 *   example of what the reader writes ("add a short comment with the reasoning, example:") is a sample
 *   to copy, its `[Zulip](#)` a slot for the reader's own link.
 *
 * no-placeholders leaves a slot alone (every placeholder word of a template page is one);
 * no-empty-sections leaves a template page's sections alone, and no-broken-anchors its links into
 * them: the sections are there to be written in each copy.
 */
import type {Blockquote, Heading, Nodes, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {eachOfTypes, siblingBefore} from '../node-index.js';
import {walk} from '../walk.js';

/** The file name's stem has `template` as a part of its own (`kep-template`, `TEMPLATE`, `adr_template`), not `templates` or `templating`. */
function namedTemplate(path: string): boolean {
  const stem = (path.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '');
  return stem
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .some((part) => part.toLowerCase() === 'template');
}

/**
 * What may follow the word "template" when it names the page itself: the end, punctuation, or a
 * function word ("KEP Template", "Template: RFC", "Make a copy of this template and name it …",
 * "copy this template into …"). A noun after it makes a compound about something else: "the
 * template engine", "this template repository", "the project template files".
 */
const endsTemplateName = String.raw`(?=\s*(?:$|[^\p{L}\p{N}\s]|(?:and|or|but|into|to|in|as|then|for|from|with|so|before|when|if|of|at|on|by|under|below|above|here|there|you|we|first|now)(?![\p{L}\p{N}])))`;

/**
 * The patterns made from `endsTemplateName`, built when first needed: a page whose title and file
 * name never say "template" (most pages) needs none, and V8 parses each when it is made.
 */
let patterns: {titleWord: RegExp; titleTopic: RegExp; copyThis: RegExp} | undefined;

function templatePatterns(): {titleWord: RegExp; titleTopic: RegExp; copyThis: RegExp} {
  return (patterns ??= {
    titleWord: new RegExp(String.raw`(?<![\p{L}\p{N}])template${endsTemplateName}`, 'iu'),
    /** "template" before a noun: a compound naming a topic ("Using the template engine"). */
    titleTopic: new RegExp(String.raw`(?<![\p{L}\p{N}])template(?!${endsTemplateName})`, 'iu'),
    copyThis: new RegExp(copyThisSource, 'iu'),
  });
}

/** The page's title: front matter's `title`, else its first level-1 heading. */
function titleOf(tree: Root, data: Record<string, unknown> | undefined): string {
  const heading = tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
  return typeof data?.title === 'string' ? data.title : heading ? toString(heading) : '';
}

/**
 * An instruction to copy the page itself: a verb of copying, up to three words, then "this template"
 * (as a name of its own: see `endsTemplateName`), "this file", "this page" or "this document" ("Make
 * a copy of this template", "Copy this file and name it …", "duplicating this page"). Not "clone":
 * one clones a repository ("Clone this template repository to get started"), not a page.
 */
const copyThisSource = String.raw`(?<![\p{L}])(?:cop(?:y|ies|ying)|duplicat(?:e|es|ing))(?:\s+[^\s.!?:;]+){0,3}?\s+this\s+(?:(template)${endsTemplateName}|(?:file|page|document)(?![\p{L}]))`;

/**
 * A sign that the page has slots to fill in: an instruction to replace or fill in something of its
 * ("Replace each TODO with …", "Fill out the overview sections").
 */
const fillIn = /(?<![\p{L}])(?:replac(?:e|es|ing)|substitut(?:e|es|ing)|fill(?:s|ing)?\s+(?:in|out)|swap(?:s|ping)?\s+out)(?![\p{L}])/iu;

/**
 * A sentence in the page's prose (paragraphs, list items, headings; code is not prose) that tells the
 * reader to copy the page. "Copy this template" names the page; "copy this file/page/document" is
 * also how a page hands out a sample ("To try the examples, copy this file to your project"), so it
 * counts only in the page's opening prose (before its first `##` heading) or when the page also tells
 * its reader to fill something in.
 */
function tellsToCopy(tree: Root): string | undefined {
  let found: string | undefined;
  let opening = true;
  let fileCopy: string | undefined;
  let fills = false;
  walk(tree, (node: Nodes, parent) => {
    if (found !== undefined) return false;
    if (node.type === 'code' || node.type === 'html' || node.type === 'yaml') return false;
    if (node.type !== 'paragraph' && node.type !== 'heading') return true;
    if (node.type === 'heading' && node.depth >= 2) opening = false;
    const text = toString(node);
    if (fillIn.test(text)) fills = true;
    const match = templatePatterns().copyThis.exec(text);
    if (!match) return false;
    // "Copy this template into …:" before a code block: the sample is what is copied.
    const siblings = parent && 'children' in parent ? (parent.children as Nodes[]) : [];
    const next = siblings[siblings.indexOf(node) + 1];
    if (/:\s*$/.test(text) && next?.type === 'code') return false;
    const said = match[0].replace(/\s+/g, ' ');
    if (match[1] !== undefined || opening) found = said;
    else fileCopy ??= said;
    return false;
  });
  return found ?? (fills ? fileCopy : undefined);
}

/**
 * Why the page is a template its reader copies and fills in ("kep-template.md is a template: it
 * says \"copy of this template\""), or undefined. The file name and title are looked at first, so
 * most pages cost no walk.
 */
export function templatePage(tree: Root, path: string, data: Record<string, unknown> | undefined, forgeTemplate = false, configKey?: string): string | undefined {
  // GitHub fills a new issue or pull request with it (src/site/forge-documents.ts): its author fills each copy in.
  if (forgeTemplate) return 'the file is a template GitHub fills a new issue or pull request with';
  // The site's config names it as the template to copy (src/site/forge-template.ts configNamedTemplate).
  if (configKey !== undefined) return `the site's config names the page as the template to copy (${configKey})`;
  const title = titleOf(tree, data);
  // Both title patterns need the word itself: a title without it is tested by this plain pattern
  // only (those two, Unicode-aware and case-insensitive, take V8 ~4 ms to compile on first use).
  const titleSaysTemplate = /template/i.test(title);
  // A page titled after a topic ("Using the template engine") is about it, whatever its file is named (`template.md`).
  const named = namedTemplate(path) && !(titleSaysTemplate && templatePatterns().titleTopic.test(title));
  if (!named && !(titleSaysTemplate && templatePatterns().titleWord.test(title))) return undefined;
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

/** A paragraph that ends by introducing an example: "…, example:", "for example:", "e.g.:", "like this:". */
const introducesExample = /(?:(?<![\p{L}])(?:example|e\.g\.|for instance|like this|such as)|(?<![\p{L}])(?:as|like) follows)\s*:\s*$/iu;

/**
 * Block quotes that show a sample of what the reader writes: the paragraph right before ends by
 * introducing an example ("…and add a succinct comment about the reasoning, example:"). What is
 * unfinished in the sample (an empty link, a placeholder) is for the reader to fill in.
 */
export function sampleQuotes(tree: Root): Set<Blockquote> {
  const samples = new Set<Blockquote>();
  eachOfTypes(tree, ['blockquote'], (quote, parent) => {
    const before = siblingBefore(quote, parent);
    if (before?.type === 'paragraph' && introducesExample.test(toString(before))) samples.add(quote);
  });
  return samples;
}
