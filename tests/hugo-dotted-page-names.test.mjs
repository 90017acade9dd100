// Hugo serves a page whose file name has dots (`widgets.example.io.md`) at `/…/widgets.example.io/`: only the content
// suffix (and a language code) leaves the name, so a link whose last segment is that name is the page, with or
// without the slash; a dotted name no page has is still missing. Exact rule id, line and column, both ways.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {findings, fixtures, postlintJson} from './helpers.mjs';

test('hugo: `/docs/reference/widgets.example.io` (site-root or from the page\'s URL) is the page widgets.example.io.md; a dotted name no page has, a missing anchor and a missing file are reported', () => {
  const site = join(fixtures, 'generators', 'hugo-dotted-page-names');
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: site});
  const rows = findings(json, site).filter((row) => /no-missing-files|no-broken-anchors/.test(row)).sort();
  assert.deepEqual(rows, [
    'content/docs/guide/setup.md:10:3 no-broken-anchors',
    'content/docs/guide/setup.md:11:5 no-missing-files',
    'content/docs/guide/setup.md:12:5 no-missing-files',
    'content/docs/guide/setup.md:9:5 no-missing-files',
  ]);
});
