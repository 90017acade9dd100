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
 * Generator syntaxes: a Hugo ref/relref or Jekyll {% link %}/{% post_url %} that names no page
 * (the build fails on it); Hugo figure src. Left alone (unverifiable): URLs with a scheme, protocol-relative URLs, template code, site-root
 * page URLs (`/posts/hello/`, `/about.html`) that match no file, since the generator's permalinks
 * make them; in a Hugo site with a link render hook, local links that match no page or resource
 * (the hook rewrites them); ALL_CAPS_TOKEN targets a build script fills in.
 *
 * Fails:
 *   ![Cover](images/Cover.png)      (the file is images/cover.png)
 * Passes:
 *   ![Cover](images/cover.png)
 */
import {relative, sep} from 'node:path';
import type {SiteFix} from '../src/fix.js';
import {defineRule, option} from '../src/rule-kit.js';
const imageExtension = /\.(png|jpe?g|gif|svg|webp|avif|ico)$/i;
const checkedKinds = new Set(['link', 'image', 'definition', 'html', 'shortcode', 'autolink']);

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

export default defineRule({
  meta: {
    id: 'no-missing-files',
    description: 'Relative links and images to files that do not exist (or exist only with different letter case)',
    severity: 'error',
    messages: {
      failsBuild: '{{what}} target "{{url}}" names no page of the site; the generator stops the build on it ({{why}}); fix the path or add the page',
      missing: '{{what}} target "{{written}}" does not exist (no file {{where}}); fix the path or add the file',
      caseDiffers: '{{what}} target "{{written}}" exists only with different letter case, as {{real}}; this works on macOS and Windows but breaks on a Linux server, so match the case',
      noIndex: '{{what}} target "{{written}}" is a folder with no index file (index.md, _index.md, README.md or index.html); link to a file in it',
      unverifiable: '{{what}} target "{{written}}" cannot be checked: {{reason}}',
    },
    options: {
      staticRoots: option.strings([]),
      showUnverifiable: option.boolean(false, 'Report links whose target only the generator knows (permalinks, render hooks) as warnings with data.unverifiable.'),
    },
    fixable: 'a path whose letter case differs from the file\'s',
  },
  site({index, targets, options, report, settings}) {
    const show = (path: string): string => relative(settings.cwd, path) || path;
    for (const path of targets) {
      const site = index.site(path);
      for (const {link, written, siteRoot, resolution} of index.resolved(path)) {
        if (!checkedKinds.has(link.kind)) continue;
        // Generator syntaxes that name pages (`ref`, `{% link %}`) are reported here only when they stop the build.
        const at = {file: path, place: link, details: {url: link.url}};
        // Raw HTML facts do not say href or src; the extension tells an <img> apart well enough for wording.
        const what = link.kind === 'image' || link.syntax === 'figure' || (link.kind === 'html' && imageExtension.test(written)) ? 'Image' : 'Link';
        // Only links written as paths get a case fix; a generator syntax is left to its writer.
        const fix = resolution.status === 'case' && link.kind !== 'shortcode' ? caseFix(link.url, resolution.real) : undefined;
        if (resolution.status === 'missing') {
          if (resolution.failsBuild) {
            report({...at, messageId: 'failsBuild', data: {what, url: link.url, why: link.syntax === 'ref' ? 'Hugo: REF_NOT_FOUND' : `${link.syntax ?? 'link'} tag`}});
          } else {
            // Static roots read best relative to the site ("static/, assets/ or content/").
            const roots = resolution.roots ?? [];
            const named = roots.map((root) => (site ? (relative(site.root, root) ? `${relative(site.root, root)}/` : 'the site root') : `${show(root)}/`));
            const where = siteRoot && named.length > 0 ? `under ${named.length > 1 ? `${named.slice(0, -1).join(', ')} or ${named.at(-1)}` : named[0]}` : `at ${show(resolution.path)}`;
            report({...at, messageId: 'missing', data: {what, written, where}});
          }
        } else if (resolution.status === 'case') {
          report({...at, messageId: 'caseDiffers', data: {what, written, real: show(resolution.real)}, ...(fix ? {fix} : {})});
        } else if (resolution.status === 'no-index') {
          report({...at, messageId: 'noIndex', data: {what, written}});
        } else if (resolution.status === 'unverifiable' && options(path)?.showUnverifiable) {
          // The generator makes this URL (permalinks, a link render hook): postlint cannot tell, so it never says "broken".
          report({...at, messageId: 'unverifiable', data: {what, written, reason: resolution.reason}, severity: 'warn', details: {url: link.url, unverifiable: true, reason: resolution.reason}});
        }
      }
    }
  },
});
