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
