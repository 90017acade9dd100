/**
 * # no-broken-anchors
 *
 * Links whose `#fragment` matches no heading or id in the page they point at. Default: **error**.
 *
 * **Fixable** (`--fix`): a fragment with exactly one close id in the target page, or the same id in other letter case ([fixing](../fixing.md)).
 *
 * It checks every Markdown link, image and link definition with a fragment, raw HTML
 * `<a href="…#x">`, and Hugo `{{< ref "post.md#x" >}}` / `relref` shortcodes:
 *
 * - `#frag` against the same file;
 * - `other.md#frag`, `../dir/post.md#frag`, `dir/#frag` (which means `dir/index.md`, `dir/_index.md`
 *   or `dir/README.md`, so Hugo bundles and sections work) against that file. In a Hugo site, `ref`
 *   paths and site-root links (`/posts/bundle/#frag`) are also looked up under `content/`, and an
 *   extension-less relative link from a regular page is read the way Hugo serves that page
 *   (`posts/a.md` is `/posts/a/`, so `../b/#x` there means `posts/b`, `./#x` the page itself and
 *   `../#x` the section `posts/`).
 *
 * A fragment is valid when the target page will have that id:
 *
 * - a heading's id under the site's [slug flavor](#slug-flavors-and-detection), duplicates
 *   numbered as that generator numbers them (`setup`, `setup-1` on GitHub and Hugo; `header_1`
 *   in MkDocs);
 * - an explicit id, which replaces the automatic one: `## Title {#custom-id}` (Hugo, kramdown,
 *   pandoc, Docusaurus), `{#id .class}` and `{.class #id}`, a kramdown attribute list `{: #id}` on
 *   the line right under the heading (or at the end of a paragraph), MkDocs attr_list
 *   `## Title { #id }` and `{ id="x" }`. How explicit ids meet the duplicate counter follows each
 *   generator: Hugo counts them as taken when their heading is reached (`## Setup {#setup}` then
 *   `## Setup` gives `setup-1`), MkDocs takes all of them before numbering anything (`## Header`
 *   then `## Later { #header }` gives the first heading `header_1`), GitHub and kramdown never
 *   count them;
 * - in Jekyll (kramdown) and MkDocs (attr_list), an attribute list right after a span in running
 *   text: `**`locale`**{ #mkdocs-locale }`, `*term*{: #term}`;
 * - an HTML `id` on any element and `<a name="…">`;
 * - a heading with no id (a raw HTML `<h2>`) when the site's own scripts call AnchorJS's
 *   `anchors.add(…)`: the id AnchorJS makes from its text in the browser;
 * - a footnote: `#user-content-fn-note` / `#fn-note` (GitHub), `#fn:note` (kramdown, MkDocs),
 *   `#fn:1` (Hugo);
 * - `#` and `#top` (and text fragments, `#:~:text=…`, which are not ids).
 *
 * Fragments are percent-decoded first (`#%C3%BCber` is `#über`). Ids are case-sensitive, as in
 * browsers.
 *
 * ```markdown example
 * See [coroutines](#coroutine) and [the loop](#Event-Loop).
 *
 * ## Coroutines
 *
 * ## Event loop
 *
 * One loop per thread.
 * ```
 *
 * ```text output
 * post.md:1:5   error    Link to "#coroutine" matches no heading in post.md; did you mean "#coroutines"?  no-broken-anchors
 * post.md:1:34  error    Link to "#Event-Loop" matches no heading in post.md: ids are case-sensitive; use "#event-loop"  no-broken-anchors
 * ```
 *
 * With the typo fixed, the first link still gets a warning:
 *
 * ```
 * post.md:1:5  warning  Link to "#coroutines" links to an empty section: heading "Coroutines" (post.md:3) has no content; write the section or link elsewhere  no-broken-anchors
 * ```
 *
 * A fragment that resolves to a heading whose section is empty is a **warning** of its own,
 * whatever the rule's level, exactly when `no-empty-sections` reports that section as empty, or one
 * inside it (one concept of empty, src/text/unwritten-sections.ts; its `allow` list is that rule's
 * own and not read here). So a link to a heading that rule leaves alone lands right: an entry of a
 * generated reference whose heading links to itself (``#### [`MANAGE_USERS`](#manage-users)``, one
 * per enum value, most with no description), a step, a release, a group's name written at the level
 * of its members (`### Loading modules`, then `### From the settings file` and `### From the editor`),
 * a template page's slot, the last section of a page its layout goes on after, a page a program
 * wrote. Nor is a heading's link to itself reported (its permalink, `#### <a href="#misc"
 * name="misc">Misc</a>`), which leads nowhere else, nor a link to an empty section of its own page
 * that `no-empty-sections` reports (one problem, one finding: the section is what to write).
 *
 * Options:
 *
 * | option | default | meaning |
 * | --- | --- | --- |
 * | `generated` | `["TableOfContents", "markdown-toc"]` | ids that templates add (Hugo's `.TableOfContents`, kramdown's `{:toc}`); links to them are never reported. Your list replaces the default. |
 * | `showUnverifiable` | `false` | report links to `generated` ids as warnings carrying `data.unverifiable: true` (JSON output) |
 * | `emptySections` | `true` | warn when a link leads to a heading whose section is empty |
 *
 * Left alone on purpose: external URLs (`https:`, `mailto:`, `//host`), fragments on non-Markdown
 * targets (`diagram.svg#layer`, `page.html#x`), links to files that do not exist (that is
 * `no-missing-files`), Markdown files outside the run, links whose page cannot be found from the
 * file system (Hugo URLs rewritten by `permalinks`, `slug` or `url`), anything inside code, and
 * a reference definition nothing uses (`[old]: #gone` with no `[text][old]` or `[old]` in the
 * file renders nothing, so no reader meets it; a used one is reported at the definition).
 * An id that only a template or a shortcode creates cannot be known; add it to `generated`.
 * Fragments of one shape (or into one page) that mostly fail (at least 10, three quarters of them, 3
 * different ids: a preprocessor's `page.md#r-…`) are unverifiable, said once for the run (the
 * model guard); one renamed heading among many good links is reported, and so is a near miss
 * (`#Setup` where the page has `#setup`), however many there are.
 *
 * What postlint also knows about the pages generators build (each case has a fixture under
 * `fixtures/real-world/`):
 *
 * - **Definition-list terms** get ids in Hugo when `markup.goldmark.parser.autoDefinitionTermID`
 *   is true, numbered in one sequence with the headings (a term `timer` then `## Timer` gives
 *   `timer` and `timer-1`).
 * - **Content tabs** (pymdownx.tabbed `=== "Title"`) have `#__tabbed_<set>_<tab>`, or with the
 *   extension's `slugify` the title's slug, after the set heading's id with `combine_header_slug`.
 * - **Included content counts**: the headings and ids of a file pulled in by Hugo's
 *   `{{% include "path" %}}`, Jekyll `{% include_relative %}` / `{% include %}` (from `_includes/`),
 *   an MDX `import X from './_part.md'` (rendered as `<X />`, the partial is that content, not an unknown
 *   component) or an MkDocs snippet (`--8<-- "file"`, the block form with
 *   one file a line, `file.md:section`; looked up from pymdownx.snippets' `base_path`, the site folder
 *   by default) are ids of the including page; an included SVG or HTML file brings its `id`s.
 * - **Starlight's and Astro's own components** (`<Code />`, `<Aside />`, `<LinkCard />` … imported from
 *   `@astrojs/starlight/components`; `astro:components`' `Code`) write no id but a literal `id` prop (and a
 *   `LinkCard`'s or `LinkButton`'s literal `name`, on its `<a>`), as their sources show: a page that renders
 *   one keeps its ids known. The site's own components, `<Tabs />` (its
 *   `tab-panel-<n>` ids) and a deep import leave the page's ids unverifiable.
 * - **Bibliographies**: with jekyll-scholar on, a Jekyll page's `{% bibliography --file refs %}` gives
 *   it an id for each entry key of the BibTeX file it reads (`[(Ng 2019)](#ng2019)`); keys a filter
 *   postlint does not run may drop (`--cited`, `--query`) are unverifiable, other fragments still reported.
 * - **Translations**: a link from `index.fr.md` to `../other/#x` is checked against
 *   `other/index.fr.md` when it exists.
 * - **Link render hooks** (Hugo `layouts/_markup/render-link.html`, a theme's, or the embedded one)
 *   look destinations up as pages; postlint does the same (from the page's folder, then every
 *   content root, including languages' `contentDir` and module mounts).
 * - **Heading render hooks**: a Hugo `render-heading.html` (the site's, else a theme's) that writes
 *   `id="{{ .Anchor }}"`, itself or in a template or partial it hands the heading to (`{{ template
 *   "_default/_markup/td-render-heading.html" . }}`, found in the site's, themes' and `_vendor/`
 *   layouts), keeps Hugo's ids; one that makes its own, or calls one not in the checkout, leaves
 *   the page's ids unverifiable.
 * - **Files a layout writes into the page**: a Hugo page's own layout (by Hugo's lookup order,
 *   with its `baseof.html` and partials) that writes `{{ readFile "content/manual/setup.md" |
 *   markdownify }}` gives the page that file's heading ids (a document of its own); `readFile
 *   "x.html" | safeHTML` its `id`s. A Markdown file read from a path computed at build time leaves
 *   the page's other ids unverifiable. A read inside `{{ if … }}` (or a partial called there) makes
 *   that file's ids unverifiable, not found; one under `{{ with .Params.x }}` is none for a page without `x`.
 * - **Includes pasted as text**: a file with no extension a Jekyll `{% include JB/setup %}` pastes
 *   brings its `id` attributes, as an HTML include does; one with Markdown headings leaves the page's ids unverifiable.
 * - **Code written with template tags** is read as code, before any rule runs (same positions):
 *   Jekyll `{% highlight %}` and Hugo `{{< highlight >}}` blocks, Docsy code tabs (`{{< tab
 *   lang="toml" >}}`, and every tab of a `{{< tabpane langEqualsHeader=true >}}`: a TOML sample's
 *   `+++` or a YAML sample's `---` is not a heading underline, a `# comment` in it not a heading);
 *   Liquid `{% comment %}` and Hugo `{{< comment >}}` blocks render nothing and are read as HTML
 *   comments (a `TODO` in them is not left in the text).
 *
 * **Unverifiable** (quiet by default, counted in one notice per site naming a page and what hid its ids
 * — `--verbose` lists the links; `showUnverifiable: true` reports them as warnings with
 * `data.unverifiable: true` in JSON, where the file's `unverifiable` list names them with the reason too): a fragment into a page that pulls in content postlint cannot
 * see — an include it cannot find (the reason names the file and line) (a theme's partial, an HTML include) or a Hugo `{{% shortcode %}}`
 * whose Markdown output only the template knows (a glossary built by a shortcode), or, in an MkDocs
 * site, a block a plugin writes from code (mkdocstrings `::: pkg.Class`, `::: mkdocs-click`, also
 * as a heading's text), a page with an MDX heading written with an expression (`## Options for {props.name}`)
 * or a component Markdown reads as letters (`[Promise<Config\>]`) — and the `generated` ids above. postlint never calls those broken.
 *
 * ## Slug flavors and detection
 *
 * | flavor | ids as made by | duplicates |
 * | --- | --- | --- |
 * | `github` | GitHub, `github-slugger` (rehype-slug, Docusaurus, most JavaScript tools) | `-1`, `-2`, skipping ids already taken |
 * | `hugo` | Hugo, goldmark `autoIDType: github` (the default); a two-line setext heading is ided from its last line, as goldmark does | `-1`, `-2`, first free number |
 * | `hugo-ascii` | Hugo `autoIDType: github-ascii` | as `hugo` |
 * | `hugo-blackfriday` | Hugo `autoIDType: blackfriday` (and Blackfriday-era sites) | as `hugo` |
 * | `kramdown` | kramdown (Jekyll with `kramdown.input: kramdown`), from the raw header source; empty ids become `section` | `-1`, `-2` per base id |
 * | `mkdocs` | MkDocs / Python-Markdown `toc` slugify | `_1`, `_2` |
 * | `vitepress` | VitePress (`@mdit-vue/shared` slugify): `## server.host` is `#server-host`, `## input <Badge text="x" />` is `#input` | `-1`, `-2`, first free number |
 * | `vitepress-0` | VitePress before 1.0.0-alpha.27 (its own slugify: no NFKD, `diacritics` Latin replacements, curly quotes kept): `## Straße` is `#strasse` | as `vitepress` (before 0.14.0 from `-2`) |
 * | `mdbook` | mdBook 0.5 (definition-list terms share the registry) | `-1`, `-2`, first free number |
 * | `zola` | Zola `slugify.anchors` (`on`, `safe`/`off`); a page with a heading Zola transliterates (`日本` → `ri-ben`) is unverifiable | `-1`, `-2`, first free number |
 * | `astro` | Astro and Starlight (github-slugger; the ids of Astro 5, 6 and later are all accepted) | as `github` |
 * | `eleventy` | Eleventy with `@sindresorhus/slugify` (its `slugify` filter, or the package itself) | markdown-it-anchor `-1`, `-2`; IdAttributePlugin `-2`, `-3` |
 * | `markdown-it-anchor` | markdown-it-anchor's default slugify (percent-encoded) | `-1`, `-2` |
 * | `slugify` | npm `slugify` (simov/slugify) with the options the config passes it (`lower`, `strict`, `trim`, `replacement`, `locale`, `remove`): ids keep `.`, `:`, `(`, `)` | as `eleventy` |
 *
 * Plain GitHub Markdown (no site config) is GitHub itself: there is no `{#id}` syntax (`### Title {#x}`
 * is `#title-x`), an image in a heading adds nothing to its id (`### Has ![an Image](u)` is `#has-`),
 * and line anchors (`#L7`, `#L30-L31`, `#L3C24-L88`), which select lines of a file's source view,
 * are not judged. markdownlint's link-fragment corpus is kept as data in
 * `fixtures/generators/github.json`; every row passes (`tests/generator-github.test.mjs`), and the
 * rows where postlint differs from markdownlint say why.
 *
 * Each flavor is checked against conformance tables taken from the generators' own tests
 * (`fixtures/slugs/*.json`, `tests/slugs.test.mjs`); every default row passes.
 *
 * The flavor is found per file from the nearest site config above it:
 *
 * - `hugo.toml|yaml|json` (or `config.*` next to `content/`): `markup.goldmark.parser.autoIDType`
 *   (or its older name `autoHeadingIDType`): `github` → `hugo`, `github-ascii` → `hugo-ascii`,
 *   `blackfriday` → `hugo-blackfriday`; unset → `hugo`. `markup.defaultMarkdownHandler =
 *   "blackfriday"` → `hugo-blackfriday`. With `autoHeadingID = false` headings have only their
 *   explicit ids. A site pinning a Hugo before 0.144 gets Goldmark's own ids, from the heading's
 *   source line (raw HTML and link destinations included: `### <a name="x"></a> Setup` is
 *   `#a-namexa-setup`); later Hugo slugs the plain text.
 * - Jekyll `_config.yml`: `kramdown.input: kramdown` → `kramdown`; Jekyll's default GFM input (or
 *   another `markdown:` engine) makes GitHub-style ids → `github`. `kramdown.auto_id_prefix` and
 *   `auto_id_stripping` are honoured, and `auto_ids: false` leaves only explicit ids.
 * - `mkdocs.yml` → `mkdocs`; `docusaurus.config.*` → `github`; `.vitepress/config.*` → `vitepress`
 *   (`vitepress-0` when the site's package.json, installed copy or lockfile says before 1.0.0-alpha.27;
 *   with no version either release's id is accepted);
 *   `book.toml` → `mdbook`; a Zola `config.toml` → `zola`; Starlight → `astro`; Eleventy → from its
 *   config (IdAttributePlugin or markdown-it-anchor and their slugify, npm `slugify` → `slugify`;
 *   markdown-it-anchor's `level` ids only those heading levels; none or a function of the config's
 *   own: unverifiable); no site config → `github`.
 *
 * `anchors.slugger` in postlint's config overrides the detection for every file:
 *
 * ```json
 * {"anchors": {"slugger": "kramdown"}}
 * ```
 *
 * With `--verbose`, postlint says on stderr which flavor it uses for which folder and why:
 *
 * ```
 * no-broken-anchors: slug flavor "hugo" for site from site/hugo.toml (Hugo default autoIDType "github")
 * ```
 *
 * ## Examples
 *
 * Fails:
 *
 * ```md example
 * See [coroutines](#coroutine).
 *
 * ## Coroutines
 * ```
 *
 * ```text output
 * 1:5  error  Link to "#coroutine" matches no heading in post.md; did you mean "#coroutines"?  no-broken-anchors
 * ```
 *
 * Fails, across files:
 *
 * ```md example file=guide.md
 * Read [the setup](install.md#setup-steps).
 * ```
 *
 * ```md example file=install.md
 * ## Setup
 *
 * Run the installer.
 * ```
 *
 * ```text output
 * guide.md:1:6  error  Link to "#setup-steps" matches no heading in install.md; did you mean "#setup"?  no-broken-anchors
 * ```
 *
 * Passes:
 *
 * ```md example
 * See [coroutines](#coroutines).
 *
 * ## Coroutines
 *
 * A coroutine is a function that can pause.
 * ```
 *
 * ```text output
 * no findings
 * ```
 */
import {relative} from 'node:path';
import {toPosix} from '../src/paths.js';
import type {LinkFact} from '../src/facts.js';
import {unwrittenTargets} from '../src/text/unwritten-sections.js';
import {defineRule, option} from '../src/rule-kit.js';
import {closest} from '../src/config.js';
import {describeChoice} from '../src/site/flavor.js';
import {generatorOf} from '../src/site/generators/index.js';
import {distance} from 'fastest-levenshtein';
import type {SiteFix} from '../src/fix.js';

const checkedKinds = new Set<LinkFact['kind']>(['link', 'image', 'definition', 'html', 'shortcode', 'autolink']);

/** An id that extends the fragment or is extended by it word-wise (`#install` → `#install-steps`). */
function sharedStem(fragment: string, known: string[]): string | undefined {
  const related = known.filter((id) => id.startsWith(`${fragment}-`) || fragment.startsWith(`${id}-`));
  return related.sort((a, b) => Math.abs(a.length - fragment.length) - Math.abs(b.length - fragment.length))[0];
}

/** How many ids are within the distance `closest` accepts. */
function closeCandidates(fragment: string, known: string[]): number {
  const limit = Math.max(2, Math.floor(fragment.length / 3));
  // The distance is at least the difference in length: only candidates of about the fragment's length are measured.
  return known.filter((candidate) => Math.abs(candidate.length - fragment.length) <= limit && distance(fragment, candidate) <= limit).length;
}

/** The fix for a fragment written plainly (an encoded one is left to the writer). */
function fragmentFix(written: string, fragment: string, id: string): {fix?: SiteFix} {
  return written === fragment && written !== '' ? {fix: {find: `#${written}`, text: `#${id}`}} : {};
}

export default defineRule({
  meta: {
    id: 'no-broken-anchors',
    // A draft may be unfinished: no-drafts reports it, no-unpublished-links the links into it.
    leavesDraftsAlone: true,
    // A link to an empty section of its own page is that section's problem, which no-empty-sections reports at the heading.
    yieldsTo: ['no-empty-sections'],
    description: 'Links whose #fragment matches no heading or id in the target page',
    severity: 'error',
    messages: {
      emptySection: 'Link to "{{fragment}}" links to an empty section: heading "{{heading}}" ({{file}}:{{line}}) has no content; write the section or link elsewhere',
      templateId: 'Link to "{{fragment}}" cannot be checked: that id is made by a template, not by {{file}}',
      unverifiable: 'Link to "{{fragment}}" cannot be checked: {{file}} {{reason}}',
      caseDiffers: 'Link to "{{fragment}}" matches no heading in {{file}}: ids are case-sensitive; use "#{{suggestion}}"',
      formDiffers: 'Link to "{{fragment}}" matches no heading in {{file}}: the page has the same text as an id in another Unicode form ({{form}}), which a browser does not match; write the fragment in that form',
      didYouMean: 'Link to "{{fragment}}" matches no heading in {{file}}; did you mean "#{{suggestion}}"?',
      noHeading: 'Link to "{{fragment}}" matches no heading in {{file}}; link to an existing heading or give one that id',
    },
    options: {
      generated: option.strings(['TableOfContents', 'markdown-toc'], 'Ids that templates add; links to them are not reported.'),
      showUnverifiable: option.boolean(false, 'Report links to template ids as warnings (data.unverifiable).'),
      emptySections: option.boolean(true, 'Warn when a link leads to a heading whose section is empty.'),
    },
    fixable: 'a fragment with exactly one close id (or the same id in other letter case)',
  },
  site({index, targets, options, report, settings, notice}) {
    const logged = new Set<string>();
    // Is a link's heading an unwritten section, as no-empty-sections reads it (each page worked out once this run)?
    const landsOnUnwritten = unwrittenTargets(index);
    // Links to ids no page has, left unreported because every page of their site goes through something that may add ids (an mdBook preprocessor, a heading hook): said once per site.
    const siteWide = new Map<string, {reason: string; count: number}>();
    // Links to ids their page does not show, left unreported because that page pulls in content postlint cannot see (a component, an include).
    const pageWide = new Map<string, {count: number; pages: Map<string, string>; places: string[]}>();
    const logFlavor = (file: string): void => {
      const key = index.site(file)?.root ?? '';
      if (!settings.verbose || logged.has(key)) return;
      logged.add(key);
      settings.log(describeChoice(index.flavorFor(file), index.site(file)?.root, settings.cwd));
    };

    for (const file of targets) {
      const opts = options(file);
      if (!opts || !index.facts(file)) continue;
      logFlavor(file);
      for (const resolved of index.resolved(file)) {
        const {link, fragment} = resolved;
        if (!checkedKinds.has(link.kind) || fragment === undefined || resolved.resolution.status !== 'found') continue;
        const verdict = index.fragmentVerdict(resolved);
        if (!verdict || verdict.status === 'top') continue;
        const document = resolved.resolution.path;
        logFlavor(document);
        const name = relative(settings.cwd, document) || document;
        const at = {file, place: link};
        const shown = `#${fragment.written}`;
        if (verdict.status === 'ok') {
          const heading = verdict.target.heading;
          // An empty section is what no-empty-sections reports, one concept (src/text/unwritten-sections.ts): a heading that is
          // the content (a step, a reference entry linking to itself, a group's name above its members), a heading that carries
          // a link (its own permalink too, `#### <a href="#misc">Misc</a>`) or a template's slot is none.
          if (opts.emptySections && heading !== undefined && landsOnUnwritten(document, heading)) {
            // In its own page, the empty section is the one problem: said once, by no-empty-sections when it reports the heading (src/same-problem.ts).
            const same = document === file ? {details: {sameProblemAt: {line: heading.line, column: heading.column}}} : {};
            report({...at, messageId: 'emptySection', data: {fragment: shown, heading: heading.text.trim(), file: name, line: heading.line}, severity: 'warn', ...same});
          }
          continue;
        }
        if (opts.generated.includes(fragment.decoded)) {
          if (opts.showUnverifiable) report({...at, messageId: 'templateId', data: {fragment: shown, file: name}, severity: 'warn', details: {unverifiable: true}});
          continue;
        }
        if (verdict.status === 'unverifiable') {
          const site = index.site(document);
          const everyPage = site ? generatorOf(site).idsUnknown(site) : undefined;
          if (site && everyPage !== undefined && verdict.reason === everyPage) {
            const entry = siteWide.get(site.root) ?? {reason: everyPage, count: 0};
            entry.count++;
            siteWide.set(site.root, entry);
          } else if (site) {
            // Quiet by default, never silent: the run says how many it left unchecked and which pages hid their ids.
            const entry = pageWide.get(site.root) ?? {count: 0, pages: new Map<string, string>(), places: []};
            entry.count++;
            if (!entry.pages.has(name)) entry.pages.set(name, verdict.reason);
            if (settings.verbose) entry.places.push(`${toPosix(relative(settings.cwd, file))}:${link.line}:${link.column} ${shown} in ${toPosix(name)}`);
            pageWide.set(site.root, entry);
          }
          if (opts.showUnverifiable) {
            report({...at, messageId: 'unverifiable', data: {fragment: shown, file: name, reason: verdict.reason}, severity: 'warn', details: {unverifiable: true, reason: verdict.reason}});
          }
          continue;
        }
        const known = verdict.known;
        // Fixes edit the link's own text: only for links written as paths (a generator syntax is the writer's).
        const fixFor = (id: string): {fix?: SiteFix} => (link.kind === 'shortcode' ? {} : fragmentFix(fragment.written, fragment.decoded, id));
        // The same text in another Unicode form (`パ` composed, the id's `ハ`+`゜` decomposed) looks identical: say which form the id is in.
        const sameText = known.find((candidate) => candidate !== fragment.decoded && candidate.normalize('NFKD') === fragment.decoded.normalize('NFKD'));
        if (sameText !== undefined) {
          report({...at, messageId: 'formDiffers', data: {fragment: shown, file: name, form: unicodeForm(sameText)}, details: {suggestion: sameText}, ...fixFor(sameText)});
          continue;
        }
        const sameLetters = known.find((candidate) => candidate.toLowerCase() === fragment.decoded.toLowerCase());
        if (sameLetters !== undefined) {
          report({...at, messageId: 'caseDiffers', data: {fragment: shown, file: name, suggestion: sameLetters}, details: {suggestion: sameLetters}, ...fixFor(sameLetters)});
          continue;
        }
        const suggestion = closest(fragment.decoded, known) ?? sharedStem(fragment.decoded, known);
        if (suggestion === undefined) {
          report({...at, messageId: 'noHeading', data: {fragment: shown, file: name}});
          continue;
        }
        // Fixed only when one id is that close: a choice between several is the writer's.
        report({...at, messageId: 'didYouMean', data: {fragment: shown, file: name, suggestion}, details: {suggestion}, ...(closeCandidates(fragment.decoded, known) === 1 ? fixFor(suggestion) : {})});
      }
    }
    for (const [site, {reason, count}] of siteWide) {
      notice?.({
        site,
        kind: 'anchors-unchecked',
        rule: 'no-broken-anchors',
        withheld: count,
        total: count,
        message: `${count} link${count === 1 ? '' : 's'} to an id no page has left unreported: every page ${reason}`,
        hint: 'the rule\'s showUnverifiable option lists them',
      });
    }
    for (const [site, {count, pages, places}] of pageWide) {
      const [first, reason] = [...pages][0]!;
      const more = pages.size > 1 ? ` (and ${pages.size - 1} more page${pages.size === 2 ? '' : 's'})` : '';
      notice?.({
        site,
        kind: 'anchors-unverifiable',
        rule: 'no-broken-anchors',
        withheld: count,
        total: count,
        message: `${count} link${count === 1 ? '' : 's'} to an id its page does not show left unreported: ${toPosix(first)} ${reason}${more}`,
        hint: 'the rule\'s showUnverifiable option lists them',
        ...(settings.verbose ? {places} : {}),
      });
    }
  },
});

/** The Unicode normalization form a string is in, in words (the first that leaves it unchanged). */
function unicodeForm(text: string): string {
  for (const [form, words] of [['NFC', 'NFC, composed'], ['NFD', 'NFD, decomposed'], ['NFKC', 'NFKC'], ['NFKD', 'NFKD, compatibility-decomposed']] as const) {
    if (text.normalize(form) === text) return words;
  }
  return 'mixed';
}
