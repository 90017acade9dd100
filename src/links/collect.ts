import type {FileFacts, LinkKind} from '../facts.js';
import type {Span} from '../types.js';
import {isExternal, normalizeUrl} from './normalize.js';
import type {LinkOptions} from './options.js';

/** One place a URL is written. */
export interface LinkOccurrence extends Span {
  file: string;
  kind: LinkKind;
  /** As written. */
  raw: string;
  /** Normalized, without fragment; undefined when the text is not a valid URL. */
  url?: string;
  fragment?: string;
}

/** Every http(s) URL of one file: links, images, definitions, autolinks, HTML href/src, front-matter fields. */
export function collectLinks(facts: FileFacts, frontMatterFields: string[]): LinkOccurrence[] {
  const found: LinkOccurrence[] = [];
  const file = facts.path;
  const add = (kind: LinkKind, raw: string, span: Span): void => {
    if (!isExternal(raw)) return;
    const normalized = normalizeUrl(raw);
    found.push({file, kind, raw, ...span, ...(normalized ? {url: normalized.url} : {}), ...(normalized?.fragment !== undefined ? {fragment: normalized.fragment} : {})});
  };
  for (const link of facts.links) {
    // The site's own pages written as absolute URLs are checked by the site index, not over the network.
    if (link.internal) continue;
    // Text in a site's own paired shortcode's body (a code sample) is no link a reader follows.
    if (link.inTagBody !== undefined) continue;
    // A link a Liquid capture's rewriting filter turns into others is no URL to request as written.
    if (link.inRewrittenCapture !== undefined) continue;
    const {url, kind, syntax: _syntax, internal: _internal, madeBy: _madeBy, inTagBody: _inTagBody, inRewrittenCapture: _inRewrittenCapture, ...span} = link;
    add(kind, url, span);
  }
  const frontMatter = facts.frontMatter;
  if (frontMatter) {
    for (const field of frontMatterFields) {
      const path = field.split('.');
      const span = frontMatter.keyLines[path[0]!] ?? frontMatter.start;
      for (const value of valuesAt(frontMatter.data, path)) add('frontmatter', value, {line: span.line, column: span.column});
    }
  }
  return found;
}

/** Excluded by links.exclude (tested on the normalized URL and on the URL as written). */
export function isExcluded(occurrence: Pick<LinkOccurrence, 'url' | 'raw'>, options: Pick<LinkOptions, 'exclude'>): boolean {
  return options.exclude.some((pattern) => (occurrence.url !== undefined && pattern.test(occurrence.url)) || pattern.test(occurrence.raw));
}

/** Strings at a dotted path, through lists: `images` gives each image, `cover.image` the nested one. */
function valuesAt(data: unknown, path: string[]): string[] {
  if (path.length === 0) {
    if (typeof data === 'string') return [data];
    if (Array.isArray(data)) return data.flatMap((item) => valuesAt(item, []));
    return [];
  }
  if (Array.isArray(data)) return data.flatMap((item) => valuesAt(item, path));
  if (data && typeof data === 'object') return valuesAt((data as Record<string, unknown>)[path[0]!], path.slice(1));
  return [];
}
