/**
 * no-missing-files — links and images to local files that are not there.
 *
 * Default severity: error.
 * Options:
 *   staticRoots: string[]   folders, relative to the site root, where site-root paths
 *                           (`/images/x.png`) are looked for. Default by generator: Hugo
 *                           `static/`, `assets/` and the content folder (or the site's
 *                           staticDir/assetDir/contentDir); Jekyll and others the site root;
 *                           MkDocs its docs folder; Docusaurus `static/`. Without a detected
 *                           site, the config's `root` is the root; with neither, site-root paths are not checked.
 *   showUnverifiable: boolean  report links whose target the generator makes (see below) as
 *                           warnings with data.unverifiable (default false: quiet)
 *
 * Checks Markdown links and images, reference definitions, and raw HTML `href`/`src`. Links to a
 * folder resolve to its index file (index.md, _index.md, README.md, index.html). A path that
 * exists only with different letter case is an error naming the real name: it works on macOS
 * and Windows and breaks on a Linux server. Percent-encoded paths are decoded; queries and
 * fragments are ignored (fragments are no-broken-anchors' business).
 *
 * Left alone (unverifiable): URLs with a scheme, protocol-relative URLs, template code, site-root
 * page URLs (`/posts/hello/`, `/about.html`) that match no file, since the generator's permalinks
 * make them; in a Hugo site with a link render hook, local links that match no page or resource
 * (the hook rewrites them); ALL_CAPS_TOKEN targets a build script fills in.
 *
 * Fails:
 *   ![Cover](images/Cover.png)      (the file is images/cover.png)
 * Passes:
 *   ![Cover](images/cover.png)
 */
import {relative, resolve, sep} from 'node:path';
import type {SiteFix} from '../src/fix.js';
import type {RuleModule} from '../src/types.js';
import {docsUrl} from '../src/rule-kit.js';
import {localTarget, staticRoots} from '../src/site/files.js';

interface Options {
  staticRoots: string[];
  showUnverifiable: boolean;
}

const id = 'no-missing-files';
const imageExtension = /\.(png|jpe?g|gif|svg|webp|avif|ico)$/i;
const checkedKinds = new Set(['link', 'image', 'definition', 'html']);

/**
 * The path as written with each name in the real file's case: the written names after the last
 * `.` or `..` are the real path's last names. Nothing when the path is percent-encoded or the
 * names do not line up (then the writer decides).
 */
function caseFix(url: string, real: string): SiteFix | undefined {
  const written = url.trim().replace(/[?#].*$/, '');
  if (written.includes('%') || written.includes('\\')) return undefined;
  const names = written.split('/');
  const realNames = real.split(sep);
  const fixed = [...names];
  let r = realNames.length - 1;
  for (let i = names.length - 1; i >= 0; i--) {
    const name = names[i]!;
    if (name === '.' || name === '..') break;
    if (name === '') continue;
    const actual = realNames[r--];
    if (actual === undefined || actual.toLowerCase() !== name.toLowerCase()) return undefined;
    fixed[i] = actual;
  }
  const text = fixed.join('/');
  return text !== written ? {find: written, text} : undefined;
}

export default {
  meta: {
    id,
    description: 'Relative links and images to files that do not exist (or exist only with different letter case)',
    severity: 'error',
    defaults: {staticRoots: [], showUnverifiable: false},
    optionsSchema: {
      properties: {
        staticRoots: {type: 'array', items: {type: 'string'}},
        showUnverifiable: {type: 'boolean', description: 'Report links whose target only the generator knows (permalinks, render hooks) as warnings with data.unverifiable.'},
      },
      additionalProperties: false,
    },
    docs: docsUrl(id),
    fixable: 'a path whose letter case differs from the file\'s',
  },
  siteRule({index, targets, options, report, settings}) {
    // Without a detected site, site-root paths are checked only against a configured root.
    const fallbackRoot = settings.config.root ? resolve(settings.configDir, settings.config.root) : undefined;
    const show = (path: string): string => relative(settings.cwd, path) || path;
    for (const path of targets) {
      const roots = staticRoots(index.site(path), options(path)?.staticRoots, fallbackRoot);
      for (const link of index.facts(path)?.links ?? []) {
        if (!checkedKinds.has(link.kind)) continue;
        const target = localTarget(link.url);
        if (!target) continue;
        const hook = link.kind === 'image' ? 'image' : link.kind === 'link' || link.kind === 'definition' ? 'link' : undefined;
        const found = index.lookupFile(path, target, roots, hook);
        // Raw HTML facts do not say href or src; the extension tells an <img> apart well enough for wording.
        const what = link.kind === 'image' || (link.kind === 'html' && imageExtension.test(target.path)) ? 'Image' : 'Link';
        let message: string | undefined;
        if (found.status === 'missing') {
          const site = index.site(path);
          // Static roots read best relative to the site ("static/, assets/ or content/").
          const named = roots.map((root) => (site ? (relative(site.root, root) ? `${relative(site.root, root)}/` : 'the site root') : `${show(root)}/`));
          const where = target.siteRoot ? `under ${named.length > 1 ? `${named.slice(0, -1).join(', ')} or ${named.at(-1)}` : named[0]}` : `at ${show(found.path)}`;
          message = `${what} target "${target.path}" does not exist (no file ${where}); fix the path or add the file`;
        } else if (found.status === 'case') {
          message = `${what} target "${target.path}" exists only with different letter case, as ${show(found.real)}; this works on macOS and Windows but breaks on a Linux server, so match the case`;
        } else if (found.status === 'no-index') {
          message = `${what} target "${target.path}" is a folder with no index file (index.md, _index.md, README.md or index.html); link to a file in it`;
        }
        if (found.status === 'unchecked' && options(path)?.showUnverifiable) {
          // The generator makes this URL (permalinks, a link render hook): postlint cannot tell, so it never says "broken".
          report({file: path, message: `${what} target "${target.path}" cannot be checked: the site generator makes that URL, not a file postlint can see`, line: link.line, column: link.column, endLine: link.endLine, endColumn: link.endColumn, warnOnly: true, data: {url: link.url, unverifiable: true}});
        }
        const fix = found.status === 'case' ? caseFix(link.url, found.real) : undefined;
        if (message) report({file: path, message, line: link.line, column: link.column, endLine: link.endLine, endColumn: link.endColumn, data: {url: link.url}, ...(fix ? {fix} : {})});
      }
    }
  },
} satisfies RuleModule<Options>;
