/**
 * `{{#name …}}` directives in mdBook chapters. mdBook's own `links` preprocessor replaces
 * `{{#include}}`, `{{#rustdoc_include}}`, `{{#playground}}` and `{{#title}}` where they stand
 * (mdbook-driver builtin_preprocessors/links.rs, `find_links`: `{{`, spaces, `#`, the name, then
 * its arguments; `\{{#…}}` is escaped), and mdBook's guide names such helpers as the first use of
 * a preprocessor. A custom preprocessor named like a directive the book writes (`[preprocessor.x]`
 * and `{{#x …}}` in chapters) is read as one of these helpers: it replaces its directives with what
 * it writes, and a chapter without one keeps its own headings and ids.
 *
 * That is a reading of the book, not a promise of mdBook's: a preprocessor receives the whole book
 * and may change any chapter. So a preprocessor is read as a helper only when the book writes its
 * directive; one the book writes no directive for (mdbook-spec turns `r[rule.id]` lines into ids)
 * still leaves every chapter's ids unknown.
 */
import {readdirSync, type Dirent} from 'node:fs';
import {join} from 'node:path';
import type {IdPrefixFact} from '../../facts.js';
import {pointAt} from '../../text/position.js';
import {readText} from './common.js';

/** The directives mdBook's own `links` preprocessor expands. */
export const builtinDirectives = new Set(['include', 'rustdoc_include', 'playground', 'title']);

/**
 * `{{#name args}}` as links.rs finds it (a `-` allowed in custom names), not after a backslash.
 * The arguments hold no `{` either, so a scan from each `{{#` stops at the next one: linear time
 * on a page of unclosed directives.
 */
const directive = /(?<!\\)\{\{\s*#([A-Za-z0-9_-]+)(?:\s[^{}]*)?\}\}/g;

/** Each directive of a text, with where it starts. */
export function directives(text: string): Array<{name: string; index: number}> {
  return [...text.matchAll(directive)].map((match) => ({name: match[1]!, index: match.index}));
}

/**
 * Why the page's ids are not all known, as an id prefix every fragment has, when it holds a
 * directive no known tool expands: `runs` maps the book's rewriting preprocessors' directive
 * names (table name and tool) to how messages name them.
 */
export function directiveOutput(text: string, known: ReadonlySet<string>, runs: ReadonlyMap<string, string>): IdPrefixFact | undefined {
  const found = directives(text).find((entry) => !builtinDirectives.has(entry.name) && !known.has(entry.name));
  if (!found) return undefined;
  const {line, column} = pointAt(text, found.index);
  const by = runs.get(found.name);
  const reason = by
    ? `holds {{#${found.name} …}} (line ${line}), which the book's preprocessor ${by} replaces with what it writes, which may hold any id`
    : `holds {{#${found.name} …}} (line ${line}), a directive one of the book's preprocessors may replace with what it writes, which may hold any id`;
  return {prefix: '', line, column, reason};
}

/** Calls `visit` with each Markdown file below `source` (the book's src/) and its text. */
export function eachBookFile(source: string, visit: (path: string, text: string) => void): void {
  const walk = (dir: string, depth: number): void => {
    let entries: Dirent[] = [];
    try {
      entries = readdirSync(dir, {withFileTypes: true});
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && depth < 12 && !entry.name.startsWith('.')) walk(path, depth + 1);
      else if (entry.isFile() && entry.name.endsWith('.md')) visit(path, readText(path) ?? '');
    }
  };
  walk(source, 0);
}

const written = new Map<string, Set<string>>();

/** Read the books' directives again (forgetFileReads). */
export function forgetBookDirectives(): void {
  written.clear();
}

/** The directive names the book's Markdown (below `source`) writes, read once a book. */
export function bookDirectives(source: string): Set<string> {
  let names = written.get(source);
  if (!names) {
    const found = new Set<string>();
    eachBookFile(source, (_path, text) => {
      for (const {name} of directives(text)) found.add(name);
    });
    written.set(source, (names = found));
  }
  return names;
}
