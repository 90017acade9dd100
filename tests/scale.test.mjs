// Workers, the phase-1 cache and --shard, on real temporary folders.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {execFileSync, spawnSync} from 'node:child_process';
import {availableParallelism, tmpdir} from 'node:os';
import {join} from 'node:path';
import {postlint, postlintJson, findings, tempSite, copyPackage} from './helpers.mjs';
import {generate} from '../bench/generate.mjs';

const hugo = 'baseURL = "https://example.org/"\ntitle = "t"\n';

test('output is byte-identical with and without worker threads', () => {
  const root = mkdtempSync(join(tmpdir(), 'postlint-workers-'));
  generate({posts: 16, seed: 7, out: root});
  // Messages from more than one rule, with positions and data, in more than one file.
  writeFileSync(join(root, 'content', 'posts', 'broken.md'), '---\ntitle: [unclosed\n---\n\nText.\n');
  writeFileSync(join(root, 'content', 'posts', 'later.md'), '---\ntitle: Later\ndate: 2031-05-01\n---\n\nText.\n');
  for (const format of ['json', 'stylish']) {
    const args = ['--offline', '--now', '2026-01-01T00:00:00Z', '--format', format, 'content'];
    const inline = postlint(['--no-workers', ...args], {cwd: root});
    // Two workers (the main thread only hands out files) and one (the main thread parses too).
    for (const workers of ['2', '1']) {
      const threaded = postlint(['--workers', workers, ...args], {cwd: root});
      assert.equal(threaded.code, inline.code);
      assert.equal(threaded.stdout, inline.stdout, `${format} output differs with --workers ${workers}`);
    }
    if (format === 'json') {
      const rows = findings(JSON.parse(inline.stdout), root);
      assert.ok(rows.some((r) => r.endsWith('no-drafts')), 'the corpus has planted drafts');
      assert.ok(rows.some((r) => r.startsWith('content/posts/broken.md:')), 'the broken front matter is reported');
    }
  }
});

test('a worker that runs out of memory hands its files to the main thread; nothing is lost', () => {
  const root = mkdtempSync(join(tmpdir(), 'postlint-worker-oom-'));
  generate({posts: 30, seed: 11, out: root});
  const args = ['--offline', '--now', '2026-01-01T00:00:00Z', '--format', 'json', 'content'];
  const inline = postlint(['--no-workers', ...args], {cwd: root});
  // A heap too small for the parser and the dictionaries: every worker dies of it.
  const starved = postlint(['--workers', '2', '--verbose', ...args], {cwd: root, env: {POSTLINT_WORKER_HEAP_MB: '2'}});
  assert.match(starved.stderr, /a worker ran out of memory \(limit 2 MB\); its files are checked on the main thread/);
  assert.equal(starved.code, inline.code);
  assert.equal(starved.stdout, inline.stdout);
  assert.equal(JSON.parse(starved.stdout).length, 30);
});

test('--cache re-checks an edited file and reuses the others', () => {
  const root = tempSite({
    'hugo.toml': hugo,
    'content/a.md': '---\ntitle: A\ndate: 2020-01-01\ndraft: false\n---\n\n## Intro\n\nText.\n',
    'content/b.md': '---\ntitle: B\ndate: 2020-01-01\n---\n\nText.\n',
  });
  const args = ['--cache', '--verbose', '--offline', '--now', '2026-01-01T00:00:00Z', 'content'];
  const first = postlintJson(args, {cwd: root});
  assert.deepEqual(findings(first.json, root), []);
  assert.ok(existsSync(join(root, '.postlint-cache', 'phase1.bin')));
  assert.match(first.stderr, /cache: 0 of 2 files unchanged/);

  writeFileSync(join(root, 'content', 'a.md'), '---\ntitle: A\ndate: 2020-01-01\ndraft: true\n---\n\n## Intro\n\nText.\n');
  const second = postlintJson(args, {cwd: root});
  assert.deepEqual(findings(second.json, root), ['content/a.md:4:1 no-drafts']);
  assert.match(second.stderr, /cache: 1 of 2 files unchanged/);

  // Same bytes, different rule settings: the cached messages must not be reused.
  const off = postlintJson([...args, '--rule', 'no-drafts:off'], {cwd: root});
  assert.deepEqual(findings(off.json, root), []);
  const again = postlintJson(args, {cwd: root});
  assert.deepEqual(findings(again.json, root), ['content/a.md:4:1 no-drafts']);
  const unchanged = postlintJson(args, {cwd: root});
  assert.deepEqual(findings(unchanged.json, root), ['content/a.md:4:1 no-drafts']);
  // Nothing changed: every file is known unchanged, by its stamp (the whole run replayed) or by its hash
  // (a file written in the last moments is read again: its stamp alone is not trusted yet).
  assert.match(unchanged.stderr, /phase-2 cache: all 2 files unchanged; the findings of 2 replayed|cache: 2 of 2 files unchanged/);
});

test('--cache on more files than one part of the cache holds: parts written back as read still read, byte for byte', async () => {
  const {phase1CacheFile} = await import('../dist/src/cache.js');
  // 300 short posts, each linking to a heading of the next (one to a heading it lacks): more than
  // one part of the phase-1 cache's head (256 files a part).
  const files = {'hugo.toml': hugo};
  for (let i = 0; i < 300; i++) {
    files[`content/posts/post-${i}.md`] = `---\ntitle: Post ${i}\ndate: 2020-01-01\n---\n\n## Part ${i}\n\nSee [the next part](post-${(i + 1) % 300}.md#part-${i === 7 ? 'none' : (i + 1) % 300}).\n`;
  }
  const root = tempSite(files);
  const args = ['--offline', '--now', '2026-01-01T00:00:00Z', '--format', 'json', 'content'];
  const env = {POSTLINT_CACHE_SETTLE_MS: '0'};
  const uncached = postlint(['--no-cache', ...args], {cwd: root, env});
  assert.equal(postlint(['--cache', ...args], {cwd: root, env}).stdout, uncached.stdout);
  const cacheFile = join(root, '.postlint-cache', 'phase1.bin');
  // An edit in the first part (written again), then one in the second, read from the part written back as it was.
  for (const edit of ['post-2.md', 'post-290.md', 'post-8.md']) {
    const post = join(root, 'content', 'posts', edit);
    writeFileSync(post, readFileSync(post, 'utf8').replace('## Part', '## Chapter'));
    const expected = postlint(['--no-cache', ...args], {cwd: root, env}).stdout;
    const cached = postlint(['--cache', '--verbose', ...args], {cwd: root, env});
    assert.equal(cached.stdout, expected, edit);
    assert.match(cached.stderr, /cache: 299 of 300 files unchanged/, edit);
    assert.equal(phase1CacheFile.decode(readFileSync(cacheFile)).entries.size, 300);
  }
});

test('--cache does not reuse messages across a front-matter date the clock has passed', () => {
  const root = tempSite({'hugo.toml': hugo, 'content/soon.md': '---\ntitle: Soon\ndate: 2030-06-01\n---\n\nText.\n'});
  const before = postlintJson(['--cache', '--offline', '--now', '2030-01-01T00:00:00Z', 'content'], {cwd: root});
  assert.deepEqual(findings(before.json, root), ['content/soon.md:3:1 no-drafts']);
  const after = postlintJson(['--cache', '--offline', '--now', '2030-07-01T00:00:00Z', 'content'], {cwd: root});
  assert.deepEqual(findings(after.json, root), []);
});

test('--cache: editing a heading reports the stale anchor in another, unchanged file', () => {
  const root = tempSite({
    'hugo.toml': hugo,
    'content/a.md': '# A\n\nSee [the setup](b.md#old-setup).\n',
    'content/b.md': '# B\n\n## Old setup\n\nSteps.\n',
  });
  const args = ['--cache', '--verbose', '--offline', 'content'];
  const first = postlintJson(args, {cwd: root});
  assert.deepEqual(findings(first.json, root).filter((r) => r.endsWith('no-broken-anchors')), []);
  writeFileSync(join(root, 'content', 'b.md'), '# B\n\n## New setup\n\nSteps.\n');
  const second = postlintJson(args, {cwd: root});
  assert.match(second.stderr, /cache: 1 of 2 files unchanged/);
  assert.deepEqual(findings(second.json, root).filter((r) => r.endsWith('no-broken-anchors')), ['content/a.md:3:5 no-broken-anchors']);
});

test('--shard i/n splits the files into disjoint parts that cover them all', () => {
  const files = {'hugo.toml': hugo};
  for (let i = 0; i < 12; i++) files[`content/p${i}.md`] = '---\ntitle: P\ndate: 2020-01-01\ndraft: true\n---\n\nText.\n';
  const root = tempSite(files);
  const all = findings(postlintJson(['--offline', 'content'], {cwd: root}).json, root).sort();
  assert.equal(all.length, 12);
  const parts = [1, 2, 3].map((i) => findings(postlintJson(['--offline', '--shard', `${i}/3`, 'content'], {cwd: root}).json, root));
  for (const part of parts) assert.ok(part.length > 0 && part.length < 12, `a shard holds part of the files: ${part.length}`);
  assert.deepEqual(parts.flat().sort(), all);
  // Deterministic: the same shard twice is the same list.
  assert.deepEqual(findings(postlintJson(['--offline', '--shard', '2/3', 'content'], {cwd: root}).json, root), parts[1]);
  const bad = postlint(['--shard', '4/3', 'content'], {cwd: root});
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--shard expects i\/n/);
});

test('cache: true in the config turns the cache on; --no-cache turns it off again', () => {
  const root = tempSite({
    'hugo.toml': hugo,
    '.postlintrc.json': '{"cache": true}\n',
    'content/a.md': '---\ntitle: A\ndate: 2020-01-01\n---\n\nText.\n',
  });
  postlint(['--offline', '--no-cache', 'content'], {cwd: root});
  assert.ok(!existsSync(join(root, '.postlint-cache', 'phase1.bin')));
  const first = postlint(['--offline', '--verbose', 'content'], {cwd: root});
  assert.equal(first.code, 0);
  assert.ok(existsSync(join(root, '.postlint-cache', 'phase1.bin')));
  assert.match(postlint(['--offline', '--verbose', 'content'], {cwd: root}).stderr, /phase-2 cache: all 1 files unchanged; the findings of 1 replayed|cache: 1 of 1 files unchanged/);
});

test('--cache: a changed .postlint/words.txt changes the spelling findings of unchanged files', () => {
  const root = tempSite({
    'hugo.toml': hugo,
    '.postlintrc.json': JSON.stringify({rules: {spelling: ['warn', {report: 'unknown'}]}}),
    'content/a.md': '---\ntitle: A\ndate: 2020-01-01\n---\n\nThe zorblax is here.\n',
  });
  const run = () => findings(postlintJson(['--cache', '--offline', 'content'], {cwd: root}).json, root);
  // Every unknown word is reported (report: unknown), and `zorblax` is one.
  assert.deepEqual(run(), ['content/a.md:6:5 spelling']);
  // A words list without it: the cached result still stands.
  mkdirSync(join(root, '.postlint'), {recursive: true});
  writeFileSync(join(root, '.postlint', 'words.txt'), 'quux\n');
  assert.deepEqual(run(), ['content/a.md:6:5 spelling']);
  // The words list gains it: the unchanged file's cached finding must not be reused.
  writeFileSync(join(root, '.postlint', 'words.txt'), 'quux\nzorblax\n');
  assert.deepEqual(run(), []);
});

test('--cache: a FIFO is reported, not read (no hang)', () => {
  const root = tempSite({'hugo.toml': hugo, 'content/a.md': '# A\n\nText.\n'});
  execFileSync('mkfifo', [join(root, 'content', 'pipe.md')]);
  // Named on the command line (a folder walk passes over anything that is not a regular file).
  const {code, json} = postlintJson(['--cache', '--offline', 'content/a.md', 'content/pipe.md'], {cwd: root});
  assert.equal(code, 1);
  assert.deepEqual(findings(json, root), ['content/pipe.md:1:1 fatal']);
});

test('--cache: results written by another build of the same version are not reused', () => {
  const root = tempSite({
    'hugo.toml': hugo,
    'content/a.md': '---\ntitle: A\ndate: 2020-01-01\n---\n\nText.\n',
    'content/b.md': '---\ntitle: B\ndate: 2020-01-01\n---\n\nText.\n',
  });
  const args = ['--cache', '--verbose', '--offline', '--now', '2026-01-01T00:00:00Z', 'content'];
  assert.match(postlint(args, {cwd: root}).stderr, /cache: 0 of 2 files unchanged/);
  // Unchanged: phase 1 says so, or, when the first run found the files' times settled (file-stamp.ts), phase 2 replays them all.
  assert.match(postlint(args, {cwd: root}).stderr, /cache: 2 of 2 files unchanged|phase-2 cache: all 2 files unchanged/);
  // The same package, version and bundles, but another build fingerprint (dist/build-id).
  const pkg = copyPackage('postlint-build-');
  writeFileSync(join(pkg, 'dist', 'build-id'), '0123456789abcdef\n');
  const other = spawnSync(process.execPath, [join(pkg, 'dist', 'bin', 'cli.js'), ...args], {cwd: root, encoding: 'utf8'});
  assert.equal(other.status, 0, other.stderr);
  assert.match(other.stderr, /cache: 0 of 2 files unchanged/);
  assert.match(postlint(args, {cwd: root}).stderr, /cache: 0 of 2 files unchanged/);
});

test('up to 5,000 files the main thread parses beside a worker per core but one; output as without workers', () => {
  const root = mkdtempSync(join(tmpdir(), 'postlint-main-parses-'));
  // workerThreshold (200) files: enough for workers at all. 20 generated posts (their planted
  // defects: several rules in several files) and 180 short notes, each linking to a heading of the
  // next (every ninth to one it lacks): findings in files every thread parses, at a tenth of the text.
  generate({posts: 20, seed: 5, out: root});
  for (let i = 0; i < 180; i++) {
    writeFileSync(join(root, 'content', 'posts', `note-${i}.md`), `---\ntitle: Note ${i}\ndate: 2020-01-01\n---\n\n## Part ${i}\n\nSee [the next part](note-${(i + 1) % 180}.md#part-${i % 9 === 0 ? 'none' : (i + 1) % 180}).\n`);
  }
  const args = ['--offline', '--now', '2026-01-01T00:00:00Z', '--format', 'json', 'content'];
  const auto = postlint(['--verbose', ...args], {cwd: root});
  const cores = availableParallelism();
  const workers = Math.min(cores - 1, 8);
  const expected = cores < 2 ? 'on the main thread' : `in ${workers} worker thread${workers === 1 ? '' : 's'} and the main thread`;
  assert.match(auto.stderr, new RegExp(`^phase 1: 200 files to parse, ${expected}$`, 'm'));
  assert.equal(auto.stdout, postlint(['--no-workers', ...args], {cwd: root}).stdout);
  assert.equal(findings(JSON.parse(auto.stdout), root).filter((row) => /^content\/posts\/note-\d+\.md:8:5 no-broken-anchors$/.test(row)).length, 20);
});
