// The built CLI on fixtures/cli/basic: exit codes, flags, and the exact shape of every format.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, mkdtempSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {spawnSync} from 'node:child_process';
import {cliPath, postlint, postlintJson, findings, fixtures, repoRoot, tempSite} from './helpers.mjs';

const basic = join(fixtures, 'cli', 'basic');
const now = ['--now', '2025-01-01'];
const expected = [
  'posts/a-draft.md:4:1 no-drafts',
  'posts/b-scheduled.md:3:1 no-drafts',
  'posts/sub/d-scheduled.md:3:1 no-drafts',
  'posts/sub/e-draft.md:4:1 no-drafts',
];
const ansi = /\u001b\[\d+m/;

/** A run whose output several tests read (each asserts a different part of it): spawned once, on first use. */
function once(run) {
  let result;
  return () => (result ??= run());
}

const ruleIds = once(() => postlint(['--list-rules']).stdout.trim().split('\n').map((line) => line.split(/\s+/)[0]).sort());
// `--format json --now 2025-01-01 .` and the same run in stylish (NO_COLOR=1 is the helper's default).
const basicJson = once(() => postlintJson([...now, '.'], {cwd: basic}));
const basicStylish = once(() => postlint([...now, '.'], {cwd: basic}));

test('exit 1 on errors; findings sorted by path; clean files listed in JSON with zero counts', () => {
  const {code, json} = basicJson();
  assert.equal(code, 1);
  assert.deepEqual(findings(json, basic), expected);
  assert.deepEqual(
    json.map((f) => f.filePath.slice(basic.length + 1)),
    ['posts/a-draft.md', 'posts/b-scheduled.md', 'posts/c-clean.md', 'posts/sub/d-scheduled.md', 'posts/sub/e-draft.md'],
  );
});

test('JSON has the shape of ESLint\'s formatter', () => {
  const {json} = basicJson();
  const draft = json[0];
  assert.equal(draft.filePath, join(basic, 'posts', 'a-draft.md'));
  assert.deepEqual(Object.keys(draft).sort(), ['errorCount', 'fatalErrorCount', 'filePath', 'fixableErrorCount', 'fixableWarningCount', 'messages', 'warningCount']);
  assert.equal(draft.errorCount, 1);
  assert.equal(draft.warningCount, 0);
  assert.deepEqual(draft.messages, [
    {
      ruleId: 'no-drafts',
      severity: 2,
      message: 'Post is a draft: it is marked `draft: true`; publish it or keep it out of this check',
      line: 4,
      column: 1,
      // As ESLint's: the id of the rule's message the finding was made from.
      messageId: 'draft',
      endLine: 4,
      endColumn: 12,
    },
  ]);
  const scheduled = json[1];
  assert.equal(scheduled.messages[0].severity, 1);
  assert.equal(scheduled.warningCount, 1);
  assert.equal(scheduled.errorCount, 0);
  assert.deepEqual(json[2].messages, []);
});

test('output is the same from run to run (deterministic order)', () => {
  const first = basicJson().stdout;
  const second = postlint(['--format', 'json', ...now, 'posts/sub', 'posts'], {cwd: basic}).stdout;
  assert.equal(first, second);
});

test('--rule lowers a rule; exit 0 when only warnings remain', () => {
  const {code, json} = postlintJson([...now, '--rule', 'no-drafts:warn', '.'], {cwd: basic});
  assert.equal(code, 0);
  assert.deepEqual(json.flatMap((f) => f.messages.map((m) => m.severity)), [1, 1, 1, 1]);
  const off = postlintJson([...now, '--rule', 'no-drafts:off', '.'], {cwd: basic});
  assert.equal(off.code, 0);
  assert.deepEqual(findings(off.json, basic), []);
});

test('--max-warnings: exit 1 above the limit, 0 at it', () => {
  const over = postlint([...now, '--rule', 'no-drafts:warn', '--max-warnings', '3', '.'], {cwd: basic});
  assert.equal(over.code, 1);
  assert.match(over.stderr, /4 warnings, more than --max-warnings 3/);
  assert.equal(postlint([...now, '--rule', 'no-drafts:warn', '--max-warnings', '4', '.'], {cwd: basic}).code, 0);
  const bad = postlint(['--max-warnings', 'many', '.'], {cwd: basic});
  assert.equal(bad.code, 2);
});

test('--quiet reports errors only', () => {
  const {code, json} = postlintJson([...now, '--quiet', '.'], {cwd: basic});
  assert.equal(code, 1);
  assert.deepEqual(findings(json, basic), ['posts/a-draft.md:4:1 no-drafts', 'posts/sub/e-draft.md:4:1 no-drafts']);
});

test('stylish: path:line:col on every line, a summary, and no output for a clean run', () => {
  const {code, stdout} = basicStylish();
  assert.equal(code, 1);
  const lines = stdout.split('\n');
  assert.match(lines[0], /^posts\/a-draft\.md:4:1  error    Post is a draft: .*  no-drafts$/);
  assert.match(stdout, /^posts\/b-scheduled\.md:3:1  warning  Post is not published yet/m);
  assert.match(stdout, /4 messages \(✖ 2 errors, ⚠ 2 warnings\)\n$/);
  assert.doesNotMatch(stdout, /c-clean/);
  assert.doesNotMatch(stdout, ansi);
  const clean = postlint(['posts/c-clean.md'], {cwd: basic});
  assert.deepEqual([clean.code, clean.stdout, clean.stderr], [0, '', '']);
});

test('colour: off when NO_COLOR or not a TTY, on with FORCE_COLOR or --color, --no-color wins', () => {
  assert.doesNotMatch(basicStylish().stdout, ansi);
  assert.doesNotMatch(postlint([...now, '.'], {cwd: basic, env: {NO_COLOR: undefined}}).stdout, ansi, 'a pipe is not a TTY');
  assert.match(postlint([...now, '.'], {cwd: basic, env: {NO_COLOR: undefined, FORCE_COLOR: '1'}}).stdout, ansi);
  assert.match(postlint([...now, '--color', '.'], {cwd: basic}).stdout, ansi);
  assert.doesNotMatch(postlint([...now, '--no-color', '.'], {cwd: basic, env: {FORCE_COLOR: '1'}}).stdout, ansi);
});

test('colour is on by default when stdout is a terminal (a pty from script(1)), unless NO_COLOR', (t) => {
  const probe = spawnSync('script', ['--version'], {encoding: 'utf8'});
  if (probe.error) {
    t.skip('script(1) is not installed, so no pseudo-terminal to test with');
    return;
  }
  const inPty = (env) => {
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(cliPath)} --now 2025-01-01 posts/a-draft.md`;
    const clean = {...process.env, ...env};
    for (const [key, value] of Object.entries(clean)) if (value === undefined) delete clean[key];
    return spawnSync('script', ['-qec', command, '/dev/null'], {cwd: basic, encoding: 'utf8', env: clean, timeout: 30_000});
  };
  const tty = inPty({NO_COLOR: undefined, FORCE_COLOR: undefined});
  assert.equal(tty.status, 1, tty.stderr);
  assert.match(tty.stdout, ansi);
  assert.doesNotMatch(inPty({NO_COLOR: '1', FORCE_COLOR: undefined}).stdout, ansi);
});

test('--output writes the report to a file and nothing to stdout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'postlint-out-'));
  const out = join(dir, 'report.json');
  const {code, stdout} = postlint(['--format', 'json', '-o', out, ...now, '.'], {cwd: basic});
  assert.equal(code, 1);
  assert.equal(stdout, '');
  assert.deepEqual(findings(JSON.parse(readFileSync(out, 'utf8')), basic), expected);
  const bad = postlint(['-o', join(dir, 'missing', 'r.txt'), '.'], {cwd: basic});
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^postlint: --output .*cannot write the report \(ENOENT\)\n$/);
});

test('SARIF 2.1.0: one rule entry per rule id, one result per message, each with a region', () => {
  const {code, stdout} = postlint(['--format', 'sarif', ...now, '.'], {cwd: basic});
  assert.equal(code, 1);
  const log = JSON.parse(stdout);
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs.length, 1);
  const {tool, results} = log.runs[0];
  assert.equal(tool.driver.name, 'postlint');
  assert.equal(tool.driver.version, JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version);
  const ids = tool.driver.rules.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
  for (const id of ruleIds()) assert.ok(ids.includes(id), `SARIF lists ${id}`);
  for (const rule of tool.driver.rules) {
    assert.ok(rule.shortDescription.text.length > 0);
    assert.match(rule.helpUri, /^https:\/\//);
  }
  assert.equal(results.length, 4);
  const rows = results.map((r) => {
    assert.equal(tool.driver.rules[r.ruleIndex].id, r.ruleId);
    const {artifactLocation, region} = r.locations[0].physicalLocation;
    return `${artifactLocation.uri}:${region.startLine}:${region.startColumn}-${region.endLine}:${region.endColumn} ${r.ruleId} ${r.level}`;
  });
  assert.deepEqual(rows, [
    'posts/a-draft.md:4:1-4:12 no-drafts error',
    'posts/b-scheduled.md:3:1-3:17 no-drafts warning',
    'posts/sub/d-scheduled.md:3:1-3:17 no-drafts warning',
    'posts/sub/e-draft.md:4:1-4:12 no-drafts error',
  ]);
  assert.match(results[0].message.text, /^Post is a draft/);
});

test('SARIF gives file-level failures a rule entry too', () => {
  const root = tempSite({'bin.md': 'a\u0000b'});
  const log = JSON.parse(postlint(['--format', 'sarif', '.'], {cwd: root}).stdout);
  const [result] = log.runs[0].results;
  assert.equal(result.ruleId, 'fatal');
  assert.equal(log.runs[0].tool.driver.rules[result.ruleIndex].id, 'fatal');
  assert.equal(result.level, 'error');
});

test('github: one workflow command per message, properties and data escaped, then a summary', () => {
  const {code, stdout} = postlint(['--format', 'github', ...now, '.'], {cwd: basic});
  assert.equal(code, 1);
  assert.deepEqual(stdout.split('\n'), [
    '::error file=posts/a-draft.md,line=4,col=1,endLine=4,endColumn=12,title=postlint no-drafts::Post is a draft: it is marked `draft: true`; publish it or keep it out of this check',
    '::warning file=posts/b-scheduled.md,line=3,col=1,endLine=3,endColumn=17,title=postlint no-drafts::Post is not published yet: it is scheduled for 2031-05-01 00:00Z; it will not appear before then',
    '::warning file=posts/sub/d-scheduled.md,line=3,col=1,endLine=3,endColumn=17,title=postlint no-drafts::Post is not published yet: it is scheduled for 2032-01-01 00:00Z; it will not appear before then',
    '::error file=posts/sub/e-draft.md,line=4,col=1,endLine=4,endColumn=12,title=postlint no-drafts::Post is a draft: it is marked `draft: true`; publish it or keep it out of this check',
    'postlint: 2 errors, 2 warnings',
    '',
  ]);
});

test('github escapes %, CR/LF in data and also : and , in properties', () => {
  const root = tempSite({
    'a,b:c.md': '---\ntitle: T\ndate: 2020-01-01\n---\n\n<!-- postlint-disable 100%-sure -->\n\nText.\n',
  });
  const {code, stdout} = postlint(['--format', 'github', '.'], {cwd: root});
  assert.equal(code, 0);
  assert.equal(
    stdout,
    '::warning file=a%2Cb%3Ac.md,line=6,col=1,title=postlint postlint-control::Control comment names unknown rule "100%25-sure"; see postlint --list-rules\n' +
      'postlint: 0 errors, 1 warning\n',
  );
});

test('--version, --help with examples and every rule, --list-rules from the registry', () => {
  const version = postlint(['--version']);
  assert.equal(version.code, 0);
  assert.equal(version.stdout, `${JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version}\n`);
  const help = postlint(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: postlint \[options\] \[paths or globs\.\.\.\]/m);
  assert.match(help.stdout, /^Examples:\n {2}postlint content\//m);
  for (const flag of ['--format', '--output', '--quiet', '--max-warnings', '--rule', '--config', '--no-config', '--color', '--offline', '--version', '--list-rules', '--verbose', '--debug']) {
    assert.ok(help.stdout.includes(flag), `--help mentions ${flag}`);
  }
  const ids = ruleIds();
  const files = readdirSync(join(repoRoot, 'dist', 'rules')).filter((n) => n.endsWith('.js')).map((n) => n.slice(0, -3)).sort();
  assert.deepEqual(ids, files, 'one rule a file in rules/');
  for (const id of ids) assert.match(help.stdout, new RegExp(`^ {2}${id} +(error|warn|off) +\\S`, 'm'));
});

test('usage errors: exit 2, one line on stderr, no stack trace', () => {
  const stderrOf = {};
  for (const args of [['no/such/path'], ['--bogus'], ['--format', 'xml', '.'], ['--rule', 'nope:warn', '.'], ['--rule', 'no-drafts', '.'], ['--now', 'someday', '.'], ['--rule', 'no-draft:warn', '.'], ['--rule', 'zzz-unknown:warn', '.']]) {
    const {code, stdout, stderr} = postlint(args, {cwd: basic});
    assert.equal(code, 2, args.join(' '));
    assert.equal(stdout, '');
    assert.match(stderr, /^postlint: [^\n]+\n$/, args.join(' '));
    assert.doesNotMatch(stderr, /\n\s+at /);
    stderrOf[args.join(' ')] = stderr;
  }
  assert.equal(stderrOf['no/such/path'], 'postlint: No such file or directory: no/such/path\n');
  assert.equal(stderrOf['--rule no-draft:warn .'], 'postlint: --rule no-draft: unknown rule "no-draft"; did you mean "no-drafts"?\n');
  assert.equal(stderrOf['--rule zzz-unknown:warn .'], 'postlint: --rule zzz-unknown: unknown rule "zzz-unknown"; see postlint --list-rules\n');
});

test('--verbose explains the config, the file count and the site on stderr; stdout unchanged', () => {
  const plain = basicJson();
  const verbose = postlint([...now, '--format', 'json', '--verbose', '--no-config', '.'], {cwd: basic});
  assert.equal(verbose.stdout, plain.stdout);
  // Rules add their own --verbose lines (e.g. the slug flavor); the engine's come first, in this order.
  assert.ok(verbose.stderr.startsWith('postlint: config (none; defaults)\npostlint: 5 files to check\npostlint: site . (hugo, from hugo.toml)\n'), verbose.stderr);
});
