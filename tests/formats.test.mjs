// The formats made for other tools: compact (editors, grep), junit (GitLab, Jenkins), github from a
// subfolder (GITHUB_WORKSPACE), and stylish at a terminal's width.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {XMLParser, XMLValidator} from 'fast-xml-parser';
import {cliPath, fixtures, postlint, tempSite} from './helpers.mjs';

const basic = join(fixtures, 'cli', 'basic');
const now = ['--now', '2025-01-01'];

test('compact: path:line:col: severity message (rule), one line a finding, nothing for a clean run', () => {
  const {code, stdout} = postlint(['--format', 'compact', ...now, '.'], {cwd: basic});
  assert.equal(code, 1);
  assert.deepEqual(stdout.split('\n'), [
    'posts/a-draft.md:4:1: error Post is a draft: it is marked `draft: true`; publish it or keep it out of this check (no-drafts)',
    'posts/b-scheduled.md:3:1: warning Post is not published yet: it is scheduled for 2031-05-01 00:00Z; it will not appear before then (no-drafts)',
    'posts/sub/d-scheduled.md:3:1: warning Post is not published yet: it is scheduled for 2032-01-01 00:00Z; it will not appear before then (no-drafts)',
    'posts/sub/e-draft.md:4:1: error Post is a draft: it is marked `draft: true`; publish it or keep it out of this check (no-drafts)',
    '',
  ]);
  // The problem matcher the README gives for VS Code reads every line.
  const matcher = /^(.+):(\d+):(\d+): (error|warning) (.*) \((.+)\)$/;
  for (const line of stdout.trim().split('\n')) assert.match(line, matcher);
  const clean = postlint(['--format', 'compact', 'posts/c-clean.md'], {cwd: basic});
  assert.deepEqual([clean.code, clean.stdout], [0, '']);
});

test('junit: well-formed XML, a suite per file and a case per finding, errors as failures, text escaped', () => {
  // A file name and a fragment with every character XML escapes.
  const site = tempSite({
    // `draft: "no"` is a wrong type, not a draft (a draft's broken anchors would be left alone).
    'posts/a&b "q" <x>.md': '---\ntitle: T\ndate: 2020-01-01\ndraft: "no"\n---\n\nSee [it](#a<b>&\'c\'"d").\n',
    'posts/clean.md': '---\ntitle: T\ndate: 2020-01-01\n---\n\nFine.\n',
  });
  const {code, stdout} = postlint(['--format', 'junit', '--offline', 'posts'], {cwd: site});
  assert.equal(code, 1);
  assert.equal(XMLValidator.validate(stdout), true);
  const doc = new XMLParser({ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name)}).parse(stdout);
  const suites = doc.testsuites.testsuite;
  assert.equal(doc.testsuites.name, 'postlint');
  assert.deepEqual(suites.map((suite) => suite.name), ['posts/a&b "q" <x>.md', 'posts/clean.md']);
  const [bad, clean] = suites;
  assert.deepEqual(clean.testcase.map((c) => [c.name, 'failure' in c]), [['no problems', false]]);
  const cases = bad.testcase.map((c) => ({name: c.name, failed: 'failure' in c, line: c.line}));
  assert.deepEqual(cases, [
    {name: 'front-matter 4:1', failed: true, line: '4'},
    {name: 'no-broken-anchors 7:5', failed: true, line: '7'},
  ]);
  const anchor = bad.testcase[1].failure;
  assert.match(anchor.message, /^Link to "#a<b>&'c'"d"" matches no heading/);
  assert.equal(anchor.type, 'no-broken-anchors');
  assert.match(anchor['#text'], /^posts\/a&b "q" <x>\.md:7:5: error Link to "#a<b>&'c'"d""/);
  assert.equal(Number(doc.testsuites.tests), 3);
  assert.equal(Number(doc.testsuites.failures), 2);
  assert.equal(Number(bad.failures), 2);
});

test('junit: a warning is a passing test case that carries the finding', () => {
  const {stdout} = postlint(['--format', 'junit', ...now, 'posts/b-scheduled.md'], {cwd: basic});
  const doc = new XMLParser({ignoreAttributes: false, attributeNamePrefix: ''}).parse(stdout);
  const testcase = doc.testsuites.testsuite.testcase;
  assert.equal(testcase.failure, undefined);
  assert.match(testcase['system-out'], /^posts\/b-scheduled\.md:3:1: warning Post is not published yet/);
  assert.equal(doc.testsuites.failures, '0');
});

test('github: file= is relative to GITHUB_WORKSPACE when postlint runs in a subfolder', () => {
  const workspace = tempSite({'site/posts/p.md': '---\ntitle: T\ndate: 2020-01-01\ndraft: true\n---\n\nText.\n'});
  const cwd = join(workspace, 'site');
  const inWorkspace = postlint(['--format', 'github', '--offline', 'posts'], {cwd, env: {GITHUB_WORKSPACE: workspace}});
  assert.equal(inWorkspace.code, 1);
  assert.match(inWorkspace.stdout, /^::error file=site\/posts\/p\.md,line=4,col=1,/m);
  const outside = postlint(['--format', 'github', '--offline', 'posts'], {cwd});
  assert.match(outside.stdout, /^::error file=posts\/p\.md,line=4,col=1,/m);
});

test('stylish at a terminal: no line wider than the terminal, path:line:col kept whole at the start', (t) => {
  if (spawnSync('script', ['--version']).error) {
    t.skip('script(1) is not installed, so no pseudo-terminal to test with');
    return;
  }
  for (const columns of [100, 60]) {
    const command = `stty cols ${columns}; ${JSON.stringify(process.execPath)} ${JSON.stringify(cliPath)} --no-color --offline blog`;
    const run = spawnSync('script', ['-qec', command, '/dev/null'], {cwd: fixtures, encoding: 'utf8', timeout: 60_000});
    assert.equal(run.status, 1, run.stderr);
    const lines = run.stdout.replace(/\r/g, '').trimEnd().split('\n');
    for (const line of lines) assert.ok([...line].length <= columns, `${[...line].length} > ${columns}: ${line}`);
    assert.match(lines[0], /^blog\/content\/posts\/async-python-tasks\.md:4:1 +error\b/);
    // Every finding's text is there, wrapped but whole, ending with its rule id.
    const text = lines.join(' ').replace(/\s+/g, ' ');
    assert.match(text, /Post is a draft: it is marked `draft: true`; publish it or keep it out of this check no-drafts/);
    assert.match(text, /Unknown word "collegues"; did you mean "colleagues", "colleges"\? If it is spelled right, add it to \.postlint\/words\.txt spelling/);
  }
  // In a pipe, one finding a line whatever its length.
  const piped = postlint(['--offline', 'blog'], {cwd: fixtures});
  assert.equal(piped.stdout.split('\n').filter((line) => line.startsWith('blog/')).length, 3);
});

test('json: each finding names its message id, from a worker, from the main thread, from the cache, and from a site half', () => {
  const site = tempSite({'post.md': '# Setup\n\nStill TODO here.\n\nSee [it](#setpu) and [that](#nothing-like-it).\n'});
  const rows = (args) => {
    const {code, stdout, stderr} = postlint(['--format', 'json', '--offline', ...args, 'post.md'], {cwd: site});
    assert.equal(code, 1, stderr);
    return JSON.parse(stdout)[0].messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.messageId}`);
  };
  const expected = ['3:7 no-placeholders placeholder', '5:5 no-broken-anchors didYouMean', '5:22 no-broken-anchors noHeading'];
  assert.deepEqual(rows(['--workers', '1']), expected);
  assert.deepEqual(rows(['--workers', '1']), expected, 'the second run reads the file half from the cache');
  assert.deepEqual(rows(['--no-workers', '--no-cache']), expected);
});
