// fix44d: what a site builds. An Astro site's own helper that loads a collection and filters out
// `draft: true` makes those entries drafts; each case asserts exact rule id, line and column,
// the false alarm gone and a true finding of the same shape still reported.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {tempSite, siteFindings as run} from './helpers.mjs';

const blogSite = (route, helper) => ({
  'astro.config.mjs': 'export default {};\n',
  'src/content.config.ts': [
    "import {defineCollection} from 'astro:content';",
    "import {glob} from 'astro/loaders';",
    "export const collections = {blog: defineCollection({loader: glob({base: './src/content/blog', pattern: '**/*.md'})})};",
    '',
  ].join('\n'),
  'src/pages/[...id].astro': route,
  'src/lib/posts.ts': helper,
  'src/content/blog/live.md': '---\ntitle: Live\n---\n\n## Plan\n\n## Done\n\nText.\n',
  'src/content/blog/wip.md': '---\ntitle: Work in progress\ndraft: true\n---\n\n## Plan\n\n## Done\n\nText.\n',
});

const helperRoute = [
  '---',
  "import {getPosts} from '../lib/posts';",
  'export async function getStaticPaths() {',
  '  const posts = await getPosts();',
  '  return posts.map((post) => ({params: {id: post.id}, props: {post}}));',
  '}',
  '---',
  '',
].join('\n');

test('astro: a helper the route imports loads the collection and filters it with a function testing data.draft: its drafts are drafts', () => {
  const helper = [
    "import {getCollection} from 'astro:content';",
    'export function showDrafts() {',
    "  return import.meta.env.DEV || process.env.SHOW_DRAFTS === 'yes';",
    '}',
    'export function isListed(post) {',
    '  if (showDrafts()) return true;',
    '  return !post.data.draft;',
    '}',
    'export async function getPosts(withDrafts = showDrafts()) {',
    "  const all = await getCollection('blog');",
    '  const shown = withDrafts ? all : all.filter((post) => isListed(post));',
    '  return shown.sort((a, b) => a.id.localeCompare(b.id));',
    '}',
    '',
  ].join('\n');
  // The draft's empty section is left alone (a draft may be unfinished); the published post's is reported.
  assert.deepEqual(run(tempSite(blogSite(helperRoute, helper))), ['src/content/blog/live.md:5:1 no-empty-sections', 'src/content/blog/wip.md:3:1 no-drafts']);
});

test('astro: a filter chained on getCollection\'s result in the helper counts as well; a helper that filters nothing makes no draft', () => {
  const chained = "import {getCollection} from 'astro:content';\nexport const getPosts = async () => (await getCollection('blog')).filter(({data}) => data.draft !== true);\n";
  assert.deepEqual(run(tempSite(blogSite(helperRoute, chained))), ['src/content/blog/live.md:5:1 no-empty-sections', 'src/content/blog/wip.md:3:1 no-drafts']);
  const unfiltered = "import {getCollection} from 'astro:content';\nexport async function getPosts() {\n  const all = await getCollection('blog');\n  return all.filter((post) => post.id !== 'about');\n}\n";
  assert.deepEqual(run(tempSite(blogSite(helperRoute, unfiltered))), ['src/content/blog/live.md:5:1 no-empty-sections', 'src/content/blog/wip.md:6:1 no-empty-sections']);
});

const docusaurusSite = (config, extra = {}) => ({
  'docusaurus.config.js': config,
  'package.json': '{"dependencies": {"@docusaurus/core": "3.5.0", "@docusaurus/preset-classic": "3.5.0"}}\n',
  'docs/intro.md': '# Intro\n\nPush it to Github first.\n',
  'blog/2024-01-02-hello.md': '---\ntitle: Hello\n---\n\nPush it to Github first.\n',
  // A spec tool's notes and an agent's prompt: no content plugin reads them, and they are no README or forge file.
  '.specify/memory/rules.md': '# Rules\n\nPush it to Github first.\n',
  '.github/agents/review.agent.md': '# Review\n\nPush it to Github first.\n',
  // A dot folder's README too is tooling's (fix46c, src/site/tooling-folders.ts): GitHub sends no reader into a dot
  // folder by itself; only the top `.github/`'s community files and templates are shown as the project's.
  '.specify/README.md': '# Notes\n\nPush it to Github first.\n',
  ...extra,
});

const presetConfig = (blog) => `module.exports = {\n  title: 'S',\n  url: 'https://example.org',\n  baseUrl: '/',\n  presets: [['classic', {docs: {sidebarPath: require.resolve('./sidebars.js')}, ${blog}}]],\n};\n`;

test('docusaurus: only the content plugins\' folders are built; a dot folder\'s notes, its README and an agent prompt are left out', () => {
  const found = run(tempSite(docusaurusSite(presetConfig("blog: {blogTitle: 'B'}"))));
  assert.deepEqual(found, ['blog/2024-01-02-hello.md:5:12 brand-casing', 'docs/intro.md:3:12 brand-casing']);
});

test('docusaurus: the blog\'s literal path is its folder (a post left in blog/ is never built); a computed path or a plugin of the site\'s own that loads content leaves the built folders unknown', () => {
  const moved = run(tempSite(docusaurusSite(presetConfig("blog: {path: 'news'}"), {'news/2024-01-03-moved.md': '---\ntitle: Moved\n---\n\nPush it to Github first.\n'})));
  assert.deepEqual(moved, ['docs/intro.md:3:12 brand-casing', 'news/2024-01-03-moved.md:5:12 brand-casing']);
  assert.deepEqual(run(tempSite(docusaurusSite(presetConfig("blog: {path: './blog'}")))), run(tempSite(docusaurusSite(presetConfig("blog: {blogTitle: 'B'}")))));
  const computed = run(tempSite(docusaurusSite(presetConfig("blog: {path: require('node:path').join(__dirname, 'blog')}"))));
  // The blog's folder unknown: the other folders are checked; dot folders' files stay tooling (content globs skip dot names).
  assert.ok(computed.includes('blog/2024-01-02-hello.md:5:12 brand-casing') && !computed.some((row) => row.startsWith('.')), computed.join('\n'));
  const loader = presetConfig('blog: {}').replace('presets:', "plugins: [() => ({name: 'notes', async loadContent() { return require('node:fs').readFileSync('.specify/memory/rules.md', 'utf8'); }})],\n  presets:");
  assert.ok(!run(tempSite(docusaurusSite(loader))).includes('.specify/memory/rules.md:3:12 brand-casing'));
});

test('hugo: a date in the layouts cast.StringToDate tries (UnixDate, ANSIC, RubyDate, RFC850, Time.String) is read; a day its month lacks or a form none takes is reported', () => {
  const page = (date) => `---\ntitle: Post\ndate: "${date}"\n---\n\nText.\n`;
  const root = tempSite({
    'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "S"\n',
    'content/posts/unix.md': page('Thu Sep  6 10:44:30 PDT 2018'),
    'content/posts/ansic.md': page('Mon Jan 2 15:04:05 2006'),
    'content/posts/ruby.md': page('Mon Jan 02 15:04:05 -0700 2006'),
    'content/posts/rfc850.md': page('Monday, 02-Jan-06 15:04:05 MST'),
    'content/posts/string.md': page('2006-01-02 15:04:05.123 -0700 MST'),
    'content/posts/no-day.md': page('Mon Sep 31 10:44:30 PDT 2018'),
    'content/posts/no-seconds.md': page('Thu Sep  6 10:44 PDT 2018'),
  });
  assert.deepEqual(run(root), ['content/posts/no-day.md:3:1 front-matter', 'content/posts/no-seconds.md:3:1 front-matter']);
});

// mend44d: a filter on a collection's array counts only when nothing else uses the unfiltered array (a draft-build
// switch aside); Docusaurus' built folders are known only when every plugin the config names is read.
const route = (body) => ['---', "import {getCollection} from 'astro:content';", 'export async function getStaticPaths() {', "  const posts = await getCollection('blog');", ...body, '}', '---', ''].join('\n');

test('astro: a filter on the array whose unfiltered entries are still written (a neighbours list) makes no drafts: every post is built and checked', () => {
  const neighbours = route(['  const listed = posts.filter((post) => !post.data.draft);', '  return posts.map((post) => ({params: {id: post.id}, props: {post, listed}}));']);
  assert.deepEqual(run(tempSite(blogSite(neighbours, ''))), ['src/content/blog/live.md:5:1 no-empty-sections', 'src/content/blog/wip.md:6:1 no-empty-sections']);
  // A switch that is no draft-build switch keeps the unfiltered array in the production build too.
  const sorted = route(['  const shown = Astro.props.all ? posts : posts.filter((post) => !post.data.draft);', '  return shown.map((post) => ({params: {id: post.id}, props: {post}}));']);
  assert.deepEqual(run(tempSite(blogSite(sorted, ''))), ['src/content/blog/live.md:5:1 no-empty-sections', 'src/content/blog/wip.md:6:1 no-empty-sections']);
});

test('astro: the filtered array alone, or the unfiltered one only in a draft build, drops drafts', () => {
  const only = route(['  const listed = posts.filter((post) => !post.data.draft);', '  return listed.map((post) => ({params: {id: post.id}, props: {post}}));']);
  assert.deepEqual(run(tempSite(blogSite(only, ''))), ['src/content/blog/live.md:5:1 no-empty-sections', 'src/content/blog/wip.md:3:1 no-drafts']);
  const inverted = route(['  const shown = !import.meta.env.DEV ? posts.filter((post) => !post.data.draft) : posts;', '  return shown.map((post) => ({params: {id: post.id}, props: {post}}));']);
  assert.deepEqual(run(tempSite(blogSite(inverted, ''))), ['src/content/blog/live.md:5:1 no-empty-sections', 'src/content/blog/wip.md:3:1 no-drafts']);
});

const pluginSite = (config) => ({
  'docusaurus.config.js': config,
  'package.json': '{"dependencies": {"@docusaurus/core": "3.5.0", "@docusaurus/preset-classic": "3.5.0"}}\n',
  'docs/intro.md': '# Intro\n\nPush it to Github first.\n',
  'community/2024-01-01-meetup.md': '---\ntitle: Meetup\n---\n\nPush it to Github first.\n',
  '.specify/memory/rules.md': '# Rules\n\nPush it to Github first.\n',
  'src/plugins/notes.js': "module.exports = () => ({name: 'notes', async loadContent() { return require('node:fs').readFileSync('community/2024-01-01-meetup.md', 'utf8'); }});\n",
  'config/plugins.js': "module.exports = [['@docusaurus/plugin-content-docs', {id: 'community', path: 'community', routeBasePath: 'community'}]];\n",
});
const withPlugins = (plugins, head = '') => `${head}module.exports = {\n  title: 'S',\n  url: 'https://example.org',\n  baseUrl: '/',\n  presets: [['classic', {docs: {sidebarPath: './sidebars.js'}, blog: false}]],\n  ${plugins}\n};\n`;
// A dot folder's notes stay left out even then: the content plugins' globs skip dot names, and so would a plugin's of
// the site's own by default (fix46c, tooling-folders.ts).
const everyFile = ['community/2024-01-01-meetup.md:5:12 brand-casing', 'docs/intro.md:3:12 brand-casing'];

test('docusaurus: a plugin the config names by shorthand, a local module, or a list read from elsewhere may build any folder: nothing more is left out', () => {
  // `content-docs` is @docusaurus/plugin-content-docs (Docusaurus' module shorthands).
  assert.deepEqual(run(tempSite(pluginSite(withPlugins("plugins: [['content-docs', {id: 'community', path: 'community', routeBasePath: 'community'}]],")))), everyFile);
  // A local plugin after a plugin given with options.
  assert.deepEqual(run(tempSite(pluginSite(withPlugins("plugins: [['docusaurus-plugin-sass', {}], './src/plugins/notes'],")))), everyFile);
  // A local plugin imported by name.
  assert.deepEqual(run(tempSite(pluginSite(withPlugins('plugins: [notes],', "const notes = require('./src/plugins/notes');\n")))), everyFile);
  // The list kept in a module of the site's own.
  assert.deepEqual(run(tempSite(pluginSite(withPlugins('plugins,', "const plugins = require('./config/plugins');\n")))), everyFile);
});

test('docusaurus: plugins written in the config (a function that tunes webpack) or named as packages leave the built folders known', () => {
  const inline = "plugins: [() => ({name: 'alias', configureWebpack() { return {}; }}), '@docusaurus/plugin-ideal-image', ['@docusaurus/plugin-content-docs', {id: 'community', path: 'community', routeBasePath: 'community'}]],";
  assert.deepEqual(run(tempSite(pluginSite(withPlugins(inline)))), ['community/2024-01-01-meetup.md:5:12 brand-casing', 'docs/intro.md:3:12 brand-casing']);
});

test('docusaurus: a partial a page imports through the @site alias (the site folder) is checked, though no content plugin reads its folder', () => {
  const found = run(tempSite({
    ...docusaurusSite(presetConfig("blog: {blogTitle: 'B'}")),
    'docs/setup.mdx': "import Note from '@site/snippets/note.md';\n\n# Setup\n\n<Note />\n",
    'snippets/note.md': 'Push it to Github first.\n',
    'snippets/unused.md': 'Push it to Github first.\n',
  }));
  assert.deepEqual(found, ['blog/2024-01-02-hello.md:5:12 brand-casing', 'docs/intro.md:3:12 brand-casing', 'snippets/note.md:1:12 brand-casing']);
});
