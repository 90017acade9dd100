// Generator behaviours left out of round 8 (Hugo bundles with two index files, Jekyll's
// collections_dir, Eleventy permalinks set by JavaScript data files, Astro collection drafts a
// route's filter drops), each on a small site of its own, asserted by exact rule id, line and
// column: the false alarm gone and a true finding of the same shape still reported.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {tempSite, siteFindings as run, siteUnverifiable as unverifiable} from './helpers.mjs';

test('hugo: of two index files in one folder the branch bundle (_index) is the page, else the first by name; the other is no page', () => {
  const root = tempSite({
    'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "S"\n',
    'content/guide/_index.md': '---\ntitle: Guide\n---\n\n## Overview\n\nText.\n',
    // Hugo warns "have both index.* and _index.* files, pick one" and keeps _index.md: the other is
    // never rendered, so its empty section and its broken link are no finding.
    'content/guide/index.md': '---\ntitle: Old guide\n---\n\n## Intro\n\nHi.\n\n## Empty\n\n## Next\n\nSee [gone](/nowhere/).\n',
    // Two leaf headers: the first by name (index.markdown, as blogdown writes it) is the page.
    'content/notes/index.markdown': '---\ntitle: Notes\n---\n\n## Current\n\nNow.\n\n## Empty\n\n## Next\n\nText.\n',
    'content/notes/index.md': '---\ntitle: Old notes\n---\n\n## Stale\n\nThen.\n\n## Empty\n\n## Next\n\nText.\n',
    'content/about.md': [
      '---',
      'title: About',
      '---',
      '',
      'See [the overview](/guide/#overview), [the intro](/guide/#intro),',
      '[current notes](/notes/#current) and [stale notes](/notes/#stale).',
      '',
    ].join('\n'),
  });
  assert.deepEqual(run(root), ['content/about.md:5:39 no-broken-anchors', 'content/about.md:6:38 no-broken-anchors', 'content/notes/index.markdown:9:1 no-empty-sections']);
});

test('jekyll: with collections_dir, posts, drafts and collections are read below it, with their URLs; the root _posts is read by no one', () => {
  const root = tempSite({
    '_config.yml': 'title: S\ncollections_dir: my_collections\ncollections:\n  recipes:\n    output: true\n    permalink: /:collection/:path/\n',
    'my_collections/_posts/2024-01-02-hello.md': '---\ntitle: Hello\n---\n\n## Setup\n\nText.\n',
    'my_collections/_drafts/idea.md': '---\ntitle: Idea\n---\n\nLater.\n',
    'my_collections/_recipes/soup.md': '---\ntitle: Soup\n---\n\n## Steps\n\nBoil.\n',
    // Outside collections_dir: Jekyll's readers never look here, so post_url finds no such post.
    '_posts/2020-01-01-old.md': '---\ntitle: Old\n---\n\nGone.\n',
    'index.md': [
      '---',
      'title: Home',
      '---',
      '',
      'Read [hello]({% post_url 2024-01-02-hello %}), [gone]({% post_url 2020-01-01-old %}),',
      '[its setup](/2024/01/02/hello.html#setup), [soup](/recipes/soup/#steps), [soup again](/recipes/soup/#serve)',
      'and [the idea]({% link my_collections/_drafts/idea.md %}).',
      '',
    ].join('\n'),
  });
  assert.deepEqual(run(root), [
    'index.md:5:55 no-missing-files',
    'index.md:6:74 no-broken-anchors',
    'index.md:7:16 no-unpublished-links',
    'my_collections/_drafts/idea.md:1:1 no-drafts',
  ]);
});

test('eleventy: a permalink a template data file or global eleventyComputed data sets in JavaScript makes the page\'s URL unknown: links to it are unverifiable, not missing', () => {
  const files = {
    'eleventy.config.js': 'export default function (config) {}\n',
    'posts/first.md': '---\ntitle: First\n---\n\n## Hi\n\nText.\n',
    'posts/first.11tydata.js': 'export default {eleventyComputed: {permalink: (data) => `/p/${data.page.fileSlug}/`}};\n',
    'posts/second.md': '---\ntitle: Second\n---\n\n## Hello\n\nText.\n',
    'index.md': '---\ntitle: Home\n---\n\nSee [first](/p/first/), [second](/posts/second/) and ![a gap](/img/none.png).\n',
  };
  const root = tempSite(files);
  assert.deepEqual(run(root), ['index.md:5:54 no-missing-files']);
  assert.deepEqual(unverifiable(root).map((line) => line.split(':').slice(0, 2).join(':')), ['5:5 /p/first/']);
  // A global data file named eleventyComputed sets every page's permalink.
  const global = tempSite({
    'eleventy.config.js': 'export default function (config) {}\n',
    '_data/eleventyComputed.js': 'export default {permalink: (data) => `/x/${data.page.fileSlug}/`};\n',
    'posts/second.md': '---\ntitle: Second\n---\n\nText.\n',
    'index.md': '---\ntitle: Home\n---\n\nSee [second](/x/second/) and ![a gap](/img/none.png).\n',
  });
  assert.deepEqual(run(global), ['index.md:5:30 no-missing-files']);
  assert.deepEqual(unverifiable(global).map((line) => line.split(':').slice(0, 2).join(':')), ['5:5 /x/second/']);
  // So does the config's own global data.
  const configured = tempSite({
    'eleventy.config.js': 'export default function (config) {\n  config.addGlobalData("eleventyComputed.permalink", () => (data) => `/y/${data.page.fileSlug}/`);\n}\n',
    'posts/second.md': '---\ntitle: Second\n---\n\nText.\n',
    'index.md': '---\ntitle: Home\n---\n\nSee [second](/y/second/) and ![a gap](/img/none.png).\n',
  });
  assert.deepEqual(run(configured), ['index.md:5:30 no-missing-files']);
});

const starlightSite = (route, extra = {}) => ({
  'astro.config.mjs': "import starlight from '@astrojs/starlight';\nexport default {integrations: [starlight({title: 'S'})]};\n",
  'src/content.config.ts': [
    "import {defineCollection} from 'astro:content';",
    "import {glob} from 'astro/loaders';",
    "const blog = defineCollection({loader: glob({base: './src/content/blog', pattern: '**/*.md'})});",
    'export const collections = {docs: defineCollection({}), blog};',
    '',
  ].join('\n'),
  'src/pages/blog/[...slug].astro': route,
  'src/content/blog/live.md': '---\ntitle: Live\n---\n\nText.\n',
  'src/content/blog/hidden.md': '---\ntitle: Hidden\npublished: false\ndraft: true\n---\n\nText.\n',
  'src/content/docs/index.md': '---\ntitle: Home\n---\n\nRead [live](/blog/live/) and [hidden](/blog/hidden/).\n',
  ...extra,
});

const routeWith = (imports, filter) => `---\nimport {getCollection} from 'astro:content';\n${imports}\nexport async function getStaticPaths() {\n  const posts = await getCollection('blog'${filter});\n  return posts.map((post) => ({params: {slug: post.id}, props: {post}}));\n}\n---\n`;

test('astro: a collection entry the route\'s filter drops is a draft, the filter imported one relative import away or written inline', () => {
  const imported = tempSite(starlightSite(routeWith("import {isPublished} from '../../utils/posts';", ', isPublished'), {
    'src/utils/posts.ts': "import type {CollectionEntry} from 'astro:content';\nexport function isPublished({data}: CollectionEntry<'blog'>): boolean {\n  return data.published !== false;\n}\n",
  }));
  assert.deepEqual(run(imported), ['src/content/blog/hidden.md:3:1 no-drafts', 'src/content/docs/index.md:5:30 no-unpublished-links']);
  const inline = tempSite(starlightSite(routeWith('', ', ({data}) => !data.draft /* a draft is not published yet */')));
  assert.deepEqual(run(inline), ['src/content/blog/hidden.md:4:1 no-drafts', 'src/content/docs/index.md:5:30 no-unpublished-links']);
});

test('astro: a route without a filter writes every entry, and a filter postlint cannot follow leaves drafts unknown: no draft either way', () => {
  const unfiltered = tempSite(starlightSite(routeWith('', '')));
  assert.deepEqual(run(unfiltered), []);
  // Two imports away (a package, not a relative module): abstain.
  const far = tempSite(starlightSite(routeWith("import {isPublished} from '@site/filters';", ', isPublished')));
  assert.deepEqual(run(far), []);
});

test('astro without Starlight: an entry of a collection its route filters through an imported function is a draft; links between entries stay as an unmodelled site reads them', () => {
  const files = starlightSite(routeWith("import {isPublished} from '../../utils/posts';", ', isPublished'), {
    'astro.config.mjs': 'export default {};\n',
    'src/utils/posts.ts': 'export const isPublished = ({data}) => data.published !== false;\n',
    'src/content/blog/live.md': '---\ntitle: Live\n---\n\nSee [hidden](./hidden.md) and [gone](./gone.md).\n',
  });
  delete files['src/content/docs/index.md'];
  const root = tempSite(files);
  assert.deepEqual(run(root), ['src/content/blog/hidden.md:3:1 no-drafts', 'src/content/blog/live.md:5:31 no-missing-files', 'src/content/blog/live.md:5:5 no-unpublished-links']);
  // Without a filter on the route, nothing is a draft (the `draft: true` there is data the site does not read).
  const plain = tempSite({...files, 'src/pages/blog/[...slug].astro': routeWith('', '')});
  assert.deepEqual(run(plain), ['src/content/blog/live.md:5:31 no-missing-files']);
});
