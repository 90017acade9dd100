// eleventy-plugin-footnotes: on a page with footnotes, `#footnotes-label` (the section title's id),
// `#<id>-note` and `#<id>-ref` are the page's ids; a page without footnotes has none of them.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {findings, fixtures, postlintJson} from './helpers.mjs';

const site = join(fixtures, 'generators', 'eleventy-footnotes');

test('eleventy-plugin-footnotes: the plugin\'s ids on a page with footnotes are found; an unknown note and the title on a page without footnotes are reported', () => {
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: site});
  assert.deepEqual(findings(json, site).filter((row) => /no-broken-anchors/.test(row)).sort(), ['posts/counters.md:9:75 no-broken-anchors', 'posts/plain.md:7:22 no-broken-anchors']);
});

test('eleventy-plugin-footnotes: the config\'s titleId option, a default, and options postlint cannot read', async () => {
  const {footnotesPlugin} = await import('../dist/src/site/generators/eleventy-footnotes.js');
  assert.deepEqual(footnotesPlugin("const footnotes = require('eleventy-plugin-footnotes')\nmodule.exports = (c) => { c.addPlugin(footnotes) }"), {titleId: 'footnotes-label'});
  assert.deepEqual(footnotesPlugin("import fn from 'eleventy-plugin-footnotes'\nexport default (c) => { c.addPlugin(fn, { titleId: 'notes-title' }) }"), {titleId: 'notes-title'});
  assert.deepEqual(footnotesPlugin("import fn from 'eleventy-plugin-footnotes'\nexport default (c) => { c.addPlugin(fn, options) }"), {});
  assert.equal(footnotesPlugin("import fn from 'eleventy-plugin-footnotes'\n"), undefined);
});
