// The incremental modes (--whole-site, --changed, --staged) check a few files inside a bigger site
// and read the other files' facts from the phase-1 cache by default; real temporary git repositories.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {phase1CacheFile} from '../dist/src/cache.js';
import {postlintJson, findings} from './helpers.mjs';
import {git, gitEnv, gitRepo, write} from './git-helpers.mjs';

const post = (title, body) => `---\ntitle: ${title}\ndate: 2024-01-02\n---\n\n${body}\n`;

// beta links to the heading "Setup" in alpha (line 6, column 10).
const site = () => ({
  'hugo.toml': 'title = "Test"\n',
  'content/posts/alpha.md': post('Alpha', 'An introduction to the alpha post.\n\n## Setup\n\nInstall the tool first.'),
  'content/posts/beta.md': post('Beta', 'Read the [setup notes](alpha.md#setup) before you start.'),
  'content/posts/gamma.md': post('Gamma', 'The gamma post has its own words.'),
});

// Stamps are trusted once they are settleMs older than the file's change, which a busy machine reaches
// mid-test: pinned so every run takes the same path (hashes decide, src/file-stamp.ts).
const lint = (root, ...args) => postlintJson(['--offline', ...args], {cwd: root, env: {...gitEnv, POSTLINT_CACHE_SETTLE_MS: '100000'}});
const cacheFile = (root) => join(root, '.postlint-cache', 'phase1.bin');

/**
 * Rewrite alpha.md's cached facts as if it had no headings, keeping its hash: only a run that reads the cache sees it.
 * The phase-2 cache goes: with trusted stamps it would replay beta's findings, and these tests are about phase 1.
 */
function forgetAlphaHeadings(root) {
  rmSync(join(root, '.postlint-cache', 'phase2.bin'), {force: true});
  const stored = phase1CacheFile.decode(readFileSync(cacheFile(root)));
  const key = [...stored.entries.keys()].find((path) => path.endsWith('alpha.md'));
  const entry = stored.entries.get(key);
  // Without its digest: the one of the facts written is worked out.
  stored.entries.set(key, {...entry, visible: undefined, facts: {...entry.facts, headings: [], anchors: []}});
  writeFileSync(cacheFile(root), phase1CacheFile.encode(stored.entries));
}

test('--whole-site and --staged: the other files come from the cache, which git ignores', () => {
  const root = gitRepo(site());
  write(root, 'content/posts/beta.md', post('Beta', 'Read the [setup notes](alpha.md#setup) before you start.\n\nMore words here.'));
  git(root, 'add', 'content/posts/beta.md');
  const first = lint(root, '--whole-site', 'content/posts/beta.md');
  assert.deepEqual(findings(first.json, root), []);
  assert.ok(existsSync(cacheFile(root)), 'the run keeps the facts of the site in .postlint-cache/phase1.bin');
  // The folder carries its own .gitignore: nothing for git to show or commit.
  assert.equal(readFileSync(join(root, '.postlint-cache', '.gitignore'), 'utf8').split('\n').filter((line) => !line.startsWith('#'))[0], '*');
  assert.equal(git(root, 'status', '--porcelain'), 'M  content/posts/beta.md\n');

  // The next run takes alpha.md's facts from the cache (its bytes are the same)...
  forgetAlphaHeadings(root);
  assert.deepEqual(findings(lint(root, '--whole-site', 'content/posts/beta.md').json, root), ['content/posts/beta.md:6:10 no-broken-anchors']);
  assert.deepEqual(findings(lint(root, '--staged').json, root), ['content/posts/beta.md:6:10 no-broken-anchors']);
  // ...unless told not to.
  assert.deepEqual(findings(lint(root, '--no-cache', '--whole-site', 'content/posts/beta.md').json, root), []);
  // A file that changed on disk is read again, whatever the cache holds.
  write(root, 'content/posts/alpha.md', post('Alpha', 'An introduction to the alpha post.\n\n## Setup\n\nInstall the tool first, then run it.'));
  assert.deepEqual(findings(lint(root, '--whole-site', 'content/posts/beta.md').json, root), []);
});

test('the cache stays off for a whole run (named by folder or file too), with --no-cache, and with "cache": false in the config', () => {
  const whole = gitRepo(site());
  assert.deepEqual(findings(lint(whole, '.').json, whole), []);
  // A folder or a file inside the site: the site is indexed, but this is no incremental mode.
  assert.deepEqual(findings(lint(whole, 'content').json, whole), []);
  assert.deepEqual(findings(lint(whole, 'content/posts/beta.md').json, whole), []);
  assert.equal(existsSync(join(whole, '.postlint-cache')), false);

  const refused = gitRepo(site());
  lint(refused, '--no-cache', '--whole-site', 'content/posts/beta.md');
  lint(refused, '--no-cache', 'content/posts/beta.md');
  assert.equal(existsSync(join(refused, '.postlint-cache')), false);

  const configured = gitRepo({...site(), '.postlintrc.json': '{"cache": false}\n'});
  write(configured, 'content/posts/beta.md', post('Beta', 'Changed.'));
  lint(configured, '--whole-site', 'content/posts/beta.md');
  lint(configured, '--changed');
  assert.equal(existsSync(join(configured, '.postlint-cache')), false);
});

test('a cache folder that exists already is left as it is: no .gitignore written into it', () => {
  const root = gitRepo({...site(), '.postlint-cache/notes.txt': 'mine\n'});
  lint(root, '--whole-site', 'content/posts/beta.md');
  assert.ok(existsSync(cacheFile(root)));
  assert.equal(existsSync(join(root, '.postlint-cache', '.gitignore')), false);
});

test('the phase-1 cache forgets a file removed from the site; a file the run did not ask about is kept while it is there', () => {
  // notes/ is git-ignored: postlint leaves it out of the run, but its file is on disk.
  const root = gitRepo({...site(), '.gitignore': 'notes/\n', 'notes/elsewhere.md': '# Elsewhere\n'});
  lint(root, '--whole-site', 'content/posts/beta.md');
  const stored = () => [...phase1CacheFile.decode(readFileSync(cacheFile(root))).entries.keys()].map((path) => path.slice(root.length + 1)).sort();
  assert.deepEqual(stored(), ['content/posts/alpha.md', 'content/posts/beta.md', 'content/posts/gamma.md']);
  // Entries this run does not ask about: one for a file outside the site that is there, one for a file long gone.
  const entries = phase1CacheFile.decode(readFileSync(cacheFile(root))).entries;
  const gamma = entries.get(join(root, 'content/posts/gamma.md'));
  entries.set(join(root, 'notes/elsewhere.md'), {...gamma, facts: {...gamma.facts, path: join(root, 'notes/elsewhere.md')}});
  entries.set(join(root, 'notes/gone.md'), {...gamma, facts: {...gamma.facts, path: join(root, 'notes/gone.md')}});
  writeFileSync(cacheFile(root), phase1CacheFile.encode(entries));
  // gamma.md is deleted: the next run drops it and the gone note, and keeps the note still on disk.
  git(root, 'rm', '-q', 'content/posts/gamma.md');
  assert.deepEqual(findings(lint(root, '--whole-site', 'content/posts/beta.md').json, root), []);
  assert.deepEqual(stored(), ['content/posts/alpha.md', 'content/posts/beta.md', 'notes/elsewhere.md']);
  // Run after run, nothing comes back.
  lint(root, '--whole-site', 'content/posts/beta.md');
  assert.deepEqual(stored(), ['content/posts/alpha.md', 'content/posts/beta.md', 'notes/elsewhere.md']);
});
