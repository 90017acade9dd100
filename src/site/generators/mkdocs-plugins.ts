/**
 * MkDocs plugins that change which files are pages or which URLs answer, read from the merged
 * config (a plugin set in an `INHERIT`ed file counts as MkDocs merges it):
 * - mkdocs-redirects (`redirects: {redirect_maps: {old.md: new.md}}`): after the build it writes
 *   an HTML page at the old file's output path that sends the reader to the new page, fragment
 *   kept; only when the new one is a documentation page or an http(s) URL (mkdocs/mkdocs-redirects
 *   mkdocs_redirects/plugin.py @ d0e3d5223079204a1ce4f270be240d30c26bbae2: `on_post_build`,
 *   `get_html_path` is MkDocs' `File.dest_path`).
 * - mkdocs-exclude (`exclude: {glob: [...], regex: [...]}`): drops the files whose path below
 *   docs_dir matches a glob (Python `fnmatch.fnmatchcase`: `*` matches `/` too) or a regular
 *   expression (`re.match`, anchored at the start only) from the build (apenwarr/mkdocs-exclude
 *   mkdocs_exclude/plugin.py @ fdd67d2685ff706de126e99daeaaaf3f6f7cf3ae).
 */

// No import of common.js: that module sits in the generators' import cycle, and this one stays a leaf.
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A plugin's settings when `plugins` turns it on, under any of its names: a list of names and
 * one-key mappings (`- blog`, `- blog: {…}`) or one mapping (`plugins: {blog: {…}}`); `{}` when it
 * has none, undefined when it is off.
 */
export function pluginSettings(config: Record<string, unknown>, names: readonly string[]): Record<string, unknown> | undefined {
  const plugins = config.plugins;
  const entries: [string, unknown][] = Array.isArray(plugins)
    ? plugins.flatMap((plugin): [string, unknown][] => (typeof plugin === 'string' ? [[plugin, {}]] : isObject(plugin) ? Object.entries(plugin) : []))
    : isObject(plugins) ? Object.entries(plugins) : [];
  const found = entries.find(([name]) => names.includes(name));
  if (!found) return undefined;
  const settings = found[1];
  if (isObject(settings) && settings.enabled === false) return undefined;
  return isObject(settings) ? settings : {};
}

/** MkDocs' Markdown extensions (`utils.markdown_extensions`): only such files are documentation pages. */
export const markdownExtension = /\.(md|markdown|mdown|mkdn|mkd)$/i;

/**
 * The output path MkDocs gives a source path below docs_dir (`File.dest_path`): `a/b.md` is
 * `a/b/index.html` with directory URLs (`a/b.html` without), `index.md` and `README.md` are their
 * folder's `index.html`; other files keep their path.
 */
export function outputPath(source: string, directoryUrls: boolean): string {
  const match = markdownExtension.exec(source);
  if (!match) return source;
  const slash = source.lastIndexOf('/');
  const parent = source.slice(0, slash + 1);
  const stem = source.slice(slash + 1, match.index);
  const name = stem === 'README' ? 'index' : stem;
  return !directoryUrls || name === 'index' ? `${parent}${name}.html` : `${parent}${name}/index.html`;
}

/** One redirect page mkdocs-redirects writes: the old source path, and where it sends the reader. */
export interface RedirectPage {
  from: string;
  /** The new page's source path below docs_dir (its fragment apart), or an http(s) URL. */
  to: string;
  external: boolean;
}

/**
 * The redirect pages of `redirect_maps`, by output path. A destination that is neither an http(s)
 * URL nor a documentation page gets no page (the plugin warns and goes on): `isPage` says.
 */
export function redirectPages(config: Record<string, unknown>, directoryUrls: boolean, isPage: (source: string) => boolean): Map<string, RedirectPage> {
  const pages = new Map<string, RedirectPage>();
  const maps = pluginSettings(config, ['redirects'])?.redirect_maps;
  if (!isObject(maps)) return pages;
  for (const [from, destination] of Object.entries(maps)) {
    if (typeof destination !== 'string' || from === '') continue;
    const to = destination.split('#')[0]!;
    const external = /^https?:\/\//i.test(destination);
    if (!external && !isPage(to)) continue;
    pages.set(outputPath(from.replace(/^\/+/, ''), directoryUrls), {from, to: external ? destination : to, external});
  }
  return pages;
}

/** The output paths a URL path below the site root may be served from: `a/b/` and `a/b` are `a/b/index.html`. */
export function servedPaths(path: string): string[] {
  const clean = path.replace(/^\/+/, '');
  if (clean === '' || clean.endsWith('/')) return [`${clean}index.html`];
  return /\.[A-Za-z\d]+$/.test(clean) ? [clean] : [clean, `${clean}/index.html`];
}

/** Python `fnmatch.translate`: `*` anything (`/` too), `?` one character, `[…]` and `[!…]` sets; the whole path. */
function fnmatchPattern(glob: string): RegExp | undefined {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]!;
    if (char === '*') out += '.*';
    else if (char === '?') out += '.';
    else if (char === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end === -1) out += '\\[';
      else {
        const body = glob.slice(i + 1, end).replace(/\\/g, '\\\\');
        out += body.startsWith('!') ? `[^${body.slice(1)}]` : `[${body.replace(/^\^/, '\\^')}]`;
        i = end;
      }
    } else out += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  try {
    return new RegExp(`^(?:${out})$`, 's');
  } catch {
    return undefined;
  }
}

function strings(value: unknown): string[] {
  return typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** A test for the files mkdocs-exclude leaves out of the build (path below docs_dir, `/`-separated), or undefined without the plugin. */
export function excludePlugin(config: Record<string, unknown>): ((source: string) => boolean) | undefined {
  const settings = pluginSettings(config, ['exclude']);
  if (!settings) return undefined;
  const patterns = [
    ...strings(settings.glob).map(fnmatchPattern),
    ...strings(settings.regex).map((source) => {
      try {
        // `re.match`: anchored at the start, not at the end.
        return new RegExp(`^(?:${source})`);
      } catch {
        return undefined;
      }
    }),
  ].filter((pattern): pattern is RegExp => pattern !== undefined);
  return patterns.length > 0 ? (source) => patterns.some((pattern) => pattern.test(source)) : undefined;
}
