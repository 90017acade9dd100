// mkdocs-include-markdown-plugin: the text of a directive is never rendered (its quoted start/end
// markers are no image; the directive stands for content). Exact rule id, line and column, both ways.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {findings, fixtures, postlintJson} from './helpers.mjs';

const generators = join(fixtures, 'generators');

function rows(site) {
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: site});
  return findings(json, site).filter((row) => /no-missing-files|no-broken-anchors|no-empty-sections/.test(row)).sort();
}

test('mkdocs include-markdown: a directive\'s arguments are not the page\'s images; a section holding one is not empty; a missing image and an empty section outside one are reported', () => {
  assert.deepEqual(rows(join(generators, 'mkdocs-include-markdown')), ['docs/scripts/tool.md:11:27 no-missing-files', 'docs/scripts/tool.md:13:1 no-empty-sections']);
});
