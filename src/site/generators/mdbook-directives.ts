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
import {dirname, join, resolve} from 'node:path';
import {decodedPath} from '../../links/normalize.js';
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
const directive = /(?<!\\)\{\{\s*#([A-Za-z0-9_-]+)(?:\s([^{}]*))?\}\}/g;

/** Each directive of a text, with where it starts and its first argument (`file.rs:anchor` → `file.rs`). */
export function directives(text: string): Array<{name: string; index: number; path?: string}> {
  return [...text.matchAll(directive)].map((match) => {
    const path = match[2]?.trim().split(/\s/)[0]?.replace(/:.*$/, '');
    return {name: match[1]!, index: match.index, ...(path ? {path} : {})};
  });
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

/** What a book's Markdown files write, from one walk of them (absolute paths). */
export interface BookScan {
  /** The directive names written. */
  names: Set<string>;
  /** Files `{{#include}}` and `{{#rustdoc_include}}` pull in: fragments, not chapters. */
  included: Set<string>;
  /** The paths any directive names as its first argument. */
  directed: Set<string>;
  /** Each file's inline link destinations, resolved (no URLs, no site-root paths, no fragments). */
  links: Map<string, string[]>;
}

const scans = new Map<string, BookScan>();

/** Read the books' files again (forgetFileReads). */
export function forgetBookScans(): void {
  scans.clear();
}

/** An inline link's destination (`](dest` or `](<dest>`): enough to see which folders a chapter links into. */
const linkDestination = /\]\([ \t]*<?([^\s)>]+)/g;

/** The book's Markdown below `source`, read once a book. */
export function bookScan(source: string): BookScan {
  let scan = scans.get(source);
  if (scan) return scan;
  scan = {names: new Set(), included: new Set(), directed: new Set(), links: new Map()};
  const {names, included, directed, links} = scan;
  eachBookFile(source, (path, text) => {
    for (const {name, path: argument} of directives(text)) {
      names.add(name);
      if (argument === undefined) continue;
      const target = resolve(dirname(path), argument);
      if (name === 'include' || name === 'rustdoc_include') included.add(target);
      directed.add(target);
    }
    const targets: string[] = [];
    for (const match of text.matchAll(linkDestination)) {
      const url = match[1]!;
      if (/^[a-z][a-z0-9+.-]*:|^[/#]/i.test(url)) continue;
      const target = decodedPath(url.replace(/[?#].*$/, ''));
      if (target !== '') targets.push(resolve(dirname(path), target));
    }
    links.set(path, targets);
  });
  scans.set(source, scan);
  return scan;
}

/** The directive names the book's Markdown (below `source`) writes. */
export function bookDirectives(source: string): Set<string> {
  return bookScan(source).names;
}
