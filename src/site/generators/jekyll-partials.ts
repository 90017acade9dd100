/**
 * Jekyll's partials: Markdown files it renders only inside the pages that include them. Its
 * EntryFilter reads no file or folder whose name starts with `_` (or `.`, `#`, `~`) unless
 * `include:` names it (jekyll/jekyll lib/jekyll/entry_filter.rb `special?`), and the includes
 * folder (`includes_dir`, `_includes/`) holds templates, not pages. Such a file is rendered only
 * where a rendered file pulls it in: `{% include x %}` reads `_includes/x`, `{% include_relative x %}`
 * reads `x` beside the page being rendered (lib/jekyll/tags/include.rb: IncludeTag#resolved_includes_dir,
 * IncludeRelativeTag#page_path, which is the page's folder even when the tag is in a layout).
 *
 * postlint parses the Markdown files, and the site index follows their includes from the files
 * the site builds (a partial reached only through partials no page includes is never rendered).
 * This module reads the rest: the HTML pages, layouts and HTML includes postlint does not parse.
 * A partial one of them names is rendered (a Markdown page's computed includes are read here too,
 * as its literal ones are parsed). A computed name (`{% include_relative {{ path }} %}`)
 * reaches any partial, unless the same template assigns or captures the variable from a literal
 * start (`{% capture path %}assets/images/{{ icon }}{% endcapture %}`): then only files under it.
 */
import {dirname, relative, resolve} from 'node:path';
import {configFolder} from './common.js';
import type {JekyllSourceFiles} from './jekyll-pages.js';
import type {SiteInfo} from './types.js';
import {toPosix} from '../../paths.js';

/** One include tag of a template: what it names (a literal path, or the literal start of a computed one). */
export interface TemplatePull {
  relative: boolean;
  /** The literal path as written; undefined when computed. */
  path?: string;
  /** A computed path's literal start ('' when nothing is known of it). */
  start?: string;
}

// `include_cached` (jekyll-include-cache) reads its file as `include` does.
const includeTag = /(?<!\{)\{%-?\s*include(_relative|_cached)?\s+(?:"([^"]+)"|'([^']+)'|(\{\{[^}]*\}\}\S*|[^\s%]+))/g;

/** The include tags of a template's text. */
export function templatePulls(text: string): TemplatePull[] {
  const pulls: TemplatePull[] = [];
  for (const match of text.matchAll(includeTag)) {
    const written = (match[2] ?? match[3] ?? match[4]!).trim();
    const relative = match[1] === '_relative';
    if (!/\{\{|\{%/.test(written)) {
      pulls.push({relative, path: written});
      continue;
    }
    pulls.push({relative, start: literalStart(written, text)});
  }
  return pulls;
}

/** A computed path's literal start: its own text before the first tag, else that of the variable it names, as the template captures or assigns it. */
function literalStart(written: string, text: string): string {
  const own = written.slice(0, written.search(/\{\{|\{%/));
  if (own !== '') return own;
  const variable = /^\{\{-?\s*([\w-]+)\s*-?\}\}$/.exec(written)?.[1];
  if (variable === undefined) return '';
  const name = variable.replace(/[-]/g, '\\-');
  const captured = new RegExp(`\\{%-?\\s*capture\\s+${name}\\s*-?%\\}\\s*([^{]*)`).exec(text)?.[1];
  const assigned = new RegExp(`\\{%-?\\s*assign\\s+${name}\\s*=\\s*(?:"([^"{]*)|'([^'{]*))`).exec(text);
  // Two settings of the variable (a capture and an assign) may start differently: nothing is known then.
  if (captured !== undefined && assigned) return '';
  return (captured ?? assigned?.[1] ?? assigned?.[2] ?? '').trim();
}

/** Is the file Jekyll never renders by itself, and if so why: a `_`-named file or folder, or one of the includes folder. */
export function partialReason(rel: string, site: SiteInfo, leavesOut: string | undefined): string | undefined {
  const includes = configFolder(site.config, 'includes_dir', '_includes').replace(/^\.?\/+/, '');
  if (rel.startsWith(`${includes}/`)) return `it is in ${includes}/, which Jekyll renders only inside the pages that include a file`;
  // The config's `exclude:` list is a choice of the site's own, not a partial's name.
  if (leavesOut === undefined || !leavesOut.startsWith('Jekyll does not read')) return undefined;
  return `${leavesOut}, and renders it only inside the pages that include it`;
}

/**
 * Does a file postlint does not parse (an HTML page, a layout, an HTML include) pull in the
 * partial at `path`? `source` is the site's source folder.
 */
export function pulledByTemplates(path: string, site: SiteInfo, source: string, files: JekyllSourceFiles): boolean {
  const includes = resolve(source, configFolder(site.config, 'includes_dir', '_includes'));
  const rel = toPosix(relative(source, path));
  const fromIncludes = toPosix(relative(includes, path));
  const templates = new Set(files.templates);
  for (const file of [...files.templates, ...files.withHeader]) {
    if (!file.pulls) continue;
    const template = templates.has(file);
    for (const pull of file.pulls) {
      if (pull.path !== undefined) {
        if (!pull.relative && resolve(includes, pull.path) === path) return true;
        // In a layout or include, `include_relative` reads beside each page it renders: any folder.
        if (pull.relative && (template ? rel === pull.path || rel.endsWith(`/${pull.path}`) : resolve(dirname(file.path), pull.path) === path)) return true;
        continue;
      }
      const start = pull.start ?? '';
      if (!pull.relative) {
        if (!fromIncludes.startsWith('..') && fromIncludes.startsWith(start)) return true;
        continue;
      }
      const below = template ? rel : toPosix(relative(dirname(file.path), path));
      if (below.startsWith('..')) continue;
      if (start === '' || below.startsWith(start) || (template && below.includes(`/${start}`))) return true;
    }
  }
  return false;
}
