/**
 * Link reference labels a pasted file defines. A generator that pastes included files into a page
 * before converting it (Jekyll's `{% include references.md %}`, lib/jekyll/tags/include.rb: the
 * rendered file's text replaces the tag) gives the page the definitions in them: `[text][label]`
 * and `[label][]` whose label only the included file defines are reference links once pasted
 * (CommonMark "Link reference definitions"; kramdown's parser/kramdown/link.rb alike), and a
 * `(P2C)` right after one is text. Read without the paste, `[label](P2C)` is an inline link to a
 * file that is not there.
 *
 * A definition written with template code in its label (`[topic {{topic.shortname}}]: …` in a
 * `{% for %}` over the site's topics, `[bitcoin core #{{_issue}}]: …`) defines every label its
 * literal parts fit. An include postlint cannot resolve or read may define anything: the label
 * counts as defined (abstaining).
 */
import {readSmallFileIfAny} from '../read-text.js';

/** A definition line's label: up to three spaces, `[label]:` (escapes kept). */
const definitionLabel = /^[ \t]*\[((?:[^[\]\\\n]|\\.)+)\]:/gm;
const templateCode = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g;

/** CommonMark's label matching: case-folded, inner whitespace collapsed. */
export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Labels a file's text defines: literal ones, and patterns for those written with template code. */
export interface DefinedLabels {
  literal: Set<string>;
  patterns: RegExp[];
}

/** A fence opening or closing a code block (CommonMark: up to three spaces, three or more backticks or tildes). */
const fence = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The text without its fenced code blocks: a definition shown in one (`[guide]: https://…` on a page
 * about Markdown) defines nothing. A fence left open runs to the end, as CommonMark reads it.
 */
function outsideFences(text: string): string {
  if (!text.includes('```') && !text.includes('~~~')) return text;
  let open: string | undefined;
  return text.split('\n').map((line) => {
    const marker = fence.exec(line)?.[1];
    if (open === undefined) {
      if (marker !== undefined) open = marker;
      return marker === undefined ? line : '';
    }
    if (marker !== undefined && marker[0] === open[0] && marker.length >= open.length && line.trim() === marker) open = undefined;
    return '';
  }).join('\n');
}

export function definedLabels(text: string): DefinedLabels {
  const literal = new Set<string>();
  const patterns: RegExp[] = [];
  for (const match of outsideFences(text).matchAll(definitionLabel)) {
    const label = match[1]!;
    if (!/\{\{|\{%/.test(label)) {
      literal.add(normalizeLabel(label));
      continue;
    }
    const parts = normalizeLabel(label).split(templateCode).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    patterns.push(new RegExp(`^${parts.join('.+')}$`));
  }
  return {literal, patterns};
}

const byFile = new Map<string, DefinedLabels | undefined>();

/** The labels a file defines, read once a run; undefined when it cannot be read. */
export function labelsOfFile(path: string): DefinedLabels | undefined {
  if (!byFile.has(path)) {
    const text = readSmallFileIfAny(path);
    byFile.set(path, text === undefined ? undefined : definedLabels(text));
  }
  return byFile.get(path);
}

/** Forget the files read (an edit in the language server). */
export function forgetPastedLabels(): void {
  byFile.clear();
}

export function defines(labels: DefinedLabels, label: string): boolean {
  const key = normalizeLabel(label);
  return labels.literal.has(key) || labels.patterns.some((pattern) => pattern.test(key));
}

/**
 * Does the page's own text define the label on a line of its own? Our parser would have made
 * `[text][label]` a reference had it read that line as a definition; it did not because the line
 * sits under template tag lines it read as a paragraph (`{% include linkers/issues.md … %}` then
 * `[hwi]: https://…`), which the paste turns into a block of definitions (src/spelling/prose.ts,
 * pastedDefinitions).
 */
export function ownDefinition(page: string, label: string): boolean {
  const labels = labelsOfFile(page);
  return labels !== undefined && labels.literal.has(normalizeLabel(label));
}
