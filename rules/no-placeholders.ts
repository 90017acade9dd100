/**
 * no-placeholders — writing placeholders left in a post.
 *
 * Default severity: warn.
 * Options:
 *   words: string[]   placeholders to flag (default ["TODO", "FIXME", "TK", "XXX", "lorem ipsum"]).
 *                     A word written in capitals matches only in capitals, as a whole word
 *                     ("TODO", not "todo" or "TODOs"); any other entry matches without regard
 *                     to case ("lorem ipsum", "Lorem Ipsum").
 *   emptyLinks: boolean   flag links with an empty target, `[text]()` and `[text](#)` (default true)
 *
 * Only prose is read: code (fenced, indented, inline), HTML, comments, URLs and shortcodes
 * are left alone.
 *
 * Fails:
 *   The benchmark numbers are TK.
 *   See [the docs]() for more.
 * Passes:
 *   ```python
 *   # TODO: this comment is code, not prose
 *   ```
 */
import type {Link, Nodes, Text} from 'mdast';
import {visit, SKIP} from 'unist-util-visit';
import {toString} from 'mdast-util-to-string';
import {location} from 'vfile-location';
import type {RuleModule} from '../src/types.js';
import {docsUrl, fileRule} from '../src/rule-kit.js';
import {resolve} from 'node:path';
import type {VFile} from 'vfile';
import {generatorOf} from '../src/site/generators/index.js';

interface Options {
  words: string[];
  emptyLinks: boolean;
}

const id = 'no-placeholders';

// Template code in prose ({{< … >}}, {{% … %}}, {% … %}, {{ … }}) is not prose.
const templateCode = /\{\{[<%][\s\S]*?[>%]\}\}|\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g;

const check = fileRule<Options>(id, (tree, file, options) => {
  const source = String(file.value);
  const place = location(source);
  const matcher = wordMatcher(options.words);
  visit(tree, (node: Nodes) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html' || node.type === 'yaml' || node.type === 'definition') return SKIP;
    if (node.type === 'link' && isBareUrl(node)) return SKIP;
    if (node.type === 'link' && options.emptyLinks && node.position && (node.url.trim() === '' || node.url.trim() === '#') && !listsDrafts(file)) {
      const target = node.url.trim() === '' ? '()' : '(#)';
      file.message(`Link "${toString(node)}" has an empty target ${target}; fill in where it should lead or remove the link`, {place: node.position});
    }
    if (node.type === 'text' && matcher && node.position?.start.offset !== undefined) reportWords(node, source, matcher, (word, offset, length) => {
      // Inside a URL written as plain text: part of an address, not prose.
      if (file.data.bareUrls?.some((url) => offset >= url.start && offset < url.end)) return;
      const start = place.toPoint(offset);
      const end = place.toPoint(offset + length);
      if (start) file.message(`Placeholder "${word}" left in the text; finish the sentence or remove it`, {place: end ? {start, end} : start});
    });
    return undefined;
  });
});

/** An autolink or a bare URL shows its own address; words inside it are not prose. */
function isBareUrl(node: Link): boolean {
  return toString(node) === node.url || `mailto:${toString(node)}` === node.url;
}

/** One pattern for capitalised words (case matters), one for the rest (case does not). */
function wordMatcher(words: string[]): RegExp[] | undefined {
  const escape = (word: string): string => word.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const isCapitals = (w: string): boolean => w === w.toUpperCase() && /\p{Lu}/u.test(w);
  const listed = words.filter((w) => w.trim() !== '');
  // Whole words only: not inside a longer word, identifier or path.
  const whole = (alternatives: string[], flags: string): RegExp[] =>
    alternatives.length === 0 ? [] : [new RegExp(`(?<![\\p{L}\\p{N}_/.-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_/-]|\\.[\\p{L}\\p{N}])`, flags)];
  const matchers = [...whole(listed.filter(isCapitals).map(escape), 'gu'), ...whole(listed.filter((w) => !isCapitals(w)).map(escape), 'giu')];
  return matchers.length > 0 ? matchers : undefined;
}

/** Words before a placeholder that make it a noun being talked about. */
const namedAsThing = /(?:^|[^\p{L}])(?:the|old|stale|remaining|leftover)\s+$/iu;

function reportWords(node: Text, source: string, matchers: RegExp[], found: (word: string, offset: number, length: number) => void): void {
  const start = node.position!.start.offset!;
  // Search the source, not the value, so positions are exact; escapes make no placeholder.
  const raw = source.slice(start, node.position!.end.offset).replace(templateCode, (m) => ' '.repeat(m.length));
  const hits = matchers.flatMap((matcher) => [...raw.matchAll(matcher)]).sort((a, b) => a.index - b.index);
  for (const match of hits) {
    // "the TODO plugin", "remove old FIXME comments": the word named as a thing, not left in.
    if (namedAsThing.test(raw.slice(Math.max(0, match.index - 20), match.index))) continue;
    found(match[0], start + match.index, match[0].length);
  }
}

export default {
  meta: {
    id,
    description: 'Leftover placeholders in prose (TODO, FIXME, TK, XXX, lorem ipsum) and links with empty targets',
    severity: 'warn',
    defaults: {words: ['TODO', 'FIXME', 'TK', 'XXX', 'lorem ipsum'], emptyLinks: true},
    optionsSchema: {
      properties: {words: {type: 'array', items: {type: 'string'}}, emptyLinks: {type: 'boolean'}},
      additionalProperties: false,
    },
    docs: docsUrl(id),
  },
  fileRule: check,
} satisfies RuleModule<Options>;

/** A table of contents whose `[Title]()` entries are the generator's drafts (mdBook's SUMMARY.md). */
function listsDrafts(file: VFile): boolean {
  const site = file.data.site;
  return site !== undefined && generatorOf(site).listsDrafts?.(resolve(file.cwd, file.path), site) === true;
}
