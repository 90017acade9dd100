/**
 * Hugo permalink patterns (`permalinks: {blog: "/:section/:year/:month/:slug/"}`, or the same
 * under `permalinks.page`), as gohugo.io content-management/urls describes them and
 * resources/page/permalinks.go expands them. A regular page of the section is served at the
 * pattern with its tokens filled in from the page; the browser reads a relative image in a
 * non-bundle page from that URL, so `../../../../img/x.png` in `/blog/2021/01/hello/` is `/img/x.png`.
 *
 * Only tokens whose value postlint reads exactly are expanded: the date parts written in the
 * front matter as text (in the date's own offset, as Hugo keeps it), the section path, the file
 * name, and the slug or title through Hugo's path sanitising. Any other token, a date that is no
 * text, or a pattern that does not end in `/` gives no URL ("only the build knows").
 */
import {basename, dirname} from 'node:path';
import {get, isObject} from './common.js';
import type {SiteInfo} from './types.js';

/** The permalink pattern for regular pages of a top-level section, if the site sets one. */
export function permalinkPattern(site: SiteInfo, section: string): unknown {
  const table = get(site.config, 'permalinks');
  if (!isObject(table)) return undefined;
  const page = get(table, 'page');
  return (isObject(page) ? get(page, section) : undefined) ?? get(table, section);
}

interface PageParts {
  /** Content path below the content root, `/` separated (`blog/2021-01-06-update.md`). */
  rel: string;
  data: Record<string, unknown>;
}

/** The front matter's date as written (`2021-01-06 12:30:00+00:00`): year, month, day in its own offset. */
function dateParts(data: Record<string, unknown>): [string, string, string] | undefined {
  // Hugo's default front-matter date order: date, then publishDate and its aliases.
  for (const key of ['date', 'publishDate', 'pubdate', 'published']) {
    const value = get(data, key);
    if (value === undefined) continue;
    const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value.trim()) : null;
    return match ? [match[1]!, match[2]!, match[3]!] : undefined;
  }
  return undefined;
}

function token(name: string, parts: PageParts): string | undefined {
  const folders = dirname(parts.rel) === '.' ? [] : dirname(parts.rel).split('/');
  const own = basename(parts.rel).replace(/\.(md|markdown)$/i, '').replace(/\.[a-z]{2,3}(?:-[a-z]+)?$/i, '');
  // A bundle (`tinypilot/index.md`) is named by its folder: `:filename`, `:contentbasename` and
  // their slug forms give `tinypilot` (permalinks.go pageToPermalinkFilename; paths.Path
  // BaseNameNoIdentifier "for bundles … the containing directory's name"), urlized.
  const bundle = own === 'index' || own === '_index';
  const named = bundle ? folders.at(-1) : own;
  const file = named === undefined ? undefined : sanitized(named);
  const slug = typeof parts.data.slug === 'string' && parts.data.slug.trim() !== '' ? sanitized(parts.data.slug) : undefined;
  const title = typeof get(parts.data, 'title') === 'string' ? sanitized(get(parts.data, 'title') as string) : undefined;
  const date = dateParts(parts.data);
  switch (name) {
    case 'year': return date?.[0];
    case 'month': return date?.[1];
    case 'day': return date?.[2];
    case 'section': return folders[0];
    // A leaf bundle's folder is the page, not a section: its sections are those above it.
    case 'sections': {
      const sections = own === 'index' ? folders.slice(0, -1) : folders;
      return sections.length > 0 ? sections.join('/') : undefined;
    }
    case 'filename':
    case 'contentbasename': return file;
    case 'slugorfilename':
    case 'slugorcontentbasename': return slug ?? file;
    case 'slug': return slug ?? title;
    case 'title': return title;
    default: return undefined;
  }
}

/**
 * The URL a regular page gets from a permalink pattern; undefined when a token is not one postlint
 * reads exactly. `lower`: Hugo lowercases the path unless `disablePathToLower`.
 * A pattern whose last part has no extension is a folder all the same: Hugo writes the page as its
 * `index.html` and links it with a slash (resources/page/page_paths.go, CreateTargetPaths), after
 * dropping the characters its path sanitizer does not keep (helpers/path.go, UnicodeSanitize).
 */
export function permalinkUrl(pattern: string, rel: string, data: Record<string, unknown>, lower: boolean): string | undefined {
  if (!pattern.endsWith('/')) {
    if (/\.[^/]*$/.test(pattern)) return undefined;
    pattern = `${pattern}/`;
  }
  const parts = {rel, data};
  let unknown = false;
  const url = pattern.replace(/:(\w+)(\[[^\]]*\])?/g, (_whole, name: string, slice: string | undefined) => {
    const value = slice ? undefined : token(name, parts);
    if (value === undefined || value === '') unknown = true;
    return value ?? '';
  });
  if (unknown) return undefined;
  const path = `/${sanitized(url).replace(/^\/+/, '').replace(/\/{2,}/g, '/')}`;
  return lower ? path.toLowerCase() : path;
}

/**
 * Hugo's UnicodeSanitize (helpers/path.go, isAllowedPathCharacter), the one path cleaning of file
 * names, slugs, titles and whole paths: letters, digits, marks and `./\\_#+~-@` stay, an escape
 * `%xx` stays, a run of spaces is one `-` (none at the ends), the rest goes.
 */
function sanitized(path: string): string {
  return path.trim().replace(/\s+/g, '-').replace(/%(?![0-9A-Fa-f]{2})|[^\p{L}\p{N}\p{M}./\\_#+~@%-]/gu, '');
}
