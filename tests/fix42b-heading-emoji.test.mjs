// MkDocs: pymdownx.emoji's shortcodes are no part of a heading's id (round 41's
// emoji-shortcode-not-in-heading-id), asserted by exact rule id, line and column, both ways.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {filesOf, lintRule, siteFindings} from './rule-helpers.mjs';
import {fixtures} from './helpers.mjs';

const site = 'generators/mkdocs-pymdownx-emoji';

test('mkdocs pymdownx.emoji: known shortcodes and Material icons leave the id; code keeps it; an unknown shortcode makes the page\'s ids unverifiable', async () => {
  const {rows} = await lintRule('no-broken-anchors', [site]);
  assert.deepEqual(rows, [`${site}/docs/index.md:5:5 no-broken-anchors`, `${site}/docs/index.md:5:73 no-broken-anchors`]);
});

test('mkdocs without pymdownx.emoji: the shortcode is heading text', async () => {
  const files = filesOf(join(fixtures, site));
  files['mkdocs.yml'] = 'site_name: Lantern\n';
  assert.deepEqual(await siteFindings('no-broken-anchors', files), [
    'docs/index.md:3:6 no-broken-anchors',
    'docs/index.md:3:60 no-broken-anchors',
    'docs/index.md:4:49 no-broken-anchors',
    'docs/index.md:5:73 no-broken-anchors',
  ]);
});

test('mkdocs pymdownx.emoji with a non-Material index: an icon name stays a shortcode that index may know, so the page\'s fragments are unverifiable', async () => {
  const files = filesOf(join(fixtures, site));
  files['mkdocs.yml'] = 'site_name: Lantern\nmarkdown_extensions:\n  - pymdownx.emoji\n';
  assert.deepEqual(await siteFindings('no-broken-anchors', files), []);
});
