import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ruleFindings} from './rule-helpers.mjs';

test('Hugo: a page type\'s own heading hook (layouts/<type>/_markup/render-heading.html) decides its pages\' ids; the site-wide hook the others\'', async () => {
  const site = 'generators/hugo-type-heading-hooks';
  assert.deepEqual(await ruleFindings('no-broken-anchors', [site]), [
    // `type: docs` in the blog folder: the docs hook, which writes Hugo's own `.Anchor`
    `${site}/content/blog/seedlings.md:8:39 no-broken-anchors`,
    // the docs section's pages go through the docs hook
    `${site}/content/docs/watering.md:7:45 no-broken-anchors`,
    // `cascade: {type: docs}` on the notes section: its pages are docs pages, through the docs hook
    `${site}/content/notes/frost.md:7:37 no-broken-anchors`,
    // not content/blog/tomatoes.md: the site-wide hook writes ids of its own (`sec-…`), unknown to postlint, so its link is withheld
  ]);
});
