// A setting's label spelled out from its key (`Lan Access Loopback` beside `lanAccessLoopback`) is
// the key's words in Title Case, not the LoopBack framework miscased; the same word capitalized in
// running prose is still reported. By exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {findings, fixtures, postlintJson} from './helpers.mjs';
import {identifierLabels} from '../dist/src/spelling/identifier-labels.js';

const site = join(fixtures, 'brand-casing', 'setting-label');

test('brand-casing: a Title Case label that spells an identifier of the page is that setting, not a brand', () => {
  const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: site});
  // Line 5's label `Lan Access Loopback` was reported as `LoopBack`.
  assert.deepEqual(findings(json, site), ['index.md:6:20 brand-casing']);
});

test('brand-casing: a Title Case run that only holds an identifier\'s words (`Github Token` of `githubToken` in a heading), or runs on in a sentence, is still reported', () => {
  const prose = join(fixtures, 'brand-casing', 'setting-label-prose');
  const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: prose});
  assert.deepEqual(findings(json, prose), ['index.md:1:19 brand-casing', 'index.md:9:17 brand-casing']);
});

test('identifierLabels: a run of 3,000 Title Case words is joined once, and holds no label', () => {
  const source = `Set githubToken here: ${'Github '.repeat(3000)}Token.`;
  const prose = [...source.matchAll(/\p{L}+/gu)].map((match) => ({text: match[0], offset: match.index, block: 0}));
  const started = process.cpuUsage();
  assert.equal(identifierLabels(source, prose, new Set(['githubtoken'])).size, 0);
  // The stretch loop of every sub-run took minutes here; one pass takes milliseconds (CPU time, so waiting for a core does not count).
  const used = process.cpuUsage(started);
  assert.ok(used.user + used.system < 5_000_000);
  const label = 'Networking > Github Token: on';
  const tokens = [...label.matchAll(/\p{L}+/gu)].map((match) => ({text: match[0], offset: match.index, block: 0}));
  assert.deepEqual([...identifierLabels(label, tokens, new Set(['githubtoken']))], [1, 2]);
});
