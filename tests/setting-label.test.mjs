// A setting's label spelled out from its key (`Lan Access Loopback` beside `lanAccessLoopback`) is
// the key's words in Title Case, not the LoopBack framework miscased; the same word capitalized in
// running prose is still reported. By exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {findings, fixtures, postlintJson} from './helpers.mjs';

const site = join(fixtures, 'brand-casing', 'setting-label');

test('brand-casing: a Title Case label that spells an identifier of the page is that setting, not a brand', () => {
  const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: site});
  // Line 5's label `Lan Access Loopback` was reported as `LoopBack`.
  assert.deepEqual(findings(json, site), ['index.md:6:20 brand-casing']);
});
