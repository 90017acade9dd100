// front-matter types a key only where something that builds the page reads it: the generator, or a theme or plugin
// the site model knows (rules/front-matter.ts, "typed only where something … reads it"). An empty key no one reads
// is no defect; a key a reader refuses (Docusaurus' Joi `tags`) and the user's own `types` stay reported.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintSite, siteFindings} from './rule-helpers.mjs';

const rule = 'front-matter';

test('VitePress: its default theme reads no tags, draft or categories: an empty `tags:` or a word for a draft is left alone; the title is still text', async () => {
  const {rows, messages} = await lintSite(rule, {
    '.vitepress/config.mts': "export default {title: 'Handbook'}\n",
    'guide/setup.md': '---\ntitle: Setting up\ntags:\ncategories:\ndraft: "no"\n---\n\n# Setting up\n\nText.\n',
    'guide/listed.md': '---\ntags:\n  - install\n---\n\n# Listed\n\nText.\n',
    'guide/numbered.md': '---\ntitle: [one, two]\ntags: {install: true}\n---\n\n# Numbered\n\nText.\n',
  });
  assert.deepEqual(rows, ['guide/numbered.md:2:1 front-matter']);
  assert.match(messages[0].message, /^"title" should be a string, not an array/);
});

test('VitePress: the user\'s own `types` is checked, an empty value too', async () => {
  const files = {
    '.vitepress/config.mts': "export default {title: 'Handbook'}\n",
    'guide/setup.md': '---\ntitle: Setting up\ntags:\n---\n\n# Setting up\n\nText.\n',
  };
  assert.deepEqual(await siteFindings(rule, files, {severity: 'error', options: {types: {tags: 'array'}}}), ['guide/setup.md:3:1 front-matter']);
});

test('Docusaurus: a doc\'s or a blog post\'s `tags` is an array to Joi: empty or one string stops the build; a `src/pages` page has no tags, no page `categories`', async () => {
  const {rows, messages} = await lintSite(rule, {
    'docusaurus.config.js': "module.exports = {title: 'Docs', url: 'https://example.org', baseUrl: '/'};\n",
    'docs/empty-tags.md': '---\ntitle: Empty tags\ntags:\n---\n\nText.\n',
    'docs/one-tag.md': '---\ntitle: One tag\ntags: install\n---\n\nText.\n',
    'docs/listed.md': '---\ntitle: Listed\ntags: [install]\ncategories:\n---\n\nText.\n',
    'blog/2024-01-05-news.md': '---\ntitle: News\ntags:\n---\n\nText.\n',
    'src/pages/about.md': '---\ntitle: About\ntags: team\n---\n\nText.\n',
  });
  assert.deepEqual(rows, ['blog/2024-01-05-news.md:3:1 front-matter', 'docs/empty-tags.md:3:1 front-matter', 'docs/one-tag.md:3:1 front-matter']);
  assert.deepEqual(messages.map((message) => message.message.split(' (')[0]), ['"tags" should be an array, not empty', '"tags" should be an array, not empty', '"tags" should be an array, not a string']);
});

test('Hugo: only the site\'s taxonomies are typed as terms; an empty taxonomy is no terms', async () => {
  const own = {
    'hugo.toml': 'baseURL = "https://example.org/"\n\n[taxonomies]\nseries = "series"\n',
    'content/docs/a.md': '---\ntitle: A\ntags: {install: true}\nseries: {install: true}\n---\n\nText.\n',
    'content/docs/b.md': '---\ntitle: B\nseries:\n---\n\nText.\n',
  };
  assert.deepEqual(await siteFindings(rule, own), ['content/docs/a.md:4:1 front-matter']);
  const fallback = {
    'hugo.toml': 'baseURL = "https://example.org/"\n',
    'content/docs/a.md': '---\ntitle: A\ntags: {install: true}\ncategories:\ndraft: "no"\n---\n\nText.\n',
  };
  assert.deepEqual(await siteFindings(rule, fallback), ['content/docs/a.md:3:1 front-matter', 'content/docs/a.md:5:1 front-matter']);
});

test('Jekyll: tags and categories are Jekyll\'s (a map is wrong, empty is none); a `draft` key is not Jekyll\'s', async () => {
  assert.deepEqual(await siteFindings(rule, {
    '_config.yml': 'title: Blog\n',
    '_posts/2024-01-05-a.md': '---\ntitle: A\ndraft: "no"\ntags:\ncategories: {news: true}\n---\n\nText.\n',
  }), ['_posts/2024-01-05-a.md:5:1 front-matter']);
});

test('Eleventy: `tags` is Eleventy\'s (a map is wrong); `draft` is typed only where the config reads it', async () => {
  const post = '---\ntitle: A\ndraft: "no"\ntags: {news: true}\n---\n\nText.\n';
  assert.deepEqual(await siteFindings(rule, {
    'eleventy.config.js': 'export default function (config) {}\n',
    'posts/a.md': post,
  }), ['posts/a.md:4:1 front-matter']);
  assert.deepEqual(await siteFindings(rule, {
    'eleventy.config.js': 'export default function (config) {\n  config.addPreprocessor("drafts", "*", (data) => (data.draft ? false : undefined));\n}\n',
    'posts/a.md': post,
  }), ['posts/a.md:3:1 front-matter', 'posts/a.md:4:1 front-matter']);
});

test('MkDocs: `tags` is read only with a tags plugin on; an empty one under it is left alone (not verified)', async () => {
  const page = '---\ntitle: A\ntags: {install: true}\ndraft: "no"\n---\n\n# A\n\nText.\n';
  assert.deepEqual(await siteFindings(rule, {'mkdocs.yml': 'site_name: Docs\n', 'docs/a.md': page}), []);
  assert.deepEqual(await siteFindings(rule, {
    'mkdocs.yml': 'site_name: Docs\nplugins:\n  - search\n  - tags\n',
    'docs/a.md': page,
    'docs/b.md': '---\ntitle: B\ntags:\n---\n\n# B\n\nText.\n',
  }), ['docs/a.md:3:1 front-matter']);
});

test('Astro: only the collection\'s schema types an entry: a key it does not name, empty or not, is the site\'s; a list it types, left empty, is refused', async () => {
  const files = {
    'astro.config.mjs': 'export default {};\n',
    'src/content.config.ts': [
      "import {defineCollection, z} from 'astro:content';",
      "import {glob} from 'astro/loaders';",
      "const blog = defineCollection({loader: glob({base: './src/content/blog', pattern: '**/*.md'}), schema: z.object({title: z.string(), draft: z.boolean(), tags: z.array(z.string()).optional()})});",
      'export const collections = {blog};',
      '',
    ].join('\n'),
    'src/content/blog/a.md': '---\ntitle: A\ndraft: false\ncategories:\nseries: {news: true}\n---\n\nText.\n',
    'src/content/blog/b.md': '---\ntitle: B\ndraft: "no"\n---\n\nText.\n',
    'src/content/blog/c.md': '---\ntitle: C\ndraft: false\ntags:\n---\n\nText.\n',
  };
  // zod's `.optional()` takes undefined, not null: a list the schema types, left empty, stops the build.
  assert.deepEqual(await siteFindings(rule, files), ['src/content/blog/b.md:3:1 front-matter', 'src/content/blog/c.md:4:1 front-matter']);
});

test('outside every site (a generic post): an empty `tags:` is left alone, a map is still wrong', async () => {
  assert.deepEqual(await siteFindings(rule, {
    'notes/a.md': '---\ntitle: A\ndate: 2024-01-05\ntags:\ncategories: {news: true}\n---\n\nText.\n',
  }), ['notes/a.md:5:1 front-matter']);
});

test('Starlight: a docs page\'s `title` and `draft` are docsSchema\'s; an empty `tags:` it does not name is the site\'s', async () => {
  assert.deepEqual(await siteFindings(rule, {
    'astro.config.mjs': "import starlight from '@astrojs/starlight';\nexport default {integrations: [starlight({title: 'Docs'})]};\n",
    'src/content/docs/guide.md': '---\ntitle: Guide\ndraft: "no"\ntags:\n---\n\nText.\n',
  }), ['src/content/docs/guide.md:3:1 front-matter']);
});
