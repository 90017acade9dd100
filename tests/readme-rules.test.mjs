// The README is the user's manual: every registered rule has a row in the rules table and a section.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {postlint, repoRoot} from './helpers.mjs';

test('every rule from --list-rules has a table row and a "### id" section in the README', () => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const rules = postlint(['--list-rules']).stdout.trim().split('\n').map((line) => line.split(/\s+/));
  assert.ok(rules.length >= 10);
  for (const [id, severity] of rules) {
    assert.match(readme, new RegExp(`^\\| \\[\`${id}\`\\]\\(#${id}\\) \\| ${severity} \\|`, 'm'), `table row for ${id}`);
    assert.match(readme, new RegExp(`^### ${id}$`, 'm'), `section for ${id}`);
  }
});
