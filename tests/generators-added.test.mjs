// The generators added as one module each (mdBook, Eleventy, Starlight, Zola): each fixture site
// under fixtures/generators/<name>/ holds true defects, which must be reported at their exact
// place, and traps the generator builds fine, which must not be.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {fixtures, postlintJson, tempSite} from './helpers.mjs';

/** "path:line:column rule" for every message of a run over one fixture site, paths relative to it. */
function run(name, args = []) {
  const cwd = join(fixtures, 'generators', name);
  const {json, stderr} = postlintJson(['--no-config', '--offline', ...args, '.'], {cwd});
  const rows = json.flatMap((file) => file.messages.map((m) => `${file.filePath.slice(cwd.length + 1)}:${m.line}:${m.column} ${m.ruleId}`));
  return {rows: rows.sort((a, b) => a.localeCompare(b, 'en', {numeric: true})), json, stderr};
}

test('mdbook: SUMMARY.md chapters, .html links to .md chapters, includes, terms and {#id} ids', () => {
  assert.deepEqual(run('mdbook').rows, [
    // `## Heading {#custom}` has the id `custom` only.
    'src/guide/config.md:12:38 no-broken-anchors',
    // A Markdown file SUMMARY.md does not list is never built (a warning on the file itself).
    'src/guide/old-notes.md:1:1 no-drafts',
    // A fragment the chapter does not have (it has #from-source).
    'src/README.md:6:5 no-broken-anchors',
    // A chapter file that does not exist.
    'src/README.md:7:1 no-missing-files',
    // A link to that unlisted file leads nowhere in the book.
    'src/README.md:9:56 no-unpublished-links',
  ]);
  // Not reported: `config.html#the-book-table` (the chapter config.md), `#über-alles`, `#shared-note`
  // (from an included file, which is no unlisted page), the `apple` term's id, src/404.md, and
  // SUMMARY.md's draft chapter `[Draft chapter]()`.
});

test('mdbook: --verbose names the mdBook flavor from book.toml', () => {
  const {stderr} = run('mdbook', ['--verbose']);
  assert.match(stderr, /slug flavor "mdbook" for \. from book\.toml/);
});

test('eleventy: permalinks by folder and file name, ids from the configured slugify, template code left alone', () => {
  assert.deepEqual(run('eleventy').rows, [
    // markdown-it-anchor with @sindresorhus/slugify makes `learning-java-script`.
    'src/posts/2024-03-01-first-post.md:8:27 no-broken-anchors',
    // No page is served at /docs/missing/.
    'src/posts/2024-03-01-first-post.md:14:39 no-missing-files',
    // Not in the input folder, not copied.
    'src/posts/2024-03-01-first-post.md:17:34 no-missing-files',
  ]);
  // Not reported: the Nunjucks loop and its `{{ post.url }}` links, `../second-post/` (relative to
  // the post's URL), a post with no front matter, a post with neither title nor date (data file and
  // file name), and a fragment into a page whose headings a loop makes.
});

test('eleventy: a slugify postlint cannot run, or no heading-id plugin at all, leaves fragments unverifiable', () => {
  const page = '---\ntitle: A\n---\n\n## Getting Started\n\n[wrong](#getting-started-now) [right](#getting-started)\n';
  for (const config of [
    'import anchor from "markdown-it-anchor";\nexport default (c) => c.amendLibrary("md", (md) => md.use(anchor, { slugify: (s) => s.toUpperCase() }));\n',
    'export default function (eleventyConfig) {}\n',
  ]) {
    const root = tempSite({'eleventy.config.js': config, 'a.md': page});
    const {json} = postlintJson(['--no-config', '--offline', '.'], {cwd: root});
    assert.deepEqual(json.flatMap((file) => file.messages.map((m) => m.ruleId)), [], config);
  }
  const root = tempSite({'eleventy.config.js': 'import { IdAttributePlugin } from "@11ty/eleventy";\nexport default (c) => { c.addPlugin(IdAttributePlugin); };\n', 'a.md': page});
  const {json} = postlintJson(['--no-config', '--offline', '.'], {cwd: root});
  assert.deepEqual(json.flatMap((file) => file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)), ['7:1 no-broken-anchors']);
});

test('starlight: pages under src/content/docs, locale fallback, Astro ids, required title, MDX expressions', () => {
  assert.deepEqual(run('starlight').rows, [
    // Astro has no {#id} syntax: the heading is #options-opts.
    'src/content/docs/guides/setup.md:12:81 no-broken-anchors',
    'src/content/docs/index.mdx:15:3 no-broken-anchors',
    // No page at /guides/deploy/.
    'src/content/docs/index.mdx:15:51 no-missing-files',
    // Starlight's schema requires a title (and no date).
    'src/content/docs/reference/untitled.md:1:1 front-matter',
  ]);
  // Not reported: `src={logo.src}` (an MDX expression), `#picture` for `<Picture />` (Astro 5's id),
  // /fr/reference/components/ (served from the English page), the site's own absolute URL, pages without dates.
});

test('starlight: a locale folder is the language of its pages', async () => {
  const {siteFor} = await import('../dist/src/site/generators/index.js');
  const {pageLanguage} = await import('../dist/src/site/language.js');
  const docs = join(fixtures, 'generators', 'starlight', 'src', 'content', 'docs');
  const site = await siteFor(join(docs, 'fr', 'guides'));
  assert.equal(site.generator, 'starlight');
  assert.equal(pageLanguage(join(docs, 'fr', 'guides', 'setup.md'), {}, site), 'fr');
  assert.equal(pageLanguage(join(docs, 'guides', 'setup.md'), {}, site), 'en');
});

test('zola: @/ links, slugs without date prefixes, bundle assets, drafts, optional title and date', () => {
  assert.deepEqual(run('zola').rows, [
    'content/_index.md:8:3 no-broken-anchors',
    // `@/` to a missing page stops `zola build`.
    'content/_index.md:8:68 no-missing-files',
    // A draft is not built: the link leads nowhere.
    'content/blog/2024-01-05-hello-world.md:16:39 no-unpublished-links',
    // No content page has the URL /blog/nope/ (and `blog` is no taxonomy).
    'content/blog/2024-01-05-hello-world.md:16:79 no-missing-files',
    'content/blog/upcoming.md:3:1 no-drafts',
  ]);
  // Not reported: a post with neither title nor date (the file name dates it), `#l-ecologie`,
  // `/blog/bundle/photo.png` (beside the bundle's page), and `#ri-ben` into a page whose heading
  // Zola transliterates with tables postlint does not carry.
});

test('detection: Zola\'s config.toml and Hexo\'s _config.yml are not read as Hugo\'s or Jekyll\'s', async () => {
  const {siteFor} = await import('../dist/src/site/generators/index.js');
  assert.equal((await siteFor(join(fixtures, 'generators', 'zola', 'content', 'blog'))).generator, 'zola');
  const hexo = tempSite({'_config.yml': 'title: Blog\nurl: https://example.org\nsource_dir: source\npermalink: :year/:month/:day/:title/\n', 'source/_posts/a.md': '# A\n', 'scaffolds/post.md': '---\ntitle: {{ title }}\n---\n'});
  const site = await siteFor(join(hexo, 'source', '_posts'));
  assert.equal(site.generator, 'unknown');
  assert.equal(site.product, 'hexo');
});

test('vitepress: ids by @mdit-vue/shared slugify; inline HTML and image alt left out; {#id} ids', () => {
  const root = tempSite({
    'docs/.vitepress/config.mts': 'export default {}\n',
    // VitePress 1 matches a link's fragment as written (2.0.0-alpha.5 slugifies it: generator-classes17e).
    'docs/package.json': JSON.stringify({devDependencies: {vitepress: '^1.6.4'}}),
    'docs/config.md': [
      '## server.host', '', 'Text.', '',
      '## Dev Containers / VS Code', '', 'Text.', '',
      '## input <Badge text="x" />', '', 'Text.', '',
      '## Has ![an image](logo.png) Inside', '', 'Text.', '',
      '## Named {#named}', '', 'Text.', '',
      '[a](#server-host) [b](#dev-containers-vs-code) [c](#input) [d](#has-inside) [e](#named)',
      '',
      '[f](#server.host) [g](#input-badge-text-x) [h](#named-named)',
      '',
    ].join('\n'),
  });
  const {json} = postlintJson(['--no-config', '--offline', '.'], {cwd: root});
  const rows = json.flatMap((file) => file.messages.filter((m) => m.ruleId === 'no-broken-anchors').map((m) => `${m.line}:${m.column}`));
  assert.deepEqual(rows, ['23:1', '23:19', '23:44']);
});
