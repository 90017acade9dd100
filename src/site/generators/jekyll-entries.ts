/**
 * Which files Jekyll reads from its source folder: its EntryFilter, applied folder by folder from
 * the source down (jekyll/jekyll lib/jekyll/entry_filter.rb and lib/jekyll/configuration.rb,
 * Jekyll 4.3 and 4.4):
 * - `exclude` (the config's list plus Jekyll's DEFAULT_EXCLUDES, always added) less `include`
 *   leaves an entry out when a pattern, joined to the source, matches the entry's path from the
 *   source with Ruby's `File.fnmatch` (no flags: `*` and `?` also match `/`, no `{a,b}`), or is a
 *   string prefix of it (`vendor` leaves out `vendor-notes.md` too), or is the folder itself
 *   written with a trailing `/`;
 * - an entry `include` names (by its own name, matched from the source) is read even when it is
 *   special: a name starting with `.`, `_`, `#` or `~`, or a backup ending in `~`, is left out
 *   otherwise. `_posts/`, `_drafts/` and collection folders are read by their own readers.
 */
import type {SiteInfo} from './types.js';

/** Jekyll's DEFAULT_EXCLUDES, appended to every site's `exclude`. */
export const defaultExcludes = ['.sass-cache', '.jekyll-cache', 'gemfiles', 'Gemfile', 'Gemfile.lock', 'node_modules', 'vendor/bundle/', 'vendor/cache/', 'vendor/gems/', 'vendor/ruby/'];
/** Jekyll's default `include` (replaced by the site's own list). */
const defaultIncludes = ['.htaccess'];
const specialLeading = new Set(['.', '_', '#', '~']);

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;
}

/** Ruby's `File.fnmatch(pattern, path)` with no flags, as a regular expression. */
export function fnmatch(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '*') source += '.*';
    else if (char === '?') source += '.';
    else if (char === '\\' && i + 1 < pattern.length) source += escape(pattern[++i]!);
    else if (char === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close === -1) {
        source += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, close);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      source += `[${negated ? '^' : ''}${body.replace(/[\\\]]/g, '\\$&')}]`;
      i = close;
    } else source += escape(char);
  }
  try {
    return new RegExp(`^${source}$`, 's');
  } catch {
    // A class JavaScript rejects (`[z-a]`): Ruby's fnmatch matches nothing with it.
    return /(?!)/;
  }
}

function escape(char: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(char) ? `\\${char}` : char;
}

/** Jekyll's `glob_include?`: does any pattern match the entry (a path from the source, `/`-separated)? */
function matches(patterns: readonly string[], entry: string, folder: boolean): string | undefined {
  const path = `/${entry}`;
  for (const pattern of patterns) {
    // PathManager.join(source, pattern): File.join drops a doubled slash.
    const joined = `/${pattern.replace(/^\/+/, '')}`;
    if (fnmatch(joined).test(path) || path.startsWith(joined) || (folder && joined === `${path}/`)) return pattern;
  }
  return undefined;
}

/**
 * Why Jekyll does not read this file, given its path from the source folder (`/`-separated) and
 * the folders read by their own readers (`_posts`, `_drafts`, collections); undefined when it does.
 */
export function jekyllLeavesOut(rel: string, site: SiteInfo, ownReaders: ReadonlySet<string>): string | undefined {
  const include = strings(site.config.include) ?? defaultIncludes;
  const exclude = [...new Set([...(strings(site.config.exclude) ?? []), ...defaultExcludes])].filter((pattern) => !include.includes(pattern));
  const parts = rel.split('/');
  for (let i = 0; i < parts.length; i++) {
    const name = parts[i]!;
    const folder = i < parts.length - 1;
    const included = matches(include, name, folder) !== undefined;
    const excludedBy = matches(exclude, parts.slice(0, i + 1).join('/'), folder);
    if (excludedBy !== undefined && !included) return `the site's exclude list leaves it out ("${excludedBy}")`;
    if (included || (folder && ownReaders.has(name))) continue;
    if (specialLeading.has(name[0]!)) return `Jekyll does not read ${folder ? 'folders' : 'files'} whose name starts with "${name[0]}" (${name})`;
    if (name.endsWith('~')) return `Jekyll does not read backup files (${name})`;
  }
  return undefined;
}

/**
 * `collections_dir`: the folder (below the source) that holds every collection's `_name/` folder,
 * `_posts/` and `_drafts/` too; '' when unset. Jekyll then reads posts and drafts only below it
 * (Reader#outside_configured_directory?) and a document's relative path, for `:path` and a
 * post's categories, starts below it (Document#relative_path strips `collections_path`).
 */
export function collectionsDir(site: SiteInfo): string {
  const value = site.config.collections_dir;
  return typeof value === 'string' ? value.replace(/^\.?\/+|\/+$/g, '') : '';
}

/** A path from the source (`/`-separated) as the collection readers see it: below `collections_dir`; undefined outside it. */
export function belowCollections(rel: string, site: SiteInfo): string | undefined {
  const dir = collectionsDir(site);
  if (dir === '') return rel;
  return rel.startsWith(`${dir}/`) ? rel.slice(dir.length + 1) : undefined;
}
