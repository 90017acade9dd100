// Round 20/19 classes (fix21a): the text of a mkdocs-include-markdown-plugin directive is never
// rendered (its quoted start/end markers are no image); a real missing image beside one still is.
// Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {findings, fixtures, postlintJson} from './helpers.mjs';

const generators = join(fixtures, 'generators');

function rows(site) {
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: site});
  return findings(json, site).filter((row) => /no-missing-files|no-broken-anchors|no-dead-links/.test(row)).sort();
}

test('mkdocs include-markdown: a directive\'s arguments are not the page\'s images; a missing image outside one is reported', () => {
  assert.deepEqual(rows(join(generators, 'mkdocs-include-markdown')), ['docs/scripts/tool.md:11:27 no-missing-files']);
});
