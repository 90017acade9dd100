// Hostile input: a post or a planted file must never hang the run, exhaust its memory, write
// outside the cache or through a link, or cost the other files their findings. Every input is
// generated here, small; every run is a subprocess with a time limit and a heap limit. Inputs sized
// to make a reading super-linear are in tests/hostile-inputs.test.mjs.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawn, spawnSync, execFileSync} from 'node:child_process';
import {existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {cliPath, findings, tempSite, worldReadableCli} from './helpers.mjs';
import {draft, hostileRun, ok} from './hostile-run.mjs';

const canLink = process.platform !== 'win32';

/**
 * hostileRun without blocking: for a run that mostly waits (a config load that never settles waits
 * out postlint's 10 s limit), started when the file loads so the wait overlaps the other tests.
 */
function hostileRunLater(args, cwd, {heapMb = 256, timeout = 60_000} = {}) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, cliPath, ...args], {cwd, env: {...process.env, NO_COLOR: '1', FORCE_COLOR: undefined}, timeout});
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({code, signal, stdout, stderr, ms: Date.now() - started}));
  });
}

// Started as the file loads: its 10 s wait runs beside the other tests.
const hungConfigRun = hostileRunLater(['.'], tempSite({'postlint.config.mjs': 'await new Promise(() => {});\nexport default {};\n', 'a.md': draft}), {timeout: 90_000});

/** Rule ids by file ("fatal" for a message without one), relative to root. */
function byFile(json, root) {
  return json.map((f) => `${f.filePath.slice(root.length + 1)} ${f.messages.map((m) => m.ruleId ?? 'fatal').join(',')}`.trim());
}

/** The places postlint reads besides the posts, each planted with a link to /dev/zero and with a FIFO. */
const sideFiles = [
  {name: '.gitignore', expect: 'warn'},
  {name: '.postlintignore', expect: 'warn'},
  {name: '.postlint/words.txt', expect: 'warn'},
  {name: 'hugo.toml', expect: 'warn'},
  {name: '.postlintrc.yaml', expect: 'exit 2'},
];

for (const kind of ['a link to /dev/zero', 'a FIFO']) {
  const plant = (root, name) => (kind === 'a FIFO' ? execFileSync('mkfifo', [join(root, name)]) : symlinkSync('/dev/zero', join(root, name)));
  test(`.gitignore, .postlintignore, .postlint/words.txt and hugo.toml that are ${kind}: one warning each, and every post is still checked; no hang, bounded memory`, {skip: !canLink || !existsSync('/dev/zero')}, () => {
    const root = tempSite({'content/a.md': draft, 'content/b.md': ok});
    mkdirSync(join(root, '.postlint'), {recursive: true});
    for (const {name} of sideFiles.filter((file) => file.expect === 'warn')) plant(root, name);
    const {code, json, stderr} = hostileRun(['content'], root, {heapMb: 128, timeout: 30_000});
    assert.equal(code, 1, stderr);
    assert.deepEqual(findings(json, root), ['content/a.md:4:1 no-drafts']);
    for (const {name} of sideFiles.filter((file) => file.expect === 'warn')) {
      assert.match(stderr, new RegExp(`${name.replace(/[./]/g, '\\$&')} is not used: Cannot read file: it is not a regular file`), name);
    }
  });
  test(`.postlintrc.yaml that is ${kind}: a clear error, exit 2; no hang`, {skip: !canLink || !existsSync('/dev/zero')}, () => {
    const root = tempSite({'a.md': draft});
    plant(root, '.postlintrc.yaml');
    const {code, stderr} = hostileRun(['.'], root, {heapMb: 128, timeout: 30_000});
    assert.equal(code, 2);
    assert.match(stderr, /^postlint: .*\.postlintrc\.yaml: the config is not a regular file \(a device, FIFO or folder\); not read\n$/);
  });
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
    // The head's index is at the end of the file: a file cut short has lost it.
    'phase1.bin is cut short': (root) => {
      hostileRun(['--cache', '.'], root);
      const file = join(root, '.postlint-cache', 'phase1.bin');
      const bytes = readFileSync(file);
      writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
      rmSync(join(root, '.postlint-cache', 'phase2.bin'), {force: true});
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
      if (!/garbage|cut short/.test(name) || run === 1) assert.match(stderr, /cache/, name);
    }
  }
});

test('a crafted cache (entries of the wrong shape, or for other bytes) cannot hide a finding', async () => {
  const {phase1CacheFile} = await import('../dist/src/cache.js');
  const root = tempSite({'a.md': draft, 'b.md': ok});
  hostileRun(['--cache', '.'], root);
  const cacheFile = join(root, '.postlint-cache', 'phase1.bin');
  const stored = phase1CacheFile.decode(readFileSync(cacheFile));
  const key = [...stored.entries.keys()].find((path) => path.endsWith('a.md'));
  const real = stored.entries.get(key);
  // Same bytes, findings removed, but the shape broken: dropped, the file checked again.
  stored.entries.set(key, {...real, checked: {...real.checked, messages: [{}]}});
  writeFileSync(cacheFile, phase1CacheFile.encode(stored.entries));
  const broken = hostileRun(['--cache', '.'], root);
  assert.deepEqual(findings(broken.json, root), ['a.md:4:1 no-drafts']);
  // Findings removed for bytes the file does not have, and no stamp (or the stamp of another
  // state of the file: src/file-stamp.ts): the file is read, the hash does not match, checked again.
  for (const stamp of [undefined, real.stamp ? {...real.stamp, size: real.stamp.size + 1} : undefined]) {
    stored.entries.set(key, {...real, hash: '0'.repeat(40), stamp, checked: {...real.checked, messages: []}});
    writeFileSync(cacheFile, phase1CacheFile.encode(stored.entries));
    const other = hostileRun(['--cache', '.'], root);
    assert.deepEqual(findings(other.json, root), ['a.md:4:1 no-drafts']);
  }
});

test('a damaged record in the phase-1 cache is one warning, never a crash, and the next run has the cache right again', async () => {
  const {phase1CacheFile} = await import('../dist/src/cache.js');
  // b links to a heading a lacks, so b's check reads a's record (its ids).
  const linking = '---\ntitle: B\ndate: 2020-01-01\n---\n\nSee [the part](a.md#nowhere).\n';
  const root = tempSite({'a.md': ok, 'b.md': linking});
  const args = ['--cache', '--offline', '--now', '2026-01-01T00:00:00Z', '.'];
  const first = hostileRun(args, root);
  assert.deepEqual(findings(first.json, root), ['b.md:6:5 no-broken-anchors']);
  const cacheFile = join(root, '.postlint-cache', 'phase1.bin');
  const bytes = readFileSync(cacheFile);
  assert.ok(phase1CacheFile.decode(bytes).entries.size === 2);
  // Scribble over the first record (a.md's: the records follow the head in the order the files
  // were checked), keep the length: the head still reads.
  const records = phase1CacheFile.recordsOffset;
  bytes.fill(0x7f, records, records + 8);
  writeFileSync(cacheFile, bytes);
  // b changes, so its links are resolved again and a's record (its ids) is read.
  writeFileSync(join(root, 'b.md'), linking.replace('the part', 'that part'));
  const second = hostileRun(args, root);
  assert.doesNotMatch(second.stderr, /internal error|at .*\.js:\d+/i);
  assert.match(second.stderr, /the cache .*phase1\.bin is damaged \(the record of .*a\.md\)/);
  assert.ok(second.code === 0 || second.code === 1, second.stderr);
  const third = hostileRun(args, root);
  assert.deepEqual(findings(third.json, root), ['b.md:6:5 no-broken-anchors']);
  assert.doesNotMatch(third.stderr, /damaged/);
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

/** A hostile web server on loopback (both address families): rate limits, stalls, compressed pages. */
async function hostileServer() {
  const {createServer} = await import('node:http');
  const {gzipSync} = await import('node:zlib');
  const state = {requests: 0, inFlight: 0, maxInFlight: 0};
  const page = '<!doctype html><html><body><h2 id="intro">Intro</h2></body></html>';
  const server = createServer((req, res) => {
    state.requests++;
    state.inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    res.on('close', () => state.inFlight--);
    const path = new URL(req.url, 'http://x').pathname;
    if (path.startsWith('/rate')) return res.writeHead(429, {'retry-after': '30'}).end();
    if (path.startsWith('/stall')) return undefined; // never answers; the client's limits end it
    if (path === '/gzip') return res.writeHead(200, {'content-type': 'text/html', 'content-encoding': 'gzip'}).end(req.method === 'HEAD' ? undefined : gzipSync(page));
    if (path === '/compress') return res.writeHead(200, {'content-type': 'text/html', 'content-encoding': 'compress'}).end('\x1f\x9d garbage');
    if (path === '/slow-page') {
      res.writeHead(200, {'content-type': 'text/html'});
      return res.write('<html><body><h2 id="first">First</h2>'); // and the rest never comes
    }
    if (path.startsWith('/delay')) return setTimeout(() => res.writeHead(200, {'content-type': 'text/plain'}).end('ok'), 150);
    res.writeHead(200, {'content-type': 'text/plain'}).end('ok');
  });
  await new Promise((resolve) => server.listen(0, '::', resolve));
  const {port} = server.address();
  return {port, state, base: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve)))};
}

const linkConfig = (links) => JSON.stringify({rules: {'front-matter': 'off'}, links: {allowPrivate: true, ...links}});

test('links: a whole-run deadline ends Retry-After waits and stalled requests; the rest are unverified with that reason', async () => {
  const {runJson} = await import('./links-server.mjs');
  const server = await hostileServer();
  try {
    const b = server.base;
    const links = [...Array.from({length: 8}, (_, i) => `[r${i}](${b}/rate/${i})`), ...Array.from({length: 4}, (_, i) => `[s${i}](${b}/stall/${i})`)];
    // Without the deadline the stalled requests would wait out their 60 s timeout: the bound below
    // tells the two apart with room for a loaded machine.
    const root = tempSite({'.postlintrc.json': linkConfig({deadline: '2s', retryAfterMax: '60s', timeout: '60s'}), 'post.md': `# Links\n\n${links.join('\n')}\n`, 'other.md': draft});
    const {json, stderr, ms} = await runJson(['--no-cache', '.'], {cwd: root});
    assert.ok(ms < 45_000, `took ${ms} ms`);
    const messages = json.find((f) => f.filePath.endsWith('post.md')).messages.filter((m) => m.ruleId === 'no-dead-links');
    assert.equal(messages.length, 12, stderr);
    for (const m of messages.slice(0, 8)) assert.match(m.message, /could not be verified: the site is rate-limiting requests \(429 Too Many Requests\) and asked to wait 30 s, past the run's links\.deadline/);
    for (const m of messages.slice(8)) assert.match(m.message, /could not be verified: the run's link checks reached links\.deadline before this link was answered/);
    assert.deepEqual(messages.map((m) => m.line), [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    assert.deepEqual(findings(json, root).filter((row) => row.startsWith('other')), ['other.md:4:1 no-drafts']);
  } finally {
    await server.close();
  }
});

test('links: a gzip-encoded page is decoded before its ids are read; an encoding postlint does not decode abstains', async () => {
  const {runJson} = await import('./links-server.mjs');
  const server = await hostileServer();
  try {
    const b = server.base;
    const root = tempSite({'.postlintrc.json': linkConfig({checkFragments: true}), 'post.md': `# Pages\n\n[a](${b}/gzip#intro) [b](${b}/gzip#nope) [c](${b}/compress#intro)\n`});
    const {json, stderr} = await runJson(['--no-cache', '.'], {cwd: root});
    const messages = json[0].messages.filter((m) => m.ruleId === 'no-dead-links').map((m) => `${m.line}:${m.column} ${m.message}`);
    assert.deepEqual(messages, [
      `3:${`[a](${b}/gzip#intro) `.length + 1} Link to ${b}/gzip#nope points at "#nope", but the page has no element with that id or name; fix the fragment`,
      `3:${`[a](${b}/gzip#intro) [b](${b}/gzip#nope) `.length + 1} Link to ${b}/compress#intro could not be verified: no element with id "intro" in the part of the page read (the page came in a content encoding postlint does not decode)`,
    ], stderr);
  } finally {
    await server.close();
  }
});

test('links: a page cut short by links.timeout says so (not maxBodySize); a partial cache entry is checked again, never "undefined"', async () => {
  const {runJson} = await import('./links-server.mjs');
  const server = await hostileServer();
  try {
    const b = server.base;
    const root = tempSite({'.postlintrc.json': linkConfig({checkFragments: true, timeout: '1s'}), 'post.md': `# Slow\n\n[a](${b}/slow-page#second) [b](${b}/ok)\n`});
    mkdirSync(join(root, '.postlint-cache'));
    writeFileSync(join(root, '.postlint-cache', 'links.json'), JSON.stringify({format: 'postlint-links', version: 1, entries: {[`${b}/ok`]: {checkedAt: Date.now(), outcome: {kind: 'failure', failure: 'timeout'}}}}));
    const {json, stderr} = await runJson(['.'], {cwd: root});
    const messages = json[0].messages.filter((m) => m.ruleId === 'no-dead-links').map((m) => m.message);
    assert.deepEqual(messages, [`Link to ${b}/slow-page#second could not be verified: no element with id "second" in the part of the page read (the page was still arriving when links.timeout or the run's links.deadline ran out)`], stderr);
    assert.doesNotMatch(JSON.stringify(json) + stderr, /undefined/);
  } finally {
    await server.close();
  }
});

test('links: the per-host limit holds per resolved address, across names of one server', async () => {
  const {runJson} = await import('./links-server.mjs');
  const server = await hostileServer();
  try {
    const names = [`127.0.0.1:${server.port}`, `[::ffff:127.0.0.1]:${server.port}`, `[::ffff:7f00:1]:${server.port}`];
    const links = Array.from({length: 18}, (_, i) => `- [${i}](http://${names[i % 3]}/delay/${i})`);
    const root = tempSite({'.postlintrc.json': linkConfig({perHost: 2, concurrency: 16}), 'post.md': `# Many\n\n${links.join('\n')}\n`});
    const {code, stderr} = await runJson(['--no-cache', '.'], {cwd: root});
    assert.equal(code, 0, stderr);
    assert.equal(server.state.requests, 18);
    assert.equal(server.state.maxInFlight, 2);
  } finally {
    await server.close();
  }
});

test('lone-CR line endings: findings at their real lines and columns, and CR-only front matter is read (draft: true found)', () => {
  // A draft's broken anchor is left alone (it is not going live yet); a brand's casing is still checked.
  const lines = ['---', 'title: T', 'date: 2020-01-01', 'draft: true', '---', '', '# Heading', '', 'Some text on Github and [x](#nope) here.', ''];
  const root = tempSite({'cr.md': lines.join('\r'), 'lf.md': lines.join('\n'), 'crlf.md': lines.join('\r\n')});
  const {json} = hostileRun(['.'], root);
  for (const name of ['cr.md', 'crlf.md', 'lf.md']) {
    assert.deepEqual(findings(json, root).filter((row) => row.startsWith(`${name}:`)), [`${name}:4:1 no-drafts`, `${name}:9:14 brand-casing`], name);
  }
});

test('an unterminated front-matter fence is a message at line 1, and the draft behind it is not a silent pass', () => {
  const root = tempSite({'open.md': '---\ntitle: T\ndate: 2020-01-01\ndraft: true\n\nText.\n', 'rule.md': '---\n\nA page that starts with a rule.\n', 'b.md': draft});
  const {code, json} = hostileRun(['.'], root);
  assert.equal(code, 1);
  assert.deepEqual(findings(json, root), ['b.md:4:1 no-drafts', 'open.md:1:1 front-matter']);
  assert.equal(json[1].messages[0].message, 'Front matter opened by `---` on line 1 is never closed; add a closing `---` line (until then none of its fields is read)');
});

test('a file name that is not UTF-8 is a clear message on that file; the others are checked', {skip: process.platform !== 'linux'}, () => {
  const root = tempSite({'b.md': draft});
  writeFileSync(Buffer.concat([Buffer.from(join(root, 'bad')), Buffer.from([0xff]), Buffer.from('.md')]), draft);
  const {code, json} = hostileRun(['.'], root);
  assert.equal(code, 1);
  assert.deepEqual(byFile(json, root), ['b.md no-drafts', 'bad\uFFFD.md fatal']);
  assert.equal(json[1].messages[0].message, 'Cannot read file: its name is not valid UTF-8 (shown with \uFFFD); rename it to check it');
});

test('control characters in file names and heading text reach no human format raw (stylish, markdown)', () => {
  const root = tempSite({'esc\u001b[31mred.md': `${ok}\n# Head \u001b]0;pwned\u0007ing\n\nSee [y](#nope).\n`});
  for (const format of ['stylish', 'markdown']) {
    const {stdout} = hostileRun(['--format', format, '.'], root, {json: false});
    assert.match(stdout, /esc\\{1,2}u001b/, format);
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(stdout, /[\u0000-\u0008\u000b-\u001f\u007f]/, format);
  }
});

test('a config whose top-level await never settles is exit 2 after a bounded time; a config syntax error names the file, without Node\'s advice', async () => {
  const hung = await hungConfigRun;
  assert.equal(hung.signal, null, `postlint did not finish in ${hung.ms} ms:\n${hung.stderr}`);
  assert.equal(hung.code, 2);
  assert.match(hung.stderr, /^postlint: .*postlint\.config\.mjs did not finish loading within 10 s \(a top-level await that never settles\?\)\n$/);
  const esm = tempSite({'postlint.config.mjs': 'export default { rules: {\n', 'a.md': draft});
  const broken = hostileRun(['.'], esm, {json: false});
  assert.equal(broken.code, 2);
  assert.match(broken.stderr, /^postlint: Could not load config: .*postlint\.config\.mjs: syntax error: Unexpected end of input\n$/);
  assert.doesNotMatch(broken.stderr, /race condition|Cannot require/);
  const cjs = tempSite({'postlint.config.js': 'module.exports = { rules: {\n', 'a.md': draft});
  const cjsBroken = hostileRun(['.'], cjs, {json: false});
  assert.equal(cjsBroken.code, 2);
  assert.match(cjsBroken.stderr, /^postlint: Could not load config: .*postlint\.config\.js:2: syntax error: Unexpected end of input\n$/);
});

test('as an unprivileged user: an unreadable folder is a message, not silence; a path behind one is "permission denied", not "no such file"', (t) => {
  if (process.getuid?.() !== 0) {
    t.skip('needs root to switch to an unprivileged user');
    return;
  }
  const root = tempSite({'a.md': draft, 'locked/b.md': draft});
  execFileSync('chmod', ['-R', 'a+rX', root]);
  execFileSync('chmod', ['0700', join(root, 'locked')]);
  const run = (args) => spawnSync(process.execPath, [worldReadableCli(), '--format', 'json', ...args], {cwd: root, uid: 65534, gid: 65534, encoding: 'utf8', timeout: 30_000, env: {...process.env, NO_COLOR: '1'}});
  const walked = run(['.']);
  if (walked.error?.code === 'EPERM') {
    t.skip('cannot switch to an unprivileged user here');
    return;
  }
  assert.equal(walked.status, 1, walked.stderr);
  assert.deepEqual(findings(JSON.parse(walked.stdout), root), ['a.md:4:1 no-drafts']);
  assert.match(walked.stderr, /^postlint: cannot read the folder locked \(permission denied\); its files are not checked$/m);
  const named = run(['locked/b.md']);
  assert.equal(named.status, 2);
  assert.equal(named.stderr, 'postlint: Permission denied: locked/b.md (a folder on its path cannot be entered)\n');
});

test('links: a links.json planted as a link is not written through on an online run; the run keeps its findings', {skip: !canLink}, async () => {
  const {runJson} = await import('./links-server.mjs');
  const server = await hostileServer();
  try {
    const outside = tempSite({'target.json': 'unchanged\n'});
    const root = tempSite({'.postlintrc.json': linkConfig({}), 'post.md': `# Links\n\n[a](${server.base}/ok)\n`, 'b.md': draft});
    mkdirSync(join(root, '.postlint-cache'));
    symlinkSync(join(outside, 'target.json'), join(root, '.postlint-cache', 'links.json'));
    const {json, stderr} = await runJson(['.'], {cwd: root});
    assert.equal(server.state.requests, 1, stderr);
    assert.deepEqual(findings(json, root), ['b.md:4:1 no-drafts']);
    assert.equal(readFileSync(join(outside, 'target.json'), 'utf8'), 'unchanged\n');
    assert.deepEqual(tree(outside), ['target.json']);
    assert.deepEqual(tree(join(root, '.postlint-cache')).filter((name) => name.startsWith('links')), ['links.json -> link']);
    assert.match(stderr, /cannot write the link cache .*links\.json is a symbolic link; postlint does not write through links/);
  } finally {
    await server.close();
  }
});
