// Eleventy `permalink: false` (11ty docs "Permalinks → permalink: false"): Eleventy reads the
// template but writes no page for it, so it is no page for page-level rules (the fields a page must
// have, the front-matter guard); its text is still Markdown of the site, checked as content.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteFindings} from './rule-helpers.mjs';
import {findings, postlintJson, tempSite} from './helpers.mjs';

const site = {
  'eleventy.config.js': 'export default function () {}\n',
  'post.md': '---\ntitle: Post\n---\n\nA post.\n',
  'fragment.md': '---\npermalink: false\n---\n\nA fragment of text.\n',
  'written.md': '---\npermalink: /written/\n---\n\nA page.\n',
};

test('eleventy: a template with `permalink: false` is not asked for the fields pages must have; a written page still is', async () => {
  // Eleventy takes a title and a date from elsewhere (data files, the file name): a field the user asks for shows the difference.
  assert.deepEqual(await siteFindings('front-matter', site, {options: {required: ['author']}, config: {site: {guard: false}}}), [
    'post.md:1:1 front-matter',
    'written.md:1:1 front-matter',
  ]);
});

test('eleventy: the text of a `permalink: false` template is still checked as content (spelling)', () => {
  const root = tempSite({...site, 'fragment.md': '---\npermalink: false\n---\n\nA fragmnet of text.\n'});
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root});
  assert.deepEqual(findings(json, root).filter((row) => row.endsWith('spelling')), ['fragment.md:5:3 spelling']);
});

test('eleventy: `permalink: false` in a folder\'s data file (parts/parts.11tydata.json) leaves its templates unwritten; a page\'s own permalink still wins', async () => {
  const withData = {
    ...site,
    'parts/parts.11tydata.json': JSON.stringify({permalink: false}),
    'parts/frag.md': '---\ntitle: Part\n---\n\nA part.\n',
    'parts/shown.md': '---\npermalink: /shown/\n---\n\nShown.\n',
  };
  assert.deepEqual(await siteFindings('front-matter', withData, {options: {required: ['author']}, config: {site: {guard: false}}}), [
    'parts/shown.md:1:1 front-matter',
    'post.md:1:1 front-matter',
    'written.md:1:1 front-matter',
  ]);
});
