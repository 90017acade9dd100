// --fix, --fix-dry-run and --fix-type, on copies of fixtures/fix/site in temporary folders.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, existsSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fixtures, findings, postlint, postlintJson, tempSite} from './helpers.mjs';
import {startServer, runJson, runPostlint} from './links-server.mjs';
import {applyFixes, placeSiteFix} from '../dist/src/fix.js';
import {writeFixed} from '../dist/src/fix-run.js';

const source = join(fixtures, 'fix', 'site');
const original = readFileSync(join(source, 'guide.md'), 'utf8');

function copy() {
  const root = mkdtempSync(join(tmpdir(), 'postlint-fix-'));
  cpSync(source, root, {recursive: true});
  return root;
}

const fixed = `---
title: GitHub notes
note: Github Teh
---

# Guide

## Install steps

Run it.

## Usage

See [install](#install-steps) and [the other](other.md#setup-guide).
We host on GitHub.
Teh end. ![Logo](images/logo.png)

\`\`\`bash
echo Teh #install-step
\`\`\`

Inline \`Javascript\` stays.
`;

test('--fix writes every sure fix (front matter only in the fields a rule checks), leaves code and inline code alone, and reports what remains', () => {
  const root = copy();
  const before = postlintJson(['--offline', '.'], {cwd: root});
  assert.equal(before.code, 1);
  assert.deepEqual(findings(before.json, root), [
    'guide.md:2:8 brand-casing',
    'guide.md:14:5 no-broken-anchors',
    'guide.md:14:34 no-missing-files',
    'guide.md:15:12 brand-casing',
    'guide.md:16:1 spelling',
    'guide.md:16:10 no-missing-files',
  ]);
  const result = postlintJson(['--offline', '--fix', '.'], {cwd: root});
  assert.equal(readFileSync(join(root, 'guide.md'), 'utf8'), fixed);
  // The fragment of `Other.md#setup-guid` is found only once the path is fixed: a second pass.
  assert.match(result.stderr, /fixed 6 problems in 1 file/);
  // Only the typo remains (a warning: spelling fixes need --fix-type), so the exit code is 0.
  assert.deepEqual(findings(result.json, root), ['guide.md:16:1 spelling']);
  assert.equal(result.code, 0);
  assert.equal(readFileSync(join(root, 'other.md'), 'utf8'), readFileSync(join(source, 'other.md'), 'utf8'));
});

test('a second --fix changes nothing and writes nothing (mtime unchanged)', () => {
  const root = copy();
  postlint(['--offline', '--fix', '.'], {cwd: root});
  // A known mtime in the past: any write would change it.
  const old = new Date('2020-01-01T00:00:00Z');
  for (const name of ['guide.md', 'other.md']) utimesSync(join(root, name), old, old);
  const again = postlint(['--offline', '--fix', '.'], {cwd: root});
  assert.match(again.stderr, /fixed 0 problems in 0 files/);
  for (const name of ['guide.md', 'other.md']) assert.equal(statSync(join(root, name)).mtimeMs, old.getTime());
  assert.equal(readFileSync(join(root, 'guide.md'), 'utf8'), fixed);
});

test('--fix-dry-run writes nothing and puts each fix (ESLint shape) and the fixed text in the JSON', () => {
  const root = copy();
  const stamp = statSync(join(root, 'guide.md')).mtimeMs;
  const {json, code, stderr} = postlintJson(['--offline', '--fix-dry-run', '.'], {cwd: root});
  assert.equal(code, 1);
  assert.equal(readFileSync(join(root, 'guide.md'), 'utf8'), original);
  assert.equal(statSync(join(root, 'guide.md')).mtimeMs, stamp);
  const guide = json.find((file) => file.filePath.endsWith('guide.md'));
  const fixes = guide.messages.map((m) => [m.ruleId, m.fix && original.slice(m.fix.range[0], m.fix.range[1]), m.fix?.text]);
  assert.deepEqual(fixes, [
    ['brand-casing', 'Github', 'GitHub'],
    ['no-broken-anchors', '#install-step', '#install-steps'],
    ['no-missing-files', 'Other.md', 'other.md'],
    ['brand-casing', 'Github', 'GitHub'],
    ['spelling', undefined, undefined],
    ['no-missing-files', 'images/Logo.png', 'images/logo.png'],
  ]);
  // A case-only path is a portability warning (no-missing-files), fixable all the same.
  assert.equal(guide.fixableErrorCount, 1);
  assert.equal(guide.fixableWarningCount, 4);
  assert.equal(guide.output, fixed);
  assert.match(stderr, /would fix 6 problems in 1 file/);
});

test('--fix-type spelling also corrects a known misspelling with one correction, keeping its capital', () => {
  const root = copy();
  const result = postlintJson(['--offline', '--fix', '--fix-type', 'spelling', '.'], {cwd: root});
  assert.equal(readFileSync(join(root, 'guide.md'), 'utf8'), fixed.replace('Teh end.', 'The end.'));
  assert.deepEqual(findings(result.json, root), []);
  // In code the typo stays.
  assert.match(readFileSync(join(root, 'guide.md'), 'utf8'), /echo Teh #install-step/);
});

test('--fix-type needs --fix or --fix-dry-run and a rule whose fixes are on request', () => {
  const root = copy();
  const alone = postlint(['--fix-type', 'spelling', '.'], {cwd: root});
  assert.deepEqual([alone.code, alone.stderr], [2, 'postlint: --fix-type works with --fix or --fix-dry-run\n']);
  const bad = postlint(['--fix', '--fix-type', 'brand-casing', '.'], {cwd: root});
  assert.equal(bad.code, 2);
  assert.equal(bad.stderr, 'postlint: --fix-type brand-casing: unknown fix type; use spelling\n');
  assert.equal(readFileSync(join(root, 'guide.md'), 'utf8'), original);
});

test('the spelling rule\'s fix option is the config switch for the same fixes', () => {
  const root = copy();
  writeFileSync(join(root, '.postlintrc.json'), JSON.stringify({rules: {'front-matter': 'off', spelling: ['warn', {fix: true}]}}));
  postlint(['--offline', '--fix', '.'], {cwd: root});
  assert.match(readFileSync(join(root, 'guide.md'), 'utf8'), /^The end\./m);
});

test('overlapping fixes: the first applies, the other waits for the next pass', () => {
  const text = 'abcdef';
  // `Y` lies inside `X`; `Z` starts where `X` ends (two rules never write into one place at once): both wait.
  assert.deepEqual(applyFixes(text, [{range: [2, 3], text: 'Y'}, {range: [5, 6], text: 'W'}, {range: [1, 4], text: 'X'}, {range: [4, 5], text: 'Z'}]), {output: 'aXeW', applied: 2});
  assert.deepEqual(applyFixes('aa bb', [{range: [0, 2], text: 'A'}, {range: [3, 5], text: 'B'}]), {output: 'A B', applied: 2});
});

test('a site fix is placed only where its text occurs exactly once in the finding\'s span', () => {
  const text = 'See [#a](#a) and [b](#a).\n';
  assert.equal(placeSiteFix(text, {line: 1, column: 5, endLine: 1, endColumn: 13}, {find: '#a', text: '#b'}), undefined);
  assert.deepEqual(placeSiteFix(text, {line: 1, column: 18, endLine: 1, endColumn: 25}, {find: '#a', text: '#b'}), {range: [21, 23], text: '#b'});
});

test('a file changed on disk after postlint read it is not overwritten', () => {
  const root = tempSite({'post.md': 'We host on Github.\n'});
  const path = join(root, 'post.md');
  writeFileSync(path, 'Someone saved this meanwhile.\n');
  assert.equal(writeFixed(path, {text: 'We host on Github.\n', bom: false}, 'We host on GitHub.\n'), false);
  assert.equal(readFileSync(path, 'utf8'), 'Someone saved this meanwhile.\n');
  writeFileSync(path, 'We host on Github.\n');
  assert.equal(writeFixed(path, {text: 'We host on Github.\n', bom: false}, 'We host on GitHub.\n'), true);
  assert.equal(readFileSync(path, 'utf8'), 'We host on GitHub.\n');
});

let server;
before(async () => {
  server = await startServer();
});
after(() => server.close());

test('no-dead-links: a permanent redirect is fixed to its checked new address; a dead link is not', async () => {
  const root = tempSite({
    '.postlintrc.json': JSON.stringify({rules: {'front-matter': 'off'}, links: {allowPrivate: true}}),
    'post.md': `# Links\n\nMoved: [a](${server.base}/chain/1#part) and dead: [b](${server.base}/missing).\n\n\`\`\`\n${server.base}/chain/1\n\`\`\`\n`,
  });
  const dry = await runJson(['--fix-dry-run', '--no-cache', '.'], {cwd: root});
  const moved = dry.json[0].messages.find((m) => m.data?.verdict === 'moved');
  assert.deepEqual(moved.fix.text, `${server.base}/chain/3#part`);
  assert.equal(dry.json[0].messages.find((m) => m.data?.verdict === 'dead').fix, undefined);
  const result = await runPostlint(['--fix', '--no-cache', '.'], {cwd: root});
  assert.equal(readFileSync(join(root, 'post.md'), 'utf8'), `# Links\n\nMoved: [a](${server.base}/chain/3#part) and dead: [b](${server.base}/missing).\n\n\`\`\`\n${server.base}/chain/1\n\`\`\`\n`);
  // The dead link remains: exit 1.
  assert.equal(result.code, 1);
});

test('SARIF carries each fix as a replacement by character offset', () => {
  const root = copy();
  const {stdout} = postlint(['--offline', '--format', 'sarif', '.'], {cwd: root});
  const results = JSON.parse(stdout).runs[0].results;
  const brand = results.find((r) => r.ruleId === 'brand-casing' && r.locations[0].physicalLocation.region.startLine === 15);
  assert.deepEqual(brand.fixes[0].artifactChanges[0], {
    artifactLocation: {uri: 'guide.md', uriBaseId: '%SRCROOT%'},
    replacements: [{deletedRegion: {charOffset: original.indexOf('on Github') + 3, charLength: 6}, insertedContent: {text: 'GitHub'}}],
  });
  assert.equal(results.find((r) => r.ruleId === 'spelling').fixes, undefined);
});

test('a file saved by someone else while --fix runs is not overwritten', async () => {
  const {createServer} = await import('node:http');
  const root = tempSite({
    '.postlintrc.json': JSON.stringify({rules: {'front-matter': 'off'}, links: {allowPrivate: true}}),
    'post.md': 'We host on Github.\n\nSee [the page](http://127.0.0.1:PORT/page).\n',
  });
  const path = join(root, 'post.md');
  let requests = 0;
  // The second pass (which re-checks the fixed text) asks for the page again: the file is saved then,
  // after postlint read it and before it writes.
  const server = createServer((req, res) => {
    if (++requests === 2) writeFileSync(path, 'Saved in an editor meanwhile.\n');
    res.writeHead(200, {'content-type': 'text/plain'});
    res.end(req.method === 'HEAD' ? undefined : 'ok');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    writeFileSync(path, readFileSync(path, 'utf8').replace('PORT', String(server.address().port)));
    const result = await runPostlint(['--fix', '--no-cache', '.'], {cwd: root});
    assert.equal(requests, 2);
    assert.equal(readFileSync(path, 'utf8'), 'Saved in an editor meanwhile.\n');
    assert.match(result.stderr, /post\.md changed on disk while postlint ran; not fixed \(run --fix again\)/);
  } finally {
    server.close();
  }
});

test('runWithFixes on unsaved text: an id in other letter case is fixed in the returned text, nothing is written', async () => {
  const {runWithFixes} = await import('../dist/src/index.js');
  const root = copy();
  const text = '# Notes\n\n## Setup Guide\n\nSee [setup](#Setup-Guide) and [other](other.md#Setup-Guide).\n';
  const outcome = await runWithFixes({cwd: root, paths: ['.'], offline: true, workers: 0, documents: [{path: 'notes.md', text}]}, true);
  // The site's other files are fixed and written as usual; the unsaved text only comes back.
  assert.deepEqual([outcome.changed.get(join(root, 'notes.md'))], ['# Notes\n\n## Setup Guide\n\nSee [setup](#setup-guide) and [other](other.md#setup-guide).\n']);
  assert.deepEqual(outcome.written, [join(root, 'guide.md')]);
  assert.equal(existsSync(join(root, 'notes.md')), false);
  assert.deepEqual(outcome.first.files.find((file) => file.path === 'notes.md').messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.fix?.text}`), [
    '5:5 no-broken-anchors #setup-guide',
    '5:31 no-broken-anchors #setup-guide',
  ]);
});
