// Generator behaviours the round-7 tune sites showed postlint lacked, each on a small site of its
// own, asserted by exact rule id, line and column (or no finding at all), passing and failing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {tempSite, siteFindings as run, siteUnverifiable as unverifiable} from './helpers.mjs';


const astroConfig = (imports, markdown) => `import {defineConfig} from 'astro/config';\nimport starlight from '@astrojs/starlight';\n${imports}\nexport default defineConfig({\n  markdown: ${markdown},\n  integrations: [starlight({title: 'Docs'})],\n});\n`;

// A reference page with remark-heading-id blocks (an id with dots and `@`, one with no space
// before the brace, which the plugin leaves in the text) and a page linking into it.
const reference = [
  '---',
  'title: Reference',
  '---',
  '',
  '## `@added` {#@Lib.Versioning.added}',
  '',
  'Marks a version.',
  '',
  '### string {#string}',
  '',
  'A string.',
  '',
  '### Glued{#glued}',
  '',
  'No space before the block.',
  '',
].join('\n');
const guide = [
  '---',
  'title: Guide',
  '---',
  '',
  'See [added](../reference/#@Lib.Versioning.added), [encoded](../reference/#%40Lib.Versioning.added),',
  '[string](../reference/#string), [the slug](../reference/#added-liblversioningadded) and [glued](../reference/#glued).',
  '',
].join('\n');

function headingIdSite(config) {
  return tempSite({
    'astro.config.mjs': config,
    'src/content/docs/reference.md': reference,
    'src/content/docs/guide.md': guide,
  });
}

test('starlight: with remark-heading-id in markdown.remarkPlugins, " {#id}" ending a heading is its id (dots and @ kept, %40 decoded); the automatic id is gone', () => {
  const root = headingIdSite(astroConfig("import remarkHeadingID from 'remark-heading-id';\nimport rehypeMermaid from 'rehype-mermaid';", '{remarkPlugins: [remarkHeadingID], rehypePlugins: [[rehypeMermaid, {strategy: "inline"}]]}'));
  // The slug of the text without the block is no id any more; `{#glued}` has no space before it, so the plugin leaves it in the text.
  assert.deepEqual(run(root), ['src/content/docs/guide.md:6:33 no-broken-anchors', 'src/content/docs/guide.md:6:89 no-broken-anchors']);
});

test('starlight: without the plugin, "{#id}" is heading text (Astro has no such syntax): every such fragment is broken', () => {
  const root = headingIdSite(astroConfig('', '{}'));
  assert.deepEqual(run(root), [
    'src/content/docs/guide.md:5:5 no-broken-anchors',
    'src/content/docs/guide.md:5:51 no-broken-anchors',
    'src/content/docs/guide.md:6:1 no-broken-anchors',
    'src/content/docs/guide.md:6:33 no-broken-anchors',
    'src/content/docs/guide.md:6:89 no-broken-anchors',
  ]);
});

test('starlight: a Markdown plugin postlint does not know may set heading ids, so fragments no known id matches are unverifiable, named', () => {
  const root = headingIdSite(astroConfig("import remarkHeadingID from 'remark-heading-id';\nimport remarkIds from 'remark-custom-ids';", '{remarkPlugins: [remarkHeadingID, remarkIds]}'));
  assert.deepEqual(run(root), []);
  const reasons = unverifiable(root);
  assert.deepEqual(reasons.map((reason) => reason.split(':')[0] + ':' + reason.split(':')[1]), ['6:33 ../reference/#added-liblversioningadded', '6:89 ../reference/#glued']);
  for (const reason of reasons) assert.match(reason, /remarkIds \(remark-custom-ids\) may set heading ids/);
});

// A Hugo site whose versioned docs are mounted from content/docs/v2 onto content/docs (the
// folder's own `_`-files filtered out), the rest of content mounted as it is but for docs/v?.
const hugoMounts = [
  'title: S',
  'module:',
  '  mounts:',
  '    - source: content',
  '      target: content',
  "      files: ['! docs/v?']",
  "    - files: '! _*'",
  '      source: content/docs/v2',
  '      target: content/docs',
  '    - source: content/docs/v2/_dev',
  '      target: content/docs/2.dev',
  '',
].join('\n');

test('hugo: a file mounted from one content folder onto another reads its relative links from where the mount puts it', () => {
  const root = tempSite({
    'hugo.yaml': hugoMounts,
    'content/download.md': '---\ntitle: Download\n---\n\nGet it.\n',
    'content/docs/v2/_index.md': '---\ntitle: Docs\n---\n\nFiltered out.\n',
    'content/docs/v2/2.1/architecture.md': '---\ntitle: Architecture\n---\n\nParts.\n',
    'content/docs/v2/2.1/deployment/_index.md': [
      '---',
      'title: Deployment',
      '---',
      '',
      // From /docs/2.1/deployment/: ../../../download/ is /download/; ../architecture/ is the mounted page.
      'See [download](../../../download/) and [architecture](../architecture/).',
      '',
      // Read from the source folder this would be content/docs/v2/download.md, which the mount does not give that place.
      'Not [here](../../download/) nor [there](../../../../install/).',
      '',
    ].join('\n'),
    // `_dev` is left out of the v2 mount and mounted on its own, at docs/2.dev (a folder with a dot in its name).
    'content/docs/v2/_dev/deployment/_index.md': '---\ntitle: Dev\n---\n\nSee [download](../../../download/), [not](../../download/).\n',
  });
  assert.deepEqual(run(root), [
    'content/docs/v2/2.1/deployment/_index.md:7:33 no-missing-files',
    'content/docs/v2/2.1/deployment/_index.md:7:5 no-missing-files',
    'content/docs/v2/_dev/deployment/_index.md:5:37 no-missing-files',
  ]);
});

test('hugo: a theme\'s exampleSite inside a site\'s themes/ folder is not checked (Hugo never builds it for the site); a theme repository checks its own', () => {
  const files = {
    'config.toml': 'title = "S"\ntheme = "demo"\n',
    'content/post.md': '---\ntitle: Post\n---\n\nLorem ipsum dolor sit amet.\n',
    'themes/demo/theme.toml': 'name = "Demo"\n',
    'themes/demo/exampleSite/config.toml': 'title = "Demo"\ntheme = "demo"\n',
    'themes/demo/exampleSite/content/about.md': '---\ntitle: First\n---\n\nLorem ipsum dolor sit amet.\n',
  };
  assert.deepEqual(run(tempSite(files)), ['content/post.md:5:1 no-placeholders']);
  // The theme on its own (no site around it): its example site is the site being checked.
  const theme = tempSite(Object.fromEntries(Object.entries(files).filter(([path]) => path.startsWith('themes/')).map(([path, text]) => [path.replace('themes/demo/', 'demo/'), text])));
  assert.deepEqual(run(theme), ['demo/exampleSite/content/about.md:5:1 no-placeholders']);
});

// A home page that opens front matter and never closes it (its fields are the whole file).
const unclosedHome = '---\nlayout: home\n\nhero:\n  name: Lib\n  tagline: Lorem ipsum\n  actions:\n    - text: Start\n      link: /guide/\n';

test('front matter never closed: gray-matter generators (VitePress) read the rest of the file as the block; Jekyll reports it', () => {
  const vitepress = tempSite({
    '.vitepress/config.mts': "export default {title: 'Lib'};\n",
    'index.md': unclosedHome,
    'guide/index.md': '# Guide\n\nText.\n',
    'broken.md': '---\ntitle: B\n\n# Broken\n\nNo [page](./missing.md).\n',
  });
  // The block's lines are fields, not prose (no placeholder in `tagline`); a block that is no YAML map (Markdown after it) is a fence left out, and its page is checked as written.
  assert.deepEqual(run(vitepress), ['broken.md:1:1 front-matter', 'broken.md:6:4 no-missing-files']);
  const jekyll = tempSite({'_config.yml': 'title: Lib\n', 'index.md': unclosedHome});
  assert.deepEqual(run(jekyll), ['index.md:1:1 front-matter', 'index.md:6:12 no-placeholders']);
});

test('mdbook: a chapter [output.html.redirect] moves is a link target: the chapter it reaches, or unverifiable when it leaves the book', () => {
  const root = tempSite({
    'book.toml': [
      '[book]',
      'title = "Guide"',
      '',
      '[output.html.redirect]',
      '"/old/no-anon-params.html" = "../new/fn-parameters.html"',
      '"/old/moved-out.html" = "https://example.org/elsewhere"',
      '',
    ].join('\n'),
    'src/SUMMARY.md': '# Summary\n\n- [Intro](intro.md)\n- [Parameters](new/fn-parameters.md)\n',
    'src/new/fn-parameters.md': '# Parameters\n\n## Anonymous\n\nText.\n',
    'src/intro.md': [
      '# Intro',
      '',
      'See [old](old/no-anon-params.md), [its section](old/no-anon-params.md#anonymous), [moved](old/moved-out.md).',
      '',
      'Not [a typo](old/no-anon-param.md) nor [a section](old/no-anon-params.md#named).',
      '',
    ].join('\n'),
  });
  assert.deepEqual(run(root), ['src/intro.md:5:40 no-broken-anchors', 'src/intro.md:5:5 no-missing-files']);
  assert.deepEqual(unverifiable(root), ['3:83 old/moved-out.md: book.toml redirects /old/moved-out.html to https://example.org/elsewhere, outside the book']);
});

test('hugo: a ref to a top-level section without _index.md finds the section page Hugo makes; a deeper folder without one is no page', () => {
  const root = tempSite({
    'config.toml': 'title = "S"\n',
    'content/talks/first-talk.md': '---\ntitle: First\n---\n\nText.\n',
    'content/notes/2020/old.md': '---\ntitle: Old\n---\n\nText.\n',
    'content/notes/new.md': '---\ntitle: New\n---\n\nSee {{< ref "/talks" >}} and {{< ref "/notes/2020" >}} and {{< ref "/videos" >}}.\n',
  });
  assert.deepEqual(run(root), ['content/notes/new.md:5:30 no-missing-files', 'content/notes/new.md:5:60 no-missing-files']);
});

test('hugo: /tags/<term> is the term page Hugo writes when a page carries that tag (urlized); an unused term, or a taxonomy the config drops, is not', () => {
  const files = {
    'content/notes/search.md': '---\ntitle: Search\ntags: [lucene.net, Blazor Wasm]\n---\n\nSee [lucene](/tags/lucene.net), [blazor](/tags/blazor-wasm/), [other](/tags/solr.net), [case](/tags/Lucene.NET) and [category](/categories/x.y).\n',
  };
  const root = tempSite({'config.toml': 'title = "S"\n', ...files});
  assert.deepEqual(run(root), ['content/notes/search.md:6:117 no-missing-files', 'content/notes/search.md:6:63 no-missing-files']);
  assert.deepEqual(unverifiable(root), ['6:88 /tags/Lucene.NET: Hugo writes this term page at /tags/lucene.net/; whether the other letter case finds it depends on the host']);
  // A site whose taxonomies are only `series` has no /tags/ pages.
  const series = tempSite({'config.toml': 'title = "S"\n[taxonomies]\nseries = "series"\n', ...files});
  assert.ok(run(series).includes('content/notes/search.md:6:5 no-missing-files'));
});
