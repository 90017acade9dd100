// A Docusaurus partial (`_steps.md`, left out of the docs by the default `exclude`) is shown in the pages that import
// it: its `#fragment` links are places on those pages, whose ids hold the partial's headings and the page's own. A
// fragment one importing page lacks is reported there; one no page has is reported. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {findings, fixtures, postlintJson} from './helpers.mjs';

test('docusaurus: `#pin-header` in a partial imported by the page with that heading is found; in a partial also imported by a page without it, and `#fuse` anywhere, are reported', () => {
  const site = join(fixtures, 'generators', 'docusaurus-partial-fragments');
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: site});
  assert.deepEqual(findings(json, site).filter((row) => row.endsWith('no-broken-anchors')).sort(), ['docs/hardware/parts/_shared.md:3:10 no-broken-anchors', 'docs/hardware/parts/_steps.md:4:5 no-broken-anchors']);
});
