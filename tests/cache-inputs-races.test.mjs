// The side files' list (src/cache-inputs.ts) against writes that race a run: a side file written while a run reads
// it, and two runs at once. Either way the next run must not take entries made from another state of the file.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {tempFolder} from './helpers.mjs';

// Exact file times: a stamp taken right after a write is trusted (src/file-stamp.ts reads this at load).
process.env.POSTLINT_CACHE_SETTLE_MS = '0';
const {CacheInputs} = await import('../dist/src/cache-inputs.js');
const {readSideFile} = await import('../dist/src/read-text.js');
const {takeSideReads} = await import('../dist/src/side-reads.js');

const log = (line) => assert.fail(line);

function site() {
  const root = tempFolder('postlint-inputs-races-');
  const data = join(root, 'data.json');
  writeFileSync(data, '1');
  takeSideReads();
  const first = CacheInputs.open(join(root, '.postlint-cache'));
  readSideFile(data);
  first.save(log);
  takeSideReads();
  return {root, data, cache: join(root, '.postlint-cache')};
}

test('cache inputs: a side file written between the check at the start and the run\'s read moves the next run\'s generation', () => {
  const {data, cache} = site();
  const run = CacheInputs.open(cache);
  assert.equal(run.changed, undefined);
  writeFileSync(data, '22');
  readSideFile(data);
  run.save(log);
  takeSideReads();
  const next = CacheInputs.open(cache);
  assert.equal(next.changed, data);
  assert.notEqual(next.generation, run.generation);
});

test('cache inputs: two runs at once never give a later change the generation of the other run\'s entries', () => {
  const {root, data, cache} = site();
  const older = CacheInputs.open(cache);
  writeFileSync(data, '22');
  const newer = CacheInputs.open(cache);
  assert.equal(newer.changed, data);
  readSideFile(data);
  newer.save(log);
  takeSideReads();
  // The older run ends last and reads a side file the list did not hold: it stores its list, of its generation.
  readSideFile(join(root, 'other.json'));
  older.save(log);
  takeSideReads();
  writeFileSync(data, '333');
  const later = CacheInputs.open(cache);
  assert.equal(later.changed, data);
  assert.notEqual(later.generation, newer.generation);
  assert.notEqual(later.generation, older.generation);
});
