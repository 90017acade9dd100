// mend44d: what a site builds, read no wider than the build. A filter on a collection's array counts
// only when nothing else uses the unfiltered array (a draft-build switch aside); Docusaurus' built
// folders are known only when every plugin the config names is read. Exact rule id, line, column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {tempSite, siteFindings as run} from './helpers.mjs';

const blogSite = (route) => ({
  'astro.config.mjs': 'export default {};\n',
  'src/content.config.ts': [
    "import {defineCollection} from 'astro:content';",
    "import {glob} from 'astro/loaders';",
    "export const collections = {blog: defineCollection({loader: glob({base: './src/content/blog', pattern: '**/*.md'})})};",
    '',
  ].join('\n'),
  'src/pages/[...id].astro': route,
  'src/content/blog/live.md': '---\ntitle: Live\n---\n\n## Plan\n\n## Done\n\nText.\n',
  'src/content/blog/wip.md': '---\ntitle: Work in progress\ndraft: true\n---\n\n## Plan\n\n## Done\n\nText.\n',
});

const route = (body) => ['---', "import {getCollection} from 'astro:content';", 'export async function getStaticPaths() {', "  const posts = await getCollection('blog');", ...body, '}', '---', ''].join('\n');

test('astro: a filter on the array whose unfiltered entries are still written (a neighbours list) makes no drafts: every post is built and checked', () => {
  const neighbours = route(['  const listed = posts.filter((post) => !post.data.draft);', '  return posts.map((post) => ({params: {id: post.id}, props: {post, listed}}));']);
  assert.deepEqual(run(tempSite(blogSite(neighbours))), ['src/content/blog/live.md:5:1 no-empty-sections', 'src/content/blog/wip.md:6:1 no-empty-sections']);
  // A switch that is no draft-build switch keeps the unfiltered array in the production build too.
  const sorted = route(['  const shown = Astro.props.all ? posts : posts.filter((post) => !post.data.draft);', '  return shown.map((post) => ({params: {id: post.id}, props: {post}}));']);
  assert.deepEqual(run(tempSite(blogSite(sorted))), ['src/content/blog/live.md:5:1 no-empty-sections', 'src/content/blog/wip.md:6:1 no-empty-sections']);
});

test('astro: the filtered array alone, or the unfiltered one only in a draft build, drops drafts', () => {
  const only = route(['  const listed = posts.filter((post) => !post.data.draft);', '  return listed.map((post) => ({params: {id: post.id}, props: {post}}));']);
  assert.deepEqual(run(tempSite(blogSite(only))), ['src/content/blog/live.md:5:1 no-empty-sections', 'src/content/blog/wip.md:3:1 no-drafts']);
  const inverted = route(['  const shown = !import.meta.env.DEV ? posts.filter((post) => !post.data.draft) : posts;', '  return shown.map((post) => ({params: {id: post.id}, props: {post}}));']);
  assert.deepEqual(run(tempSite(blogSite(inverted))), ['src/content/blog/live.md:5:1 no-empty-sections', 'src/content/blog/wip.md:3:1 no-drafts']);
});

const docusaurusSite = (config) => ({
  'docusaurus.config.js': config,
  'package.json': '{"dependencies": {"@docusaurus/core": "3.5.0", "@docusaurus/preset-classic": "3.5.0"}}\n',
  'docs/intro.md': '# Intro\n\nPush it to Github first.\n',
  'community/2024-01-01-meetup.md': '---\ntitle: Meetup\n---\n\nPush it to Github first.\n',
  '.specify/memory/rules.md': '# Rules\n\nPush it to Github first.\n',
  'src/plugins/notes.js': "module.exports = () => ({name: 'notes', async loadContent() { return require('node:fs').readFileSync('community/2024-01-01-meetup.md', 'utf8'); }});\n",
  'config/plugins.js': "module.exports = [['@docusaurus/plugin-content-docs', {id: 'community', path: 'community', routeBasePath: 'community'}]];\n",
});
const withPlugins = (plugins, head = '') => `${head}module.exports = {\n  title: 'S',\n  url: 'https://example.org',\n  baseUrl: '/',\n  presets: [['classic', {docs: {sidebarPath: './sidebars.js'}, blog: false}]],\n  ${plugins}\n};\n`;
const everyFile = ['.specify/memory/rules.md:3:12 brand-casing', 'community/2024-01-01-meetup.md:5:12 brand-casing', 'docs/intro.md:3:12 brand-casing'];

test('docusaurus: a plugin the config names by shorthand, a local module, or a list read from elsewhere may build any folder: nothing more is left out', () => {
  // `content-docs` is @docusaurus/plugin-content-docs (Docusaurus' module shorthands).
  assert.deepEqual(run(tempSite(docusaurusSite(withPlugins("plugins: [['content-docs', {id: 'community', path: 'community', routeBasePath: 'community'}]],")))), everyFile);
  // A local plugin after a plugin given with options.
  assert.deepEqual(run(tempSite(docusaurusSite(withPlugins("plugins: [['docusaurus-plugin-sass', {}], './src/plugins/notes'],")))), everyFile);
  // A local plugin imported by name.
  assert.deepEqual(run(tempSite(docusaurusSite(withPlugins('plugins: [notes],', "const notes = require('./src/plugins/notes');\n")))), everyFile);
  // The list kept in a module of the site's own.
  assert.deepEqual(run(tempSite(docusaurusSite(withPlugins('plugins,', "const plugins = require('./config/plugins');\n")))), everyFile);
});

test('docusaurus: plugins written in the config (a function that tunes webpack) or named as packages leave the built folders known', () => {
  const inline = "plugins: [() => ({name: 'alias', configureWebpack() { return {}; }}), '@docusaurus/plugin-ideal-image', ['@docusaurus/plugin-content-docs', {id: 'community', path: 'community', routeBasePath: 'community'}]],";
  assert.deepEqual(run(tempSite(docusaurusSite(withPlugins(inline)))), ['community/2024-01-01-meetup.md:5:12 brand-casing', 'docs/intro.md:3:12 brand-casing']);
});
