// The model guard with the phase-2 cache: a partial run takes the guard samples of the files whose
// entries hold from the cache and works out only the others, and must decide as a fresh run does.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {postlint, postlintJson, findings, tempSite} from './helpers.mjs';

const linkRules = ['--no-config', '--offline', '--rule', 'no-broken-anchors:error', '--rule', 'no-missing-files:error'];

/** A chapter with two links into rules.md, at lines 3 and 5, column 5. */
const chapter = (i, a, b) => `# Chapter ${i}\n\nSee [rule](rules.md#${a}).\n\nSee [rule](rules.md#${b}).\n`;

/** rules.md with two ids of a form no heading gets (`r-alpha.0`: headings here make no dots), as HTML anchors. */
const rules = (prefix) => `# Rules\n\n<a id="${prefix}.0"></a>\n\n## R alpha 0\n\nText.\n\n<a id="${prefix}.1"></a>\n\n## R alpha 1\n\nText.\n`;

/**
 * rules.md; `failing` chapters with two fragments each of that form that name no id, and one page
 * (good.md) with two that do: `2 * failing` of `2 * failing + 2` fragments fail (a form no heading
 * gets is the guard's evidence that something postlint does not see makes such ids).
 */
function site(failing) {
  const files = {
    'rules.md': rules('r-alpha'),
    'good.md': chapter('good', 'r-alpha.0', 'r-alpha.1'),
  };
  for (let i = 0; i < failing; i++) files[`ch${i}.md`] = chapter(i, `r-alpha.${10 + 2 * i}`, `r-alpha.${11 + 2 * i}`);
  return tempSite(files);
}

const anchors = (json, base) => findings(json, base).filter((row) => row.endsWith(' no-broken-anchors'));
const broken = (chapters) => chapters.flatMap((i) => [`ch${i}.md:3:5 no-broken-anchors`, `ch${i}.md:5:5 no-broken-anchors`]);

/** A run with the cache (after one that stored it) against a fresh run without it: the same output, byte for byte. */
function sameAsFresh(dir) {
  const cached = postlint([...linkRules, '--format', 'json', '--cache', '.'], {cwd: dir});
  const fresh = postlint([...linkRules, '--format', 'json', '.'], {cwd: dir});
  assert.equal(cached.stdout, fresh.stdout);
  assert.equal(cached.stderr, fresh.stderr);
  assert.equal(cached.code, fresh.code);
  return {json: JSON.parse(fresh.stdout), stderr: fresh.stderr};
}

const guardNotice = /postlint: no-broken-anchors in site .*fragments of a form no heading of this site gets as its id match no id postlint knows/;

test('fixing the links of one file lifts the guard in a cached partial run as in a fresh one', () => {
  const dir = site(5);
  const first = postlintJson([...linkRules, '--cache', '.'], {cwd: dir});
  // 10 of 12 fail: withheld.
  assert.deepEqual(anchors(first.json, dir), []);
  assert.match(first.stderr, guardNotice);
  writeFileSync(join(dir, 'ch4.md'), chapter(4, 'r-alpha.0', 'r-alpha.1'));
  // 8 failures: under the threshold, every one reported at its place.
  const {json, stderr} = sameAsFresh(dir);
  assert.deepEqual(anchors(json, dir), broken([0, 1, 2, 3]));
  assert.doesNotMatch(stderr, /left unverifiable/);
});

test('breaking links in one file raises the guard in a cached partial run as in a fresh one', () => {
  const dir = site(4);
  const first = postlintJson([...linkRules, '--cache', '.'], {cwd: dir});
  assert.deepEqual(anchors(first.json, dir), broken([0, 1, 2, 3]));
  writeFileSync(join(dir, 'ch4.md'), chapter(4, 'r-alpha.18', 'r-alpha.19'));
  const {json, stderr} = sameAsFresh(dir);
  assert.deepEqual(anchors(json, dir), []);
  assert.match(stderr, guardNotice);
});

test('renaming the target\'s headings changes the samples of files whose own bytes did not change', () => {
  const dir = site(4);
  const first = postlintJson([...linkRules, '--cache', '.'], {cwd: dir});
  assert.deepEqual(anchors(first.json, dir), broken([0, 1, 2, 3]));
  // good.md is unchanged, but its two fragments now fail too (the ids were renamed): 10 of 10.
  writeFileSync(join(dir, 'rules.md'), rules('q-beta'));
  const {json, stderr} = sameAsFresh(dir);
  assert.deepEqual(anchors(json, dir), []);
  assert.match(stderr, guardNotice);
});

test('an edit that leaves the guard as it was re-checks only the edited file, and the guard stays', () => {
  const dir = site(5);
  postlint([...linkRules, '--cache', '.'], {cwd: dir});
  writeFileSync(join(dir, 'ch2.md'), `${chapter(2, 'r-alpha.14', 'r-alpha.15')}\nMore text.\n`);
  const verbose = postlint([...linkRules, '--cache', '--verbose', '.'], {cwd: dir});
  assert.match(verbose.stderr, /phase-2 cache: 1 of 7 files re-checked/);
  assert.match(verbose.stderr, guardNotice);
  const {json, stderr} = sameAsFresh(dir);
  assert.deepEqual(anchors(json, dir), []);
  assert.match(stderr, guardNotice);
});

// Seven files, twelve links into rules.md: 8 fail (ch0–ch3), 4 resolve (good, ch4).
function twelveLinks() {
  const files = {
    'rules.md': rules('r-alpha'),
    'good.md': chapter('good', 'r-alpha.0', 'r-alpha.1'),
    'ch4.md': chapter(4, 'r-alpha.0', 'r-alpha.1'),
  };
  for (let i = 0; i < 4; i++) files[`ch${i}.md`] = chapter(i, `r-alpha.${10 + 2 * i}`, `r-alpha.${11 + 2 * i}`);
  return files;
}

test('--changed takes the guard samples of unchanged files from a stored cache and decides as without it', async () => {
  const {git, gitEnv, gitRepo, write} = await import('./git-helpers.mjs');
  const root = gitRepo(twelveLinks());
  // 8 of 12 fail: under the share, all reported; the run stores the cache.
  const stored = postlintJson([...linkRules, '--cache', '.'], {cwd: root, env: gitEnv});
  assert.deepEqual(anchors(stored.json, root), broken([0, 1, 2, 3]));
  git(root, 'checkout', '-q', '-b', 'break');
  write(root, 'ch4.md', chapter(4, 'r-alpha.18', 'r-alpha.19'));
  git(root, 'commit', '-q', '-am', 'break two links');
  // 10 of 12: withheld, ch4's two links with them.
  const changed = postlint([...linkRules, '--format', 'json', '--changed', '--verbose'], {cwd: root, env: gitEnv});
  assert.match(changed.stderr, /phase-2 cache: the model guard's samples of 6 of 7 files taken from the cache/);
  assert.match(changed.stderr, guardNotice);
  const fresh = postlint([...linkRules, '--format', 'json', '--changed', '--no-cache'], {cwd: root, env: gitEnv});
  assert.equal(changed.stdout, fresh.stdout);
  assert.deepEqual(anchors(JSON.parse(fresh.stdout), root), []);
  assert.match(fresh.stderr, guardNotice);
});

test('--changed without a stored cache stores the samples it worked out; the next --changed takes them, a --cache run never takes them for findings', async () => {
  const {git, gitEnv, gitRepo, write} = await import('./git-helpers.mjs');
  const root = gitRepo(twelveLinks());
  git(root, 'checkout', '-q', '-b', 'break');
  write(root, 'ch4.md', chapter(4, 'r-alpha.18', 'r-alpha.19'));
  git(root, 'commit', '-q', '-am', 'break two links');
  const args = [...linkRules, '--format', 'json', '--changed', '--verbose'];
  // No cache yet: every file's samples are worked out (and stored with the phase-1 cache's facts).
  const first = postlint(args, {cwd: root, env: gitEnv});
  assert.match(first.stderr, /phase-2 cache: the model guard's samples of 0 of 7 files taken from the cache \(none stored\)/);
  assert.match(first.stderr, guardNotice);
  const second = postlint(args, {cwd: root, env: gitEnv});
  assert.match(second.stderr, /phase-2 cache: the model guard's samples of 7 of 7 files taken from the cache/);
  const fresh = postlint([...linkRules, '--format', 'json', '--changed', '--no-cache'], {cwd: root, env: gitEnv});
  assert.equal(first.stdout, fresh.stdout);
  assert.equal(second.stdout, fresh.stdout);
  assert.deepEqual(anchors(JSON.parse(fresh.stdout), root), []);
  // ch4's links fixed: the guard lifts, as in a fresh run, though six files' samples come from the cache.
  write(root, 'ch4.md', chapter(4, 'r-alpha.1', 'r-alpha.0'));
  git(root, 'commit', '-q', '-am', 'fix them again');
  const lifted = postlint(args, {cwd: root, env: gitEnv});
  assert.match(lifted.stderr, /phase-2 cache: the model guard's samples of 6 of 7 files taken from the cache/);
  assert.doesNotMatch(lifted.stderr, /left unverifiable/);
  assert.equal(lifted.stdout, postlint([...linkRules, '--format', 'json', '--changed', '--no-cache'], {cwd: root, env: gitEnv}).stdout);
  // A full run with the cache finds samples only: it checks every file, and says what a fresh run says.
  const full = postlint([...linkRules, '--cache', '--verbose', '.'], {cwd: root, env: gitEnv});
  assert.match(full.stderr, /phase-2 cache: 7 of 7 files re-checked, 0 unchanged/);
  const {json} = sameAsFresh(root);
  assert.deepEqual(anchors(json, root), broken([0, 1, 2, 3]));
});

test('a run that checks one file (the hook\'s) keeps the other files\' entries: the next such run\'s guard resolves none of them', () => {
  const dir = site(5);
  postlint([...linkRules, '--cache', '.'], {cwd: dir});
  // The whole site indexed, ch0.md checked: the guard takes every file's samples from the full run's entries.
  // Once the files' times are trusted (2 s after their last change) the guard's decision is taken as stored, no sample read.
  const none = /phase-2 cache: the model guard's samples of 7 of 7 files taken from the cache|phase-2 cache: every file as stored, the 0 others give the model guard the samples they gave: its decision taken as stored/;
  const one = postlint([...linkRules, '--cache', '--verbose', '--whole-site', 'ch0.md'], {cwd: dir});
  assert.match(one.stderr, none);
  assert.match(one.stderr, /phase-2 cache: 1 of 1 files re-checked/);
  // What that run stored still serves the whole site (it kept the other files' entries).
  const next = postlint([...linkRules, '--cache', '--verbose', '--whole-site', 'ch1.md'], {cwd: dir});
  assert.match(next.stderr, none);
  assert.match(next.stderr, guardNotice);
  const {json, stderr} = sameAsFresh(dir);
  assert.deepEqual(anchors(json, dir), []);
  assert.match(stderr, guardNotice);
});

test('every page as stored and a folder changed: the guard is decided as stored while the re-checked files give the same samples, afresh once they do not', () => {
  const dir = site(5);
  writeFileSync(join(dir, 'pics.md'), '# Pics\n\n![one](img/one.png)\n');
  // Times are trusted at once here (a real run waits 2 s after a file's last change: src/file-stamp.ts).
  const env = {POSTLINT_CACHE_SETTLE_MS: '0'};
  const first = postlint([...linkRules, '--cache', '.'], {cwd: dir, env});
  assert.match(first.stderr, guardNotice);
  // A file no link names, in the folder the links looked in: the files that looked there are re-checked, with the samples they gave.
  writeFileSync(join(dir, 'notes.txt'), 'notes');
  const same = postlint([...linkRules, '--cache', '--verbose', '.'], {cwd: dir, env});
  assert.match(same.stderr, /phase-2 cache: [1-9]\d* of 8 files re-checked/);
  assert.match(same.stderr, /phase-2 cache: every file as stored, the [1-9]\d* others give the model guard the samples they gave: its decision taken as stored/);
  assert.match(same.stderr, guardNotice);
  const kept = sameAsFresh(dir);
  assert.deepEqual(anchors(kept.json, dir), []);
  assert.match(kept.stderr, guardNotice);
  // The missing image turns up: pics.md's sample now resolves, so the guard weighs every file's samples again.
  mkdirSync(join(dir, 'img'));
  writeFileSync(join(dir, 'img', 'one.png'), 'png');
  const moved = postlint([...linkRules, '--cache', '--verbose', '.'], {cwd: dir, env});
  assert.doesNotMatch(moved.stderr, /its decision taken as stored/);
  assert.match(moved.stderr, /phase-2 cache: the model guard's samples of \d+ of 8 files taken from the cache/);
  const fresh = postlint([...linkRules, '--cache', '.'], {cwd: dir, env});
  assert.equal(moved.stdout, fresh.stdout);
  const uncached = postlint([...linkRules, '.'], {cwd: dir, env});
  assert.equal(fresh.stdout, uncached.stdout);
  assert.equal(fresh.stderr, uncached.stderr);
});
