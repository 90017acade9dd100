// The real-sites harness's --plant (bench/real-sites/run.mjs): the renamed heading is planted through a
// link postlint itself resolved to a heading of another page (here a site-root URL, which the old
// reading of relative `.md#…` links never saw), and found only at that link's line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {execFileSync} from 'node:child_process';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {fixtures} from './helpers.mjs';

const harness = fileURLToPath(new URL('../bench/real-sites/run.mjs', import.meta.url));

test('--plant renames the heading a site-root link leads to, and expects the finding at that link', () => {
  const temp = mkdtempSync(join(tmpdir(), 'postlint-harness-'));
  try {
    // Copied out of the repository: the harness copies a site with its whole git repository.
    const site = join(temp, 'kettle');
    cpSync(join(fixtures, 'real-sites-plant'), site, {recursive: true});
    writeFileSync(join(temp, 'list.tsv'), `kettle\t${site}\thugo\n`);
    execFileSync(process.execPath, [harness, join(temp, 'list.tsv'), '--out', join(temp, 'out'), '--plant'], {stdio: 'pipe', timeout: 120_000});
    const [{planted}] = JSON.parse(readFileSync(join(temp, 'out', 'plant.json'), 'utf8'));
    const renamed = planted.find((row) => row.kind === 'renamed-heading');
    // The one link to plant by: the others lead to a `{#legacy}` heading, one of two "Notes", or an empty section.
    assert.deepEqual(renamed, {
      kind: 'renamed-heading',
      rule: 'no-broken-anchors',
      file: 'content/docs/usage.md',
      line: 5,
      column: 11,
      note: '#requirements in content/docs/install.md:7',
      found: true,
    });
    // The site itself is left as it was.
    assert.match(readFileSync(join(site, 'content', 'docs', 'install.md'), 'utf8'), /^## Requirements$/m);
  } finally {
    rmSync(temp, {recursive: true, force: true});
  }
});
