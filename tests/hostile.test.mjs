// Hostile input: a post or a planted file must never hang the run, exhaust its memory, write
// outside the cache or through a link, or cost the other files their findings. Every input is
// generated here, small; every run is a subprocess with a time limit and a heap limit.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync, execFileSync} from 'node:child_process';
import {existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {cliPath, findings, tempSite} from './helpers.mjs';

const ok = '---\ntitle: Fine\ndate: 2020-01-01\n---\n\nText.\n';
const draft = '---\ntitle: Draft\ndate: 2020-01-01\ndraft: true\n---\n\nText.\n';
const canLink = process.platform !== 'win32';

/**
 * Run the CLI with a heap limit and a time limit; a run that hits either fails the test with
 * what it printed. Returns {code, stdout, stderr, json?, ms}.
 */
function hostileRun(args, cwd, {heapMb = 256, timeout = 60_000, json = true} = {}) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, cliPath, ...(json ? ['--format', 'json'] : []), ...args], {
    cwd,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', FORCE_COLOR: undefined},
    timeout,
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Date.now() - started;
  assert.ok(!result.error && result.signal === null, `postlint did not finish (${result.error?.code ?? result.signal}) in ${ms} ms:\n${result.stderr?.slice(0, 2000)}`);
  const out = {code: result.status, stdout: result.stdout, stderr: result.stderr, ms};
  if (json && result.stdout.trim()) {
    try {
      out.json = JSON.parse(result.stdout);
    } catch {
      assert.fail(`not JSON (exit ${result.status}):\n${result.stdout.slice(0, 2000)}\n${result.stderr.slice(0, 2000)}`);
    }
  }
  return out;
}

/** Rule ids by file ("fatal" for a message without one), relative to root. */
function byFile(json, root) {
  return json.map((f) => `${f.filePath.slice(root.length + 1)} ${f.messages.map((m) => m.ruleId ?? 'fatal').join(',')}`.trim());
}

test('spelling: a 20,000-letter token (a pasted blob) is skipped in linear time; the typo after it and the other file are still found', () => {
  let blob = '';
  for (let i = 0; blob.length < 20_000; i++) blob += 'qwertyuiopasdfghjklzxcvbnm'[(i * 7 + (i >> 3)) % 26];
  const root = tempSite({'blob.md': `${ok}\n${blob} and a wrod here.\n`, 'other.md': draft});
  const {json, ms} = hostileRun(['.', '--rule', 'spelling:error'], root, {timeout: 30_000});
  assert.deepEqual(findings(json, root), ['blob.md:8:20008 spelling', 'other.md:4:1 no-drafts']);
  assert.ok(ms < 30_000);
});

/** The places postlint reads besides the posts, each planted with a link to /dev/zero and with a FIFO. */
const sideFiles = [
  {name: '.gitignore', expect: 'warn'},
  {name: '.postlintignore', expect: 'warn'},
  {name: '.postlint/words.txt', expect: 'warn'},
  {name: 'hugo.toml', expect: 'warn'},
  {name: '.postlintrc.yaml', expect: 'exit 2'},
];

for (const kind of ['a link to /dev/zero', 'a FIFO']) {
  for (const {name, expect} of sideFiles) {
    test(`${name} that is ${kind}: ${expect === 'warn' ? 'one warning, and every post is still checked' : 'a clear error, exit 2'}; no hang, bounded memory`, {skip: !canLink || !existsSync('/dev/zero')}, () => {
      const root = tempSite({'content/a.md': draft, 'content/b.md': ok});
      mkdirSync(join(root, '.postlint'), {recursive: true});
      if (kind === 'a FIFO') execFileSync('mkfifo', [join(root, name)]);
      else symlinkSync('/dev/zero', join(root, name));
      const {code, json, stderr} = hostileRun(['content'], root, {heapMb: 128, timeout: 30_000});
      if (expect === 'warn') {
        assert.equal(code, 1, stderr);
        assert.deepEqual(findings(json, root), ['content/a.md:4:1 no-drafts']);
        assert.match(stderr, new RegExp(`${name.replace(/[./]/g, '\\$&')} is not used: Cannot read file: it is not a regular file`));
      } else {
        assert.equal(code, 2);
        assert.match(stderr, /^postlint: .*\.postlintrc\.yaml: the config is not a regular file \(a device, FIFO or folder\); not read\n$/);
      }
    });
  }
}

test('a post linking to a .md that is a link to /dev/zero or a FIFO: the link is checked without reading it forever', {skip: !canLink || !existsSync('/dev/zero')}, () => {
  const root = tempSite({'a.md': `${ok}\nSee [zero](zero.md) and [pipe](pipe.md).\n`, 'c.md': draft});
  symlinkSync('/dev/zero', join(root, 'zero.md'));
  execFileSync('mkfifo', [join(root, 'pipe.md')]);
  // Only a.md and c.md are checked: the linked files are read for their publish state only.
  const {code, json, stderr} = hostileRun(['a.md', 'c.md'], root, {heapMb: 128, timeout: 30_000});
  assert.equal(code, 1, stderr);
  assert.deepEqual(findings(json, root), ['c.md:4:1 no-drafts']);
  assert.match(stderr, /zero\.md is not used: Cannot read file: it is not a regular file/);
});

test('symbolic links out of the checked folder (a folder, a .md) are not followed unless followSymlinks is set; links inside still are', {skip: !canLink}, () => {
  const outside = tempSite({'deep/secret.md': draft, 'passwd.md': 'root:x:0:0:zqxsecretword:/root:/bin/bash\n'});
  const root = tempSite({'a.md': draft, 'inner/b.md': ok});
  symlinkSync(join(outside, 'deep'), join(root, 'usr'));
  symlinkSync(join(outside, 'passwd.md'), join(root, 'passwd.md'));
  symlinkSync('inner', join(root, 'again'));
  const {code, json, stderr} = hostileRun(['.'], root, {timeout: 30_000});
  assert.equal(code, 1, stderr);
  assert.deepEqual(byFile(json, root), ['a.md no-drafts', 'again/b.md']);
  assert.match(stderr, /^postlint: passwd\.md is a symbolic link out of the checked folder; not followed \(set followSymlinks to follow it\)$/m);
  assert.match(stderr, /^postlint: usr is a symbolic link out of the checked folder; not followed/m);
  const words = hostileRun(['--list-unknown-words', '.'], root, {json: false, timeout: 30_000});
  assert.doesNotMatch(words.stdout, /zqxsecretword/);
  writeFileSync(join(root, '.postlintrc.json'), '{"followSymlinks": true}');
  const followed = hostileRun(['.'], root, {timeout: 30_000});
  assert.deepEqual(byFile(followed.json, root), ['a.md no-drafts', 'again/b.md', 'passwd.md', 'usr/secret.md no-drafts']);
});

/** Every file under dir (relative), links listed as links: what a run wrote. */
function tree(dir, prefix = '') {
  const rows = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const info = lstatSync(path);
    if (info.isSymbolicLink()) rows.push(`${prefix}${name} -> link`);
    else if (info.isDirectory()) rows.push(...tree(path, `${prefix}${name}/`));
    else rows.push(`${prefix}${name}`);
  }
  return rows;
}

test('the cache folder or cache file planted as a link: nothing is written through it, a warning, and every finding is kept', {skip: !canLink}, () => {
  const outside = tempSite({'keep.txt': 'unchanged\n'});
  const folder = tempSite({'a.md': draft, 'b.md': ok});
  symlinkSync(outside, join(folder, '.postlint-cache'));
  const first = hostileRun(['--cache', '.'], folder);
  assert.equal(first.code, 1, first.stderr);
  assert.deepEqual(findings(first.json, folder), ['a.md:4:1 no-drafts']);
  assert.match(first.stderr, /\.postlint-cache is a symbolic link; checking without the cache/);
  assert.deepEqual(tree(outside), ['keep.txt']);

  const file = tempSite({'a.md': draft, '.postlint-cache/.keep': ''});
  symlinkSync(join(outside, 'keep.txt'), join(file, '.postlint-cache', 'phase1.bin'));
  const second = hostileRun(['--cache', '.'], file);
  assert.equal(second.code, 1, second.stderr);
  assert.deepEqual(findings(second.json, file), ['a.md:4:1 no-drafts']);
  assert.equal(readFileSync(join(outside, 'keep.txt'), 'utf8'), 'unchanged\n');
  assert.deepEqual(tree(join(file, '.postlint-cache')), ['.keep', 'phase1.bin -> link']);
  assert.match(second.stderr, /cannot write the cache: .*phase1\.bin is a symbolic link; postlint does not write through links/);
});

test('an unwritable or malformed cache is one warning and a full check, never an internal error', () => {
  const cases = {
    'phase1.bin is a folder': (root) => mkdirSync(join(root, '.postlint-cache', 'phase1.bin'), {recursive: true}),
    '.postlint-cache is a file': (root) => writeFileSync(join(root, '.postlint-cache'), 'not a folder'),
    'phase1.bin is garbage': (root) => {
      mkdirSync(join(root, '.postlint-cache'));
      writeFileSync(join(root, '.postlint-cache', 'phase1.bin'), 'garbage that v8 cannot deserialize');
    },
  };
  for (const [name, plant] of Object.entries(cases)) {
    const root = tempSite({'a.md': draft, 'b.md': ok});
    plant(root);
    for (const run of [1, 2]) {
      const {code, json, stderr} = hostileRun(['--cache', '.'], root);
      assert.equal(code, 1, `${name}, run ${run}: ${stderr}`);
      assert.deepEqual(findings(json, root), ['a.md:4:1 no-drafts'], name);
      assert.doesNotMatch(stderr, /internal error/i, name);
      if (name !== 'phase1.bin is garbage' || run === 1) assert.match(stderr, /cache/, name);
    }
  }
});

test('a crafted cache (entries of the wrong shape, or for other bytes) cannot hide a finding', async () => {
  const {serialize} = await import('node:v8');
  const root = tempSite({'a.md': draft, 'b.md': ok});
  hostileRun(['--cache', '.'], root);
  const {deserialize} = await import('node:v8');
  const stored = deserialize(readFileSync(join(root, '.postlint-cache', 'phase1.bin')));
  const path = join(root, 'a.md');
  // Same bytes, findings removed, but the shape broken: dropped, the file checked again.
  const real = stored.entries.get([...stored.entries.keys()].find((key) => key.endsWith('a.md')));
  stored.entries.set([...stored.entries.keys()].find((key) => key.endsWith('a.md')), {...real, facts: {path}, checked: {...real.checked, messages: []}});
  writeFileSync(join(root, '.postlint-cache', 'phase1.bin'), serialize(stored));
  const broken = hostileRun(['--cache', '.'], root);
  assert.deepEqual(findings(broken.json, root), ['a.md:4:1 no-drafts']);
  // Findings removed for bytes the file does not have: the hash does not match, checked again.
  stored.entries.set([...stored.entries.keys()].find((key) => key.endsWith('a.md')), {...real, hash: '0'.repeat(40), checked: {...real.checked, messages: []}});
  writeFileSync(join(root, '.postlint-cache', 'phase1.bin'), serialize(stored));
  const other = hostileRun(['--cache', '.'], root);
  assert.deepEqual(findings(other.json, root), ['a.md:4:1 no-drafts']);
});

test('--add-words does not write through a linked .postlint/words.txt or a linked .postlint folder', {skip: !canLink}, () => {
  const outside = tempSite({'target.txt': 'unchanged\n'});
  const root = tempSite({'a.md': `${ok}\nThe zqxfrobnicator runs.\n`});
  mkdirSync(join(root, '.postlint'));
  symlinkSync(join(outside, 'target.txt'), join(root, '.postlint', 'words.txt'));
  const {code, stderr} = hostileRun(['--add-words', '.'], root, {json: false});
  assert.equal(code, 2);
  assert.match(stderr, /words\.txt is a symbolic link; postlint does not write through links/);
  assert.equal(readFileSync(join(outside, 'target.txt'), 'utf8'), 'unchanged\n');
  assert.deepEqual(tree(outside), ['target.txt']);
});

/**
 * Markdown the parser takes more than linear time or memory on. Each is generated at the size that
 * stalled or exhausted a run before (minutes, gigabytes); now each is a fatal message at its line,
 * in a run with a 256 MB heap, and the other file keeps its finding.
 */
const head = '---\ntitle: T\ndate: 2020-01-01\n---\n\n';
const pathological = {
  'lists nested 10,000 deep': {text: `${head}${'- '.repeat(10_000)}a\n`, line: 6, reason: 'lists or block quotes nested 10000 deep (the limit is 100)'},
  'block quotes nested 10,000 deep': {text: `${head}${'> '.repeat(10_000)}a\n`, line: 6, reason: 'lists or block quotes nested 10000 deep (the limit is 100)'},
  '50,000 `[a](`': {text: `${head}Intro.\n\n${'[a]('.repeat(50_000)}\n`, line: 8, reason: 'more than 2000 emphasis, strikethrough, code or link delimiters in one paragraph'},
  '50,000 `**a`': {text: `${head}${'**a'.repeat(50_000)}\n`, line: 6, reason: 'more than 2000 emphasis, strikethrough, code or link delimiters in one paragraph'},
  '50,000 `_*`': {text: `${head}${'_*'.repeat(50_000)}\n`, line: 6, reason: 'more than 2000 emphasis, strikethrough, code or link delimiters in one paragraph'},
  '50,000 `~~a`': {text: `${head}${'~~a'.repeat(50_000)}\n`, line: 6, reason: 'more than 2000 emphasis, strikethrough, code or link delimiters in one paragraph'},
  '1,500 paragraphs of 1,500 `**a` each': {text: `${head}${`${'**a'.repeat(1500)}\n\n`.repeat(150)}`, line: 20, reason: 'too many unclosed emphasis, strikethrough or link delimiters in its paragraphs'},
  'code spans of 600 lengths': {text: `${head}${Array.from({length: 600}, (_, i) => '`'.repeat(i + 1)).join('a')}\n`, line: 6, reason: 'too many code-span delimiters (backtick runs) in its paragraphs'},
  '50,000 footnotes': {text: `${head}${Array.from({length: 50_000}, (_, i) => `x[^${i}]\n\n[^${i}]: n`).join('\n\n')}\n`, line: 20_008, reason: 'more than 5000 link reference or footnote definitions'},
  '200,000 identical reference definitions': {text: `${head}See [a].\n\n${'[a]: b\n'.repeat(200_000)}`, line: 5_008, reason: 'more than 5000 link reference or footnote definitions'},
  '100,000-key YAML front matter': {text: `---\ntitle: T\n${Array.from({length: 100_000}, (_, i) => `k${i}: 1`).join('\n')}\n---\n\nText.\n`, line: 1, reason: 'its front matter has more than 5000 lines'},
};

for (const [name, {text, line, reason}] of Object.entries(pathological)) {
  test(`pathological Markdown, ${name}: "too complex to check" at line ${line}, in bounded time and memory; the other file is still checked`, () => {
    const root = tempSite({'a.md': text, 'b.md': draft});
    const {code, json, ms} = hostileRun(['.'], root, {heapMb: 256, timeout: 60_000});
    assert.equal(code, 1);
    assert.deepEqual(findings(json, root), [`a.md:${line}:1 fatal`, 'b.md:4:1 no-drafts']);
    assert.equal(json[0].messages[0].message, `File is too complex to check: ${reason}; not checked`);
    assert.ok(ms < 60_000);
  });
}

test('100,000 `www.a.b` autolinks and a 4.5 MB run of backticks are checked in linear time within the heap limit', () => {
  const root = tempSite({'www.md': `${head}${'www.a.b '.repeat(100_000)}\n`, 'ticks.md': `${head}${'`'.repeat(4_500_000)}\n`, 'b.md': draft});
  const {code, json, stderr} = hostileRun(['--offline', '.'], root, {heapMb: 384, timeout: 90_000});
  assert.equal(code, 1, stderr);
  assert.deepEqual(findings(json, root).filter((row) => !row.includes('bare-url')), ['b.md:4:1 no-drafts']);
});
