/**
 * # no-missing-files
 *
 * Default: **error**. Relative links and images — Markdown, reference definitions, raw HTML
 * `href`/`src` of real tags (markup shown as escaped text in a `<pre>` listing, `&lt;a
 * href=&quot;x&quot;&gt;`, is text on the page, no link) — to files that do not exist. A link to a folder resolves to its index file
 * (`index.md`, `_index.md`, `README.md`, `index.html`); a folder without one is reported.
 * Site-root paths (`/images/x.png`) resolve against the static roots. A path that exists only with
 * different letter case is a **portability warning** (a warning whatever the rule's level, with
 * `data.caseOnly: true`) naming the real name, not a missing file: the generator copies the file
 * as it is named, and whether `/x/008.png` finds `008.PNG` is the host's call. Most hosts match
 * names case-sensitively — GitHub Pages, Amazon S3 (object keys), any Linux server — and
 * answer 404 there (a site deployed to Netlify, which is reported to ignore case, is left unverifiable); macOS and Windows file systems, and so local previews, find it. The link works
 * where it was tried and breaks when the site moves, so it is reported (matching the case is free),
 * but below the level of a link that breaks everywhere. So is an mdBook site-root link to a chapter
 * written without its `.html` (`/security/policy` for `src/security/policy.md`): mdBook rewrites no
 * site-root link and writes the page as `/security/policy.html`; GitHub Pages, Netlify and Cloudflare
 * Pages serve `policy.html` for `policy`, while `mdbook serve` (tower-http's ServeDir, no extension
 * fallback) and a plain static server answer 404. The warning (`data.extensionless: true`) names the
 * `.html` URL and the `.md` file to link instead; `/guide/index` is `src/guide/README.md`'s page so, and
 * `/guide/README` is no page (mdBook writes no `README.html`): missing. A link naming a page's URL in other letter case
 * (`/Guides/Intro/` for `/guides/intro/`) is the same warning, naming that URL (Docusaurus, whose router
 * matches routes without regard to case, leaves it unverifiable). Percent-encoded paths are decoded (`team%20photo.png`); queries and fragments are
 * ignored (fragments are `no-broken-anchors`' business). The generator's own links are checked
 * too: a Hugo `ref`/`relref`, a Jekyll `{% link %}` or `{% post_url %}` that names no page is
 * reported (the generator stops its build on it), and a Hugo `figure` `src` is a file link. An
 * absolute URL in stray brackets (`href="<https://…>"`, `[x](<(https://…)>)`) is reported as a
 * malformed URL, not as a missing file. In a file the site never builds that GitHub shows (a README
 * beside the docs, CONTRIBUTING) a link is read as GitHub reads it, from the file's folder (`/`: the
 * repository's top), and a missing one names the path GitHub looks at (`no file at docs/x.md`), not
 * a candidate of the site's own reading (a Hugo `static/` path); an issue or pull-request template's relative links resolve against the issue's
 * address, not the repository, and are unverifiable. The
 * `staticRoots` option is the site's for every link rule. How each generator resolves links:
 * [Site generators](../generators.md).
 *
 * **Fixable** (`--fix`): a path that differs from the file's only in letter case is rewritten with the real case ([fixing](../fixing.md)).
 *
 * ```md
 * ![Wrong case](/images/Logo.png) and [a post](no-such-post.md)
 * ```
 *
 * ```
 * 6:37  warning  Image target "/images/Logo.png" exists only with different letter case, as static/images/logo.png; hosts that match names case-sensitively (GitHub Pages, S3, a Linux server) answer 404, so match the case  no-missing-files
 * 7:32  error  Link target "no-such-post.md" does not exist (no file at content/posts/no-such-post.md); fix the path or add the file  no-missing-files
 * ```
 *
 * | option | default | meaning |
 * | --- | --- | --- |
 * | `staticRoots` | by generator | folders, relative to the site root, where site-root paths are looked for. Hugo: `static/`, `assets/` and the content folder (or the site's `staticDir`, `assetDir`, `contentDir`, and the default language's own `contentDir`); Jekyll and others: the site root; MkDocs: its `docs_dir`; Docusaurus: `static/`; VitePress: `public/` and the source folder (`srcDir`) |
 * | `showUnverifiable` | `false` | report links whose target the generator makes as warnings (`data.unverifiable: true`) |
 *
 * Without a detected site, site-root paths are checked against the config's `root`, and not at all
 * when there is none. Left alone: URLs with a scheme, protocol-relative URLs, template code
 * (`{{ site.baseurl }}/…`, `{% link … %}`), a template token (`{@githubUrl@}/issues`, `%release%`)
 * on a site whose build runs Markdown plugins of its own, which may replace it (said once per site;
 * on a site with none it is a missing file: docs/generators.md), site-root page URLs and feeds that match no file
 * (`/tags/`, `/2024/01/`, `/index.xml`: the generator's permalinks make those), and relative
 * `.html` links with no file behind them (pages a generator writes), unless a Markdown file of
 * that name exists. Links of one shape that mostly fail in a site (at least 10, three quarters of that shape,
 * 3 different targets: `../docs/x.md` from every page) are postlint's model of the site being
 * wrong, not the links: they are unverifiable, said once for the run (the model guard; see the
 * README's Site generators). A site served below a path (Hugo `baseURL`, Jekyll `baseurl` such as
 * `https://example.org/blog/`, Astro `base`) may write `/blog/images/x.png`; the prefix is taken off.
 * Astro serves nothing outside its `base` and leaves links as written, so there a site-root link
 * without the base that names a page or public file below it is reported, naming the URL that
 * works (unverifiable when a Markdown plugin of the config may add the base). A missing
 * `.css` whose `.scss` or `.sass` source exists is a stylesheet the generator compiles. Also left
 * alone: a link to a folder without an index file from a file no site builds (a README beside the
 * docs folder, or outside any site), which GitHub renders and where a folder is its listing; a reference definition nothing uses (`[build-script]: ../build` with no `[text][build-script]`
 * or `[build-script]` in the file renders nothing); a used one is reported at the definition.
 *
 * Links written relative to the page's URL rather than its file are resolved as the generator
 * serves the page: Hugo pages (`posts/a.md` is `/posts/a/`), Jekyll pretty permalinks
 * (`/:collection/:path/`, so `../ubuntu/` from `_docs/installation/other-linux.md` is
 * `_docs/installation/ubuntu.md`; a file, in Markdown or raw HTML, from a page's `permalink:`, so
 * `images/x.svg` in `pages/a.md` at `/a.html` is `/images/x.svg`) and MkDocs with `use_directory_urls` (its default:
 * `docs/guide/a.md` is `/guide/a/`, so a page link `../b/` and raw HTML `<img src="../../img/x.png">`,
 * which MkDocs does not rewrite, resolve from there; MkDocs also reads `b.md/` as `b.md`). A link
 * without an extension to a name that is both a page and a folder without an index (`./team` next to
 * `team.md` and `team/`) is the page. A VitePress site (`.vitepress/config.*`, its `srcDir` read as
 * text) serves every page at its file's path, so a site-root page URL that matches no file is
 * missing there (unless the config `rewrites` URLs); `public/` is served at the root, and a link
 * whose last segment has a dot but no asset extension VitePress knows (`/api/dex.sell`) is the page
 * `api/dex.sell.md`, as its `treatAsHtml` takes it (1.0.0-rc.35 and later; earlier, unverifiable);
 * a relative link VitePress leaves for the browser (a Markdown link to a file, `<a href="./d3.js">`:
 * not an image) that names no file beside the page is read from the page's URL, through `public/`.
 * A file that is a symbolic link to nothing is missing unless its target is git-ignored or installed
 * (`dist/`, `node_modules/`), and a file a build command copies into a served folder is unverifiable. Docusaurus
 * resolves a Markdown file link from the file's folder, then from the docs folder (`api/Store.md`
 * from any doc; before 2.0.0-beta.19 also a `../` one, `../../docs/x.md` from a version's folder,
 * unverifiable when the site's version is unknown), and serves a doc at its folder plus its front-matter `slug` or `id` or its file
 * name, so `../reducing-boilerplate` finds the doc with `id: reducing-boilerplate` there. Hugo
 * module mounts are followed for page links and files: a language whose pages fall back on another
 * language's folder (`content/en` mounted for `fr` too), and single files mounted into the content
 * tree (`source: ../README.md`, `target: content/project/README.md`). A site-root link to a file a
 * home output format writes (`/llms.txt` with `outputs.home: [HTML, LLMS]`) is left alone, and so
 * are page URLs and site-root links in Markdown files outside every Hugo content root (test
 * goldens, templates), which Hugo does not serve as pages. Raw HTML that Hugo's Goldmark omits
 * (`<!-- raw HTML omitted -->`, unless `markup.goldmark.renderer.unsafe`) has no links to check. Slugs with dots (`/blog/2024/02/01/2.0.1`) are page URLs.
 * A Docusaurus docs folder beside `website/` (`path: '../docs'` in `docusaurus.config.js`, read as
 * text) belongs to that site; a Hugo config directory (`config/_default/`) makes a Hugo site.
 *
 * **Unverifiable** (quiet; `showUnverifiable: true` reports them as warnings with
 * `data.unverifiable: true`): site-root page URLs that match no file; in a Hugo site with a link
 * render hook that rewrites destinations, local Markdown links (and images, with such an image hook) that match no page (from the
 * page's folder or a content root) or asset (raw HTML `src`/`href`
 * passes through no hook and is checked) (Hugo's docs turn `[term](g)` into a glossary link). postlint
 * reads the hook's template: one that writes `.Destination` as it is (or through `safeURL`) is read as
 * no hook, one that looks it up as a resource or page first (Hugo's embedded hooks) and otherwise keeps it
 * reports what neither finds, and `relURL`/`absURL` read a relative path from the site root; link targets
 * that are an `ALL_CAPS_TOKEN`, which a build script fills in; paths through a bundler alias
 * (`@theme/styles/x.css`, `~/x`), which only the bundler's config resolves; site-root paths the checkout
 * lacks where the build runs code that may write files into the site (an MkDocs hook defining
 * `on_pre_build`, `on_files` or `on_post_build`) or a GitHub workflow publishes it onto a host other deploys fill
 * (peaceiris/actions-gh-pages into a `destination_dir`, or with `keep_files`), or on a GitHub Pages user site
 * (`<owner>.github.io`, whose host serves the owner's other repositories at `/<repository>/`) under a first
 * folder the site neither has nor builds: said once per site; site-root
 * paths a build script may copy into the site's output folder (`cp -rf landing/dist/* docs/.vitepress/dist`
 * in a package.json script of the site or a workspace root above it; a copy of named files brings only those names).
 *
 * ## Examples
 *
 * Fails (the file is `images/cover.png`):
 *
 * ```md example
 * ![Cover](images/Cover.png)
 *
 * ![Diagram](images/diagram.png)
 * ```
 *
 * ```text example file=images/cover.png
 * (an image)
 * ```
 *
 * ```text output
 * 1:1  warning  Image target "images/Cover.png" exists only with different letter case, as images/cover.png; hosts that match names case-sensitively (GitHub Pages, S3, a Linux server) answer 404, so match the case  no-missing-files
 * 3:1  error  Image target "images/diagram.png" does not exist (no file at images/diagram.png); fix the path or add the file  no-missing-files
 * ```
 *
 * Passes:
 *
 * ```md example
 * ![Cover](images/cover.png)
 * ```
 *
 * ```text example file=images/cover.png
 * (an image)
 * ```
 *
 * ```text output
 * no findings
 * ```
 */
import {dirname, relative, sep} from 'node:path';
import type {SiteFix} from '../src/fix.js';
import {defineRule, option} from '../src/rule-kit.js';
import {toPosix} from '../src/paths.js';
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

/** An absolute URL wrapped in brackets or quotes (`<https://x>`, `(https://x)`): leading wrapper, URL, trailing wrapper. */
const wrappedUrl = /^([<(\[{"'`]+)\s*([a-z][a-z\d+.-]*:\/\/[^\s]*?)\s*([>)\]}"'`]*)$/i;

export default defineRule({
  meta: {
    id: 'no-missing-files',
    // A draft may be unfinished: no-drafts reports it, no-unpublished-links the links into it.
    leavesDraftsAlone: true,
    description: 'Relative links and images to files that do not exist (a warning when they exist only with different letter case)',
    severity: 'error',
    messages: {
      failsBuild: '{{what}} target "{{url}}" names no page of the site; the generator stops the build on it ({{why}}); fix the path or add the page',
      missing: '{{what}} target "{{written}}" does not exist (no file {{where}}); fix the path or add the file',
      outsideBase: '{{what}} target "{{written}}" is outside the site\'s base path {{base}} ({{config}}): the build serves nothing there and leaves links as written; write "{{served}}"',
      notServed: '{{what}} target "{{written}}" names {{file}}, which the built site does not serve at that URL ({{why}}); {{fix}}',
      extensionless: '{{what}} target "{{written}}" names the page of {{page}} without its extension: the generator writes it as {{url}}, which hosts that serve x.html for x (GitHub Pages, Netlify) find, and the generator\'s own preview server or a plain static server answer with 404; write "{{url}}" or link the file, "{{file}}"',
      caseDiffers: '{{what}} target "{{written}}" exists only with different letter case, as {{real}}; hosts that match names case-sensitively (GitHub Pages, S3, a Linux server) answer 404, so match the case',
      malformed: '{{what}} target "{{url}}" is a malformed URL: an absolute URL inside "{{around}}"; write the URL alone',
      noIndex: '{{what}} target "{{written}}" is a folder with no index file (index.md, _index.md, README.md or index.html); link to a file in it',
      unverifiable: '{{what}} target "{{written}}" cannot be checked: {{reason}}',
    },
    options: {
      staticRoots: option.strings([]),
      showUnverifiable: option.boolean(false, 'Report links whose target only the generator knows (permalinks, render hooks) as warnings with data.unverifiable.'),
    },
    fixable: 'a path whose letter case differs from the file\'s',
  },
  site({index, targets, options, report, settings, notice}) {
    // What a site-wide notice counts unless the resolution names it (template-token.ts counts its own).
    const siteRootCounted = {one: 'site-root link to a file the checkout lacks', many: 'site-root links to a file the checkout lacks'};
    const show = (path: string): string => relative(settings.cwd, path) || path;
    // Reasons that hold for a whole site (an MkDocs hook, a shared gh-pages host): said once per site.
    const siteWide = new Map<string, {site: string; reason: string; count: number; counted: {one: string; many: string}}>();
    for (const path of targets) {
      const site = index.site(path);
      for (const {link, written, siteRoot, resolution} of index.resolved(path)) {
        if (!checkedKinds.has(link.kind)) continue;
        // Generator syntaxes that name pages (`ref`, `{% link %}`) are reported here only when they stop the build.
        const at = {file: path, place: link, details: {url: link.url}};
        // Raw HTML facts do not say href or src; the extension tells an <img> apart well enough for wording.
        const what = link.kind === 'image' || link.syntax === 'figure' || (link.kind === 'html' && imageExtension.test(written)) ? 'Image' : 'Link';
        // Only links written as paths get a case fix; a generator syntax is left to its writer.
        // A page's URL in other case is fixed to that URL (its folders, no trailing `/`), a file's name to the name on disk.
        const fix = resolution.status === 'case' && link.kind !== 'shortcode' ? caseFix(link.url, resolution.url?.replace(/\/+$/, '') ?? resolution.real) : undefined;
        // `<https://…>` in an attribute or `<(https://…)>` as a destination: an absolute URL with stray brackets, not a local file.
        const wrapped = resolution.status === 'missing' ? wrappedUrl.exec(link.url.trim()) : null;
        if (wrapped) {
          report({...at, messageId: 'malformed', data: {what, url: link.url, around: `${wrapped[1]}…${wrapped[3]}`}});
        } else if (resolution.status === 'missing') {
          if (resolution.outsideBase) {
            report({...at, messageId: 'outsideBase', data: {what, written, ...resolution.outsideBase}});
          } else if (resolution.notServed) {
            const {file, why, served} = resolution.notServed;
            report({...at, messageId: 'notServed', data: {what, written, file, why, fix: served ? `link its URL, "${served}"` : 'link a page the site builds'}});
          } else if (resolution.extensionless) {
            // The page is there under its `.html` URL: whether the written form loads is the host's call, a portability warning like letter case.
            const {url, page} = resolution.extensionless;
            const file = toPosix(relative(dirname(path), page));
            report({...at, messageId: 'extensionless', data: {what, written, url, page: site ? toPosix(relative(site.root, page)) : show(page), file}, severity: 'warn', details: {url: link.url, extensionless: true}});
          } else if (resolution.failsBuild) {
            report({...at, messageId: 'failsBuild', data: {what, url: link.url, why: link.syntax === 'ref' ? 'Hugo: REF_NOT_FOUND' : `${link.syntax ?? 'link'} tag`}});
          } else {
            // Static roots read best relative to the site ("static/, assets/ or content/").
            const roots = resolution.roots ?? [];
            const named = roots.map((root) => (site ? (relative(site.root, root) ? `${relative(site.root, root)}/` : 'the site root') : `${show(root)}/`));
            // A page URL read from the page's own URL names that URL, not the path beside the file.
            const where = resolution.pageUrl ? `at URL ${resolution.pageUrl.looked}, read from this page's URL ${resolution.pageUrl.page}` : siteRoot && named.length > 0 ? `under ${named.length > 1 ? `${named.slice(0, -1).join(', ')} or ${named.at(-1)}` : named[0]}` : `at ${show(resolution.path)}`;
            report({...at, messageId: 'missing', data: {what, written, where}});
          }
        } else if (resolution.status === 'case') {
          // Not missing: whether it loads is the host's call (a portability warning; see the rule page).
          const real = resolution.url !== undefined ? `the URL of ${show(resolution.real)}, ${resolution.url}` : show(resolution.real);
          report({...at, messageId: 'caseDiffers', data: {what, written, real}, severity: 'warn', details: {url: link.url, caseOnly: true}, ...(fix ? {fix} : {})});
        } else if (resolution.status === 'no-index') {
          report({...at, messageId: 'noIndex', data: {what, written}});
        } else if (resolution.status === 'unverifiable') {
          if (resolution.siteWide && site) {
            const key = `${site.root}\0${resolution.reason}`;
            const entry = siteWide.get(key) ?? {site: site.root, reason: resolution.reason, count: 0, counted: resolution.counted ?? siteRootCounted};
            entry.count++;
            siteWide.set(key, entry);
          }
          // The generator makes this URL (permalinks, a link render hook): postlint cannot tell, so it never says "broken".
          if (options(path)?.showUnverifiable) report({...at, messageId: 'unverifiable', data: {what, written, reason: resolution.reason}, severity: 'warn', details: {url: link.url, unverifiable: true, reason: resolution.reason}});
        }
      }
    }
    for (const {site, reason, count, counted} of siteWide.values()) {
      notice?.({
        site,
        kind: 'links-unchecked',
        rule: 'no-missing-files',
        withheld: count,
        total: count,
        message: `${count} ${count === 1 ? counted.one : counted.many} left unreported: ${reason}`,
        hint: 'the rule\'s showUnverifiable option lists them',
      });
    }
  },
});
