// Inline control comments, on file-phase and site-phase findings, and what a crashing rule does.
// The body rules of other issues are not needed here: the test runs a copy of the built package
// with three small test rules added to its rules folder, the way a real rule is added.
import {test, before} from 'node:test';
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {copyPackage, repoRoot, tempSite} from './helpers.mjs';

let cli;

const testRules = {
  // File phase: every text node containing FLAG, at the node.
  'test-flag.js': `import {defineRule} from '../src/rule-kit.js';
const walk = (node, report) => {
  if (node.type === 'text' && node.value.includes('FLAG')) report({messageId: 'flag', place: node.position.start});
  if (node.type === 'text' && node.value.includes('BOOM')) throw new Error('test rule exploded');
  for (const child of node.children ?? []) walk(child, report);
};
export default defineRule({
  meta: {id: 'test-flag', description: 'test: FLAG in text', severity: 'error', messages: {flag: 'FLAG found'}},
  file({tree, report}) {
    walk(tree, report);
  },
});
`,
  // Site phase: every link to "site-flag", from the facts, after the trees are gone.
  'test-site.js': `import {defineRule} from '../src/rule-kit.js';
export default defineRule({
  meta: {id: 'test-site', description: 'test: links to site-flag', severity: 'warn', messages: {flag: 'site flag'}},
  site({index, targets, report}) {
    for (const path of targets) for (const link of index.facts(path).links) {
      if (link.url === 'site-flag') report({file: path, messageId: 'flag', place: link});
      if (link.url === 'site-crash') throw new Error('site rule exploded');
      if (link.url === 'site-bad-id') report({file: path, messageId: 'flagg', place: link});
    }
  },
});
`,
};

// The copy's engine, for the control-comment tests: they are about what the engine does with the
// comments (its finish stage), not about the CLI process, so they run it in this process (one load
// of the engine, not one per case); the exit codes, crashes and the registry are the CLI's.
let engine;

before(async () => {
  const pkg = copyPackage();
  for (const [name, source] of Object.entries(testRules)) writeFileSync(join(pkg, 'dist', 'rules', name), source);
  cli = join(pkg, 'dist', 'src', 'cli.js');
  engine = await import(pathToFileURL(join(pkg, 'dist', 'src', 'index.js')).href);
});

function run(args, cwd) {
  const r = spawnSync(process.execPath, [cli, ...args], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}, timeout: 30_000});
  return {code: r.status, stdout: r.stdout, stderr: r.stderr};
}

/** Lint one post (front matter + body), as `postlint --format json .` in its folder would, and return "line:col rule severity" rows. */
async function lint(body) {
  const root = tempSite({'post.md': `---\ntitle: T\ndate: 2020-01-01\n---\n\n${body}`});
  const result = await engine.run({cwd: root, paths: ['.'], log: () => {}});
  // What makes the CLI exit 2: a site rule that threw.
  assert.deepEqual(result.failedRules, []);
  const [file] = JSON.parse((await engine.loadReporter('json'))(result.files, {cwd: root, rules: result.rules}));
  // Only the test rules' findings: the real rules (links to missing files…) are other tests' business.
  return file.messages.filter((m) => /^(test-|postlint-control)/.test(m.ruleId ?? '')).map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.severity}`);
}

test('the added rules are picked up by the registry (no other file edited)', async () => {
  const list = run(['--list-rules'], repoRoot).stdout;
  assert.match(list, /^test-flag +error +test: FLAG in text$/m);
  assert.match(list, /^test-site +warn +test: links to site-flag$/m);
  assert.deepEqual(await lint('FLAG one.\n\n[x](site-flag)\n'), ['6:1 test-flag 2', '8:1 test-site 1']);
});

test('postlint-disable / postlint-enable with rule names silence those rules in between', async () => {
  const body = 'FLAG a.\n\n<!-- postlint-disable test-flag -->\n\nFLAG b. [x](site-flag)\n\n<!-- postlint-enable test-flag -->\n\nFLAG c.\n';
  assert.deepEqual(await lint(body), ['6:1 test-flag 2', '10:9 test-site 1', '14:1 test-flag 2']);
});

test('postlint-disable without names silences every rule, site rules included, until postlint-enable', async () => {
  const body = '<!-- postlint-disable -->\n\nFLAG a. [x](site-flag)\n\n<!-- postlint-enable -->\n\nFLAG b. [y](site-flag)\n';
  assert.deepEqual(await lint(body), ['12:1 test-flag 2', '12:9 test-site 1']);
});

test('an enable naming one rule re-enables only that rule; several names in one comment', async () => {
  const body = '<!-- postlint-disable test-flag test-site -->\n\nFLAG a. [x](site-flag)\n\n<!-- postlint-enable test-site -->\n\nFLAG b. [y](site-flag)\n';
  assert.deepEqual(await lint(body), ['12:9 test-site 1']);
});

test('postlint-disable-next-line covers the next line only, for file and site findings', async () => {
  const body = '<!-- postlint-disable-next-line test-flag test-site -->\n- FLAG a. [x](site-flag)\n- FLAG b. [y](site-flag)\n';
  assert.deepEqual(await lint(body), ['8:3 test-flag 2', '8:11 test-site 1']);
  const other = '<!-- postlint-disable-next-line test-site -->\n- FLAG a. [x](site-flag)\n';
  assert.deepEqual(await lint(other), ['7:3 test-flag 2']);
});

test('postlint-disable-line silences the named rules (or all) on its own line only, for file and site findings', async () => {
  const body = 'FLAG a. [x](site-flag) <!-- postlint-disable-line test-flag -->\n\nFLAG b. [y](site-flag)\n';
  assert.deepEqual(await lint(body), ['6:9 test-site 1', '8:1 test-flag 2', '8:9 test-site 1']);
  const all = '- FLAG a. [x](site-flag) <!-- postlint-disable-line -->\n- FLAG b.\n';
  assert.deepEqual(await lint(all), ['7:3 test-flag 2']);
  // A block comment on a line of its own silences nothing else.
  const alone = '<!-- postlint-disable-line test-flag -->\n\nFLAG c.\n';
  assert.deepEqual(await lint(alone), ['8:1 test-flag 2']);
});

test('postlint-disable-file silences a rule everywhere, front matter included', () => {
  const root = tempSite({'post.md': '---\ntitle: T\ndate: 2020-01-01\ndraft: true\n---\n\nFLAG.\n\n<!-- postlint-disable-file no-drafts -->\n'});
  const {code, stdout} = run(['--format', 'json', '.'], root);
  assert.equal(code, 1);
  assert.deepEqual(JSON.parse(stdout)[0].messages.map((m) => `${m.line} ${m.ruleId}`), ['7 test-flag']);
});

test('a control comment naming an unknown rule is a warning at the comment; the known names still work', async () => {
  const body = 'Text.\n\n<!-- postlint-disable test-flag no-such-rule -->\n\nFLAG.\n';
  assert.deepEqual(await lint(body), ['8:1 postlint-control 1']);
  const root = tempSite({'post.md': '---\ntitle: T\ndate: 2020-01-01\n---\n\n<!-- postlint-disable-next-line test-flagg -->\nFLAG.\n'});
  const {code, stdout} = run(['.'], root);
  assert.equal(code, 1);
  assert.match(stdout, /6:1 +warning +Control comment names unknown rule "test-flagg"; see postlint --list-rules +postlint-control/);
});

test('look-alike comments are not directives', async () => {
  const body = '<!-- postlint-disabled test-flag -->\n\n<!-- not postlint-disable -->\n\n    <!-- postlint-disable -->\n\n<!-- postlint-disable --> <!-- x -->\n\nFLAG.\n';
  assert.deepEqual(await lint(body), ['14:1 test-flag 2']);
});

test('a rule that throws on one file makes a fatal message there; the other files are checked', () => {
  const root = tempSite({'a.md': 'BOOM\n', 'b.md': '---\ntitle: T\ndate: 2020-01-01\n---\n\nFLAG\n'});
  const {code, stdout} = run(['--format', 'json', '--rule', 'front-matter:off', '.'], root);
  assert.equal(code, 1);
  const [a, b] = JSON.parse(stdout);
  assert.deepEqual(a.messages.map((m) => [m.ruleId, m.severity, m.message]), [
    ['test-flag', 2, 'Rule test-flag crashed on this file (a bug in postlint; please report it): test rule exploded'],
  ]);
  assert.deepEqual(b.messages.map((m) => m.ruleId), ['test-flag']);
});

test('a site rule that throws fails that rule for the run: a fatal message naming it, exit 2; the other rules still report', () => {
  const root = tempSite({'a.md': '[x](site-flag) [y](site-crash)\n\nFLAG\n', 'b.md': 'FLAG\n'});
  const {code, stdout, stderr} = run(['--format', 'json', '--rule', 'front-matter:off', '.'], root);
  assert.equal(code, 2, stderr);
  const [a, b] = JSON.parse(stdout);
  // The other rules, file and site halves alike, still report (no-missing-files on the same links).
  assert.deepEqual(a.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.severity} ${m.message}`), [
    '1:1 no-missing-files 2 Link target "site-flag" does not exist (no file at site-flag); fix the path or add the file',
    '1:1 test-site 1 site flag',
    '1:1 test-site 2 Rule test-site failed in this run, so its site-wide findings are incomplete (a bug in postlint; please report it): site rule exploded',
    '1:16 no-missing-files 2 Link target "site-crash" does not exist (no file at site-crash); fix the path or add the file',
    '3:1 test-flag 2 FLAG found',
  ]);
  assert.deepEqual(b.messages.map((m) => m.ruleId), ['test-flag']);
  // With --verbose the stack trace is logged.
  const verbose = run(['--verbose', '--rule', 'front-matter:off', '.'], root);
  assert.equal(verbose.code, 2);
  assert.match(verbose.stderr, /Error: site rule exploded\n\s+at /);
  // The stages, by name, with their times.
  assert.deepEqual([...verbose.stderr.matchAll(/^postlint: stage ([\w ]+): \d+ ms$/gm)].map((m) => m[1]), ['plan', 'phase 1', 'site index', 'site rules', 'finish']);
});

test('a site half that reports an unknown message id fails its rule like any throw', () => {
  const root = tempSite({'a.md': '[x](site-bad-id)\n'});
  const {code, stdout} = run(['--format', 'json', '--rule', 'front-matter:off', '--rule', 'no-missing-files:off', '.'], root);
  assert.equal(code, 2);
  assert.deepEqual(JSON.parse(stdout)[0].messages.map((m) => `${m.ruleId} ${m.severity} ${m.message}`), [
    'test-site 2 Rule test-site failed in this run, so its site-wide findings are incomplete (a bug in postlint; please report it): Rule test-site has no message "flagg" (it has "flag")',
  ]);
});
