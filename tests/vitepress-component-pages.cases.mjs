// VitePress pages whose content is not the Markdown postlint reads: a dynamic route's template
// (`packages/[pkg].md` with a `[pkg].paths.ts` loader makes one page per package) and a page only
// Vue components draw. Neither needs a `title` field (VitePress titles the document from front
// matter, the first `#` heading, else the site's title); a link into the route's pattern is a page
// the loader may make, which postlint does not run. A page of text with no title is still reported.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';
import {row} from './rule-helpers.mjs';

const site = join(fixtures, 'generators', 'vitepress-component-pages');

test('vitepress: no title asked of a dynamic-route template or a component-only page; a page of text without one is reported', async () => {
  const {findings} = await lintRule({rule: 'front-matter', fixture: site});
  assert.deepEqual(findings.map(row), ['notes.md:1:1 front-matter']);
});

test('vitepress: a link into a dynamic route\'s pattern is unverifiable (its loader is not run); a link that matches no page or route is reported', async () => {
  const {findings, result} = await lintRule({rule: 'no-missing-files', fixture: site});
  assert.deepEqual(findings.map(row), ['index.md:7:67 no-missing-files']);
  const unverifiable = result.files.flatMap((file) => file.data.unverifiable ?? []);
  assert.deepEqual(unverifiable.map((entry) => `${entry.line}:${entry.column} ${entry.url}`), ['7:5 /packages/hammer']);
  assert.match(unverifiable[0].reason, /dynamic route packages\/\[pkg\]\.md, whose pages come from packages\/\[pkg\]\.paths\.ts/);
});

test('vitepress: a loader whose paths() returns literal params makes exactly those pages, for site-root and relative links alike; the rest is reported', async () => {
  const {tempSite} = await import('./helpers.mjs');
  const root = tempSite({
    '.vitepress/config.ts': "export default {srcDir: 'src'}\n",
    'src/blog/[...slug].md': '---\ntitle: Post\n---\n\n<!-- @content -->\n',
    'src/blog/[...slug].paths.ts': "export default {\n  paths() {\n    return [{params: {slug: 'hello'}}, {params: {slug: 'news/launch'}, content: '# Launch'}]\n  },\n}\n",
    'src/blog/index.md': '# Blog\n\nRead [hello](./hello), [md](./hello.md), [launch](/blog/news/launch) and [typo](./helo).\n',
    'src/index.md': '# Home\n\nSee [hello](/blog/hello) and [typo](/blog/helo).\n',
  });
  const {findings, result} = await lintRule({rule: 'no-missing-files', fixture: root});
  assert.deepEqual(findings.map(row), ['src/blog/index.md:3:74 no-missing-files', 'src/index.md:3:30 no-missing-files']);
  const unverifiable = result.files.flatMap((file) => file.data.unverifiable ?? []);
  assert.deepEqual(unverifiable.map((entry) => `${entry.line}:${entry.column} ${entry.url}`).sort(), ['3:24 ./hello.md', '3:42 /blog/news/launch', '3:5 /blog/hello', '3:6 ./hello']);
  assert.match(unverifiable[0].reason, /a page of the dynamic route blog\/\[\.\.\.slug\]\.md: blog\/\[\.\.\.slug\]\.paths\.ts lists it/);
});
