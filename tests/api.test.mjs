// The programmatic API: run() and lintText() from a working directory that is not the site,
// and unsaved text linted as if it were on disk inside its site.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {tempSite} from './helpers.mjs';
import {run, lintText} from '../dist/src/index.js';

const hugoSite = () => tempSite({
  'hugo.toml': 'title = "t"\n',
  'content/posts/draft.md': '---\ntitle: Draft\ndate: 2025-01-01\ndraft: true\n---\n\nText.\n',
  'content/posts/guide.md': '---\ntitle: Guide\ndate: 2025-01-01\n---\n\n## Install steps\n\nRun it.\n',
});

const rows = (result) => result.files.flatMap((file) => file.messages.map((m) => `${file.path}:${m.line}:${m.column} ${m.ruleId}`));

// Every test here runs from a folder that is not the site: nothing may depend on process.cwd().
process.chdir(mkdtempSync(join(tmpdir(), 'postlint-elsewhere-')));

test('run({cwd: site}) from another working directory still finds the draft', async () => {
  const site = hugoSite();
  const result = await run({cwd: site, paths: ['.'], offline: true, workers: 0, now: new Date('2026-01-01')});
  assert.deepEqual(rows(result).filter((row) => row.includes('no-drafts')), ['content/posts/draft.md:4:1 no-drafts']);
});

test('run({documents}) lints unsaved text instead of the file on disk, with cross-file findings', async () => {
  const site = hugoSite();
  const result = await run({
    cwd: site,
    paths: ['.'],
    offline: true,
    workers: 0,
    documents: [{path: 'content/posts/guide.md', text: '---\ntitle: Guide\ndate: 2025-01-01\n---\n\n## Install steps\n\nSee [draft](../draft/#nope).\n'}],
  });
  // On disk the guide has no links; the unsaved text links to a draft, and to an id it lacks.
  assert.deepEqual(rows(result).filter((row) => row.startsWith('content/posts/guide.md')), [
    'content/posts/guide.md:8:5 no-broken-anchors',
    'content/posts/guide.md:8:5 no-unpublished-links',
  ]);
});

test('lintText: a file not on disk, linted inside its site, links into the site resolved', async () => {
  const site = hugoSite();
  const text = '---\ntitle: New\ndate: 2025-01-01\n---\n\nRead [the steps](../guide/#install-step) and [the same](../guide/#install-steps).\n';
  const result = await lintText(text, {filePath: 'content/posts/new.md', cwd: site, offline: true, workers: 0});
  assert.equal(result.files.length, 1);
  assert.deepEqual(rows(result), ['content/posts/new.md:6:6 no-broken-anchors']);
  assert.match(result.files[0].messages[0].reason, /did you mean "#install-steps"/);
});
