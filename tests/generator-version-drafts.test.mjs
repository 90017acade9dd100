// A `draft: true` counts only where the site's generator version reads it: Docusaurus docs from 2.0.0-beta.15
// (facebook/docusaurus#6457; the blog's `draft` is older), Starlight from 0.22.0 (withastro/starlight#1613).
// Before those the page is built like any other: no draft, and a link to it leads to a page.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {fixtures, siteFindings, tempSite} from './helpers.mjs';
import {filesOf} from './rule-helpers.mjs';

/** The fixture's files ({path: text}), with its package.json's versions replaced. */
function withVersion(folder, from, to) {
  const files = filesOf(join(fixtures, 'generator-versions', folder));
  files['package.json'] = files['package.json'].replaceAll(from, to);
  return tempSite(files);
}

test('Docusaurus 2.0.0-alpha.75: a doc marked `draft: true` is built (no draft, its link leads to a page); a blog post so marked is still a draft', () => {
  const site = join(fixtures, 'generator-versions', 'docusaurus-alpha-drafts');
  assert.deepEqual(siteFindings(site), ['blog/2021-04-01-spring.md:3:1 no-drafts']);
});

test('Docusaurus 2.0.0-beta.15: the doc marked `draft: true` is a draft, and the link to it is reported', () => {
  assert.deepEqual(siteFindings(withVersion('docusaurus-alpha-drafts', '2.0.0-alpha.75', '2.0.0-beta.15')), [
    'blog/2021-04-01-spring.md:3:1 no-drafts',
    'docs/frame.md:3:1 no-drafts',
    'docs/intro.md:5:12 no-unpublished-links',
  ]);
});

test('Starlight 0.17.4: a page marked `draft: true` is built (no draft, the link to it leads to a page); from 0.22.0 it is a draft and the link is reported', () => {
  assert.deepEqual(siteFindings(join(fixtures, 'generator-versions', 'starlight-early-drafts')), []);
  assert.deepEqual(siteFindings(withVersion('starlight-early-drafts', '"0.17.4"', '"^0.22.0"')), [
    'src/content/docs/index.md:5:12 no-unpublished-links',
    'src/content/docs/tails.md:3:1 no-drafts',
  ]);
});
