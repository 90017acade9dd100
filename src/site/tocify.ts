/**
 * jQuery Tocify (gfranko/jquery.tocify.js): a table-of-contents widget a page's layout starts in
 * the browser with `$("#toc").tocify({…})`. For each heading its `selectors` option names (default
 * `"h1, h2, h3"`) it puts a `<div name="…" data-unique="…">` before the heading, and on load (and on
 * `hashchange`) it scrolls to the one whose `data-unique` is the location's fragment: a link to
 * `page.html#Bugreporting` reaches "Bug reporting" though no Markdown renderer wrote that id.
 *
 * The value (`_generateHashValue`, `hashGenerator` option since 1.3; 1.2 has only the first):
 * - `"compact"`, the default: the heading's text with every blank taken out (`Bugreporting`);
 * - `"pretty"`: lower-cased, blanks made `-`, `--` and `:-` runs made one `-` (`bug-reporting`);
 * - a function: the site's own code, which postlint does not run (the page's ids are unknown).
 * A text met before on the page gets a number after it (its place among the headings, counted
 * across the document): known by its form only.
 *
 * Whether a page runs it is read from the templates that render it (its layout chain and their
 * includes, `Generator.templates`): a `.tocify(` call there. Its `context` is not evaluated: every
 * heading of the named levels counts, never fewer targets than the browser has.
 */
import type {FileFacts, HeadingFact} from '../facts.js';
import type {TemplateModel} from './generators/types.js';
import type {IdTarget} from './anchors.js';
import {closure, templateText} from './template-ids.js';
import {escapeRegExp} from '../links/patterns.js';

export interface TocifyUse {
  /** Heading levels some call's `selectors` reach. */
  levels: Set<number>;
  /** The hash generators the calls use: `unknown` for one postlint cannot read (a function, a variable). */
  hashGenerators: Set<'compact' | 'pretty' | 'unknown'>;
  /** The template that calls it (relative to the site folder), for messages. */
  file: string;
}

/** Tocify's default `selectors`. */
const defaultLevels = [1, 2, 3];

/** Comments of HTML, Liquid and scripts: a call commented out does not run. */
const commented = /<!--[\s\S]*?-->|\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}|\{#[\s\S]*?#\}|\/\*[\s\S]*?\*\/|^[ \t]*\/\/.*$/gm;

/** The options text of each `.tocify(…)` call in a text: `''` for none, undefined when not an object literal. */
function tocifyCalls(text: string): Array<string | undefined> {
  if (!text.includes('tocify')) return [];
  const live = text.replace(commented, '');
  const calls: Array<string | undefined> = [];
  for (const match of live.matchAll(/\.\s*tocify\s*\(\s*(\)|\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}\s*\)|)/g)) {
    if (match[1] === ')') calls.push('');
    else calls.push(match[2]);
  }
  return calls;
}

/** The heading levels a `selectors` value names; Tocify's default without one, every level when it is not a literal. */
function levelsOf(options: string | undefined): number[] {
  if (options === undefined) return [1, 2, 3, 4, 5, 6];
  const selectors = /\bselectors\s*:\s*(?:"([^"]*)"|'([^']*)'|([^,}\s]+))/.exec(options);
  if (!selectors) return defaultLevels;
  const literal = selectors[1] ?? selectors[2];
  if (literal === undefined) return [1, 2, 3, 4, 5, 6];
  const named = [...literal.matchAll(/(?<![\w-])h([1-6])(?![\w-])/gi)].map((match) => Number(match[1]));
  return named.length > 0 ? named : [1, 2, 3, 4, 5, 6];
}

/** The hash generator a call's options choose. */
function hashGeneratorOf(options: string | undefined): 'compact' | 'pretty' | 'unknown' {
  if (options === undefined) return 'unknown';
  const set = /\bhashGenerator\s*:\s*(?:"([^"]*)"|'([^']*)'|(\S))/.exec(options);
  if (!set) return 'compact';
  const literal = set[1] ?? set[2];
  if (literal === 'pretty') return 'pretty';
  // Any other string is the default branch of `_generateHashValue`.
  return literal === undefined ? 'unknown' : 'compact';
}

const uses = new Map<string, TocifyUse | undefined>();

/** Does a template that renders the page call Tocify, and how? Read once per set of layouts. */
export function tocifyUse(root: string, model: TemplateModel): TocifyUse | undefined {
  // Only a page whose layouts are known: with every template of the site counting, one page's TOC would id them all.
  if (!model.layouts) return undefined;
  const key = [root, ...model.layouts].join('\0');
  if (uses.has(key)) return uses.get(key);
  let use: TocifyUse | undefined;
  for (const file of closure(model.layouts, model, root).files) {
    const calls = tocifyCalls(templateText(file, root) ?? '');
    if (calls.length === 0) continue;
    use ??= {levels: new Set(), hashGenerators: new Set(), file: file.startsWith(root) ? file.slice(root.length).replace(/^[\\/]+/, '').replace(/\\/g, '/') : file};
    for (const options of calls) {
      for (const level of levelsOf(options)) use.levels.add(level);
      use.hashGenerators.add(hashGeneratorOf(options));
    }
  }
  uses.set(key, use);
  return use;
}

/** The value Tocify's `_generateHashValue` makes from a heading's text. */
export function tocifyHash(text: string, hashGenerator: 'compact' | 'pretty'): string {
  if (hashGenerator === 'compact') return text.replace(/\s/g, '');
  let hash = text.toLowerCase().replace(/\s/g, '-');
  while (hash.includes('--')) hash = hash.replace(/--/g, '-');
  while (hash.includes(':-')) hash = hash.replace(/:-/g, '-');
  return hash;
}

/**
 * Add the values Tocify gives the page's headings to its ids; a repeated text's numbered value as
 * a pattern. Returns why the page's ids are unknown when a call's generator is the site's own code.
 */
export function addTocifyIds(
  ids: Map<string, IdTarget>,
  patterns: Array<{test: RegExp; reason: string}>,
  headings: readonly HeadingFact[],
  facts: FileFacts,
  use: TocifyUse,
): string | undefined {
  const all: Array<{depth: number; text: string; heading?: HeadingFact}> = [
    ...headings.map((heading) => ({depth: heading.depth, text: heading.imageless ?? heading.text, heading, line: heading.line})),
    ...(facts.htmlHeadings ?? []).map((heading) => ({depth: heading.depth, text: heading.text, line: heading.line})),
  ].sort((a, b) => a.line - b.line);
  const seen = new Set<string>();
  for (const {depth, text, heading} of all) {
    if (!use.levels.has(depth)) continue;
    const target: IdTarget = heading ? {kind: 'heading', heading} : {kind: 'html'};
    for (const hashGenerator of use.hashGenerators) {
      if (hashGenerator === 'unknown') continue;
      const hash = tocifyHash(text, hashGenerator);
      if (hash === '') continue;
      if (!seen.has(`${hashGenerator}\0${text}`)) {
        if (!ids.has(hash)) ids.set(hash, target);
      } else {
        patterns.push({test: new RegExp(`^${escapeRegExp(hash)}\\d+$`), reason: `${use.file} runs jQuery Tocify, which numbers a repeated heading's "${hash}" by its place among the page's headings`});
      }
      seen.add(`${hashGenerator}\0${text}`);
    }
  }
  return use.hashGenerators.has('unknown') ? `${use.file} runs jQuery Tocify with a hashGenerator of the site's own code, which makes ids in the browser postlint does not run` : undefined;
}
