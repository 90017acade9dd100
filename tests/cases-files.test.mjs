// Every tests/*.cases.mjs runs: node --test runs only *.test.mjs, so a cases file that no in-process-*.test.mjs
// imports (exactly once) would silently never run.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {repoRoot} from './helpers.mjs';

test('each tests/*.cases.mjs is imported by exactly one in-process-*.test.mjs, and every import is of a cases file there', () => {
  const dir = join(repoRoot, 'tests');
  const names = readdirSync(dir);
  const cases = names.filter((name) => name.endsWith('.cases.mjs')).sort();
  const imported = names
    .filter((name) => /^in-process-.*\.test\.mjs$/.test(name))
    .flatMap((name) => [...readFileSync(join(dir, name), 'utf8').matchAll(/^import '\.\/([^']+)';$/gm)].map((match) => match[1]))
    .sort();
  assert.ok(cases.length > 0);
  assert.deepEqual(imported, cases);
});
