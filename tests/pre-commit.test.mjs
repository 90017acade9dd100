// The pre-commit hooks, installed and run by the real pre-commit tool from this checkout.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawn, spawnSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {parse} from 'yaml';
import {repoRoot, tempFolder} from './helpers.mjs';
import {git, gitEnv, gitRepo, write} from './git-helpers.mjs';

// Where pre-commit is missing the test says so in the run's output (a SKIP line), not silently.
const havePreCommit = spawnSync('pre-commit', ['--version']).status === 0;

// The hooks as `pre-commit try-repo <this checkout>` runs them: the repository is this checkout's
// HEAD or, when the checkout has changes, a commit of its staged and tracked files in a shadow clone
// (untracked files are left out), made as try-repo makes it; the config names the hooks asked for.
// try-repo itself gives every run a fresh temporary store, so each run would install the hook anew
// (npm install with the dev dependencies, npm pack, which builds, npm install -g): 60 s and more of
// CPU each. Both runs here share one store instead (pre-commit locks it while it installs), so the
// hook is installed once, for real. Under a minute on a quiet machine, four minutes and more on a
// busy one (seen: 477 s at a load of 27 on two cores with two installs), so each run has a hard
// limit with room; the test's own limit is above npm test's 10 minutes per test on purpose.
const limitMs = 900_000;

/** {repo, rev} of this checkout for a pre-commit config, as try-repo picks them. */
function checkoutRepo() {
  const rev = git(repoRoot, 'rev-parse', 'HEAD').trim();
  if (spawnSync('git', ['diff', '--quiet', '--no-ext-diff', 'HEAD'], {cwd: repoRoot}).status === 0) return {repo: repoRoot, rev};
  const shadow = join(tempFolder('postlint-pre-commit-shadow-'), 'shadow-repo');
  git(repoRoot, 'clone', '-q', repoRoot, shadow);
  git(shadow, 'checkout', '-q', rev, '-b', '_pc_tmp');
  // The checkout's staged and tracked changes, added to the shadow's index and objects only.
  const env = {...process.env, ...gitEnv, GIT_INDEX_FILE: join(shadow, '.git', 'index'), GIT_OBJECT_DIRECTORY: join(shadow, '.git', 'objects')};
  const staged = git(repoRoot, 'diff', '--cached', '--name-only', '--no-ext-diff', '-z').split('\0').filter(Boolean);
  for (const args of [...(staged.length > 0 ? [['add', '--', ...staged]] : []), ['add', '-u']]) {
    const result = spawnSync('git', args, {cwd: repoRoot, env, encoding: 'utf8'});
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  }
  git(shadow, 'commit', '-q', '--no-edit', '--no-gpg-sign', '-n', '-m', 'the checkout with its changes');
  return {repo: shadow, rev: git(shadow, 'rev-parse', 'HEAD').trim()};
}

let shared;
/** The store both runs share, and this checkout as a pre-commit repository: made on first use. */
function hookSetup() {
  shared ??= {store: tempFolder('postlint-pre-commit-store-'), ...checkoutRepo()};
  return shared;
}

/** `pre-commit run` with a config of this checkout's hooks (`hookIds`, or every hook it declares), in `cwd`. */
function runHooks(cwd, hookIds, args) {
  const {store, repo, rev} = hookSetup();
  const ids = hookIds ?? parse(readFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')).map((hook) => hook.id).sort();
  const config = join(tempFolder('postlint-pre-commit-config-'), '.pre-commit-config.yaml');
  writeFileSync(config, `repos:\n- repo: ${JSON.stringify(repo)}\n  rev: ${rev}\n  hooks:\n${ids.map((id) => `  - id: ${id}\n`).join('')}`);
  return new Promise((resolve, reject) => {
    const child = spawn('pre-commit', ['run', '--config', config, ...args, '--color', 'never'], {
      cwd,
      // npm's cached metadata is enough for the install pre-commit runs; no audit or fund calls.
      // Its temporary files go in a folder of the test's own, removed when the test process exits.
      env: {...process.env, ...gitEnv, PRE_COMMIT_HOME: store, TMPDIR: tempFolder('postlint-pre-commit-'), NO_COLOR: '1', npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false'},
      timeout: limitMs,
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({code, signal, output}));
  });
}

const post = (title, extra = '') => `---\ntitle: ${title}\ndate: 2024-01-02\n${extra}---\n\nThe ${title.toLowerCase()} post has words.\n`;

test('pre-commit, this checkout\'s hooks as try-repo runs them: a staged broken post fails and names the problem; a clean one passes', {timeout: limitMs + 30_000}, async (t) => {
  if (!havePreCommit) {
    t.skip('pre-commit is not installed');
    return;
  }
  const files = {
    'hugo.toml': 'title = "Test"\n',
    'content/posts/old-draft.md': post('Old', 'draft: true\n'),
    'content/posts/alpha.md': post('Alpha'),
  };
  const broken = gitRepo(files);
  // A draft, and a post that links to a heading alpha.md does not have: the site around them is indexed.
  // (A draft's own links are left alone until it is published, so the broken link is in a published post.)
  write(broken, 'content/posts/new.md', post('New', 'draft: true\n'));
  write(broken, 'content/posts/next.md', post('Next') + '\nSee [alpha](alpha.md#no-such-heading).\n');
  git(broken, 'add', 'content/posts/new.md', 'content/posts/next.md');
  const clean = gitRepo(files);
  write(clean, 'content/posts/new.md', post('New'));
  git(clean, 'add', 'content/posts/new.md');

  const [fails, passes] = await Promise.all([
    runHooks(broken, ['postlint'], ['--files', 'content/posts/new.md', 'content/posts/next.md']),
    // No hook id: every hook in .pre-commit-hooks.yaml runs (postlint and postlint-staged).
    runHooks(clean, undefined, ['--files', 'content/posts/new.md']),
  ]);

  assert.equal(fails.signal, null, `pre-commit was stopped after ${limitMs} ms:\n${fails.output}`);
  assert.equal(fails.code, 1, fails.output);
  assert.match(fails.output, /postlint\.+Failed/);
  assert.match(fails.output, /^content\/posts\/new\.md:4:1 +error +Post is a draft/m);
  // Only the file pre-commit passed is reported, not the committed draft beside it.
  assert.doesNotMatch(fails.output, /old-draft\.md/);
  assert.match(fails.output, /^content\/posts\/next\.md:8:5 +error +Link to "#no-such-heading".*no-broken-anchors$/m);

  assert.equal(passes.signal, null, `pre-commit was stopped after ${limitMs} ms:\n${passes.output}`);
  assert.equal(passes.code, 0, passes.output);
  assert.match(passes.output, /^postlint\.+Passed$/m);
  assert.match(passes.output, /^postlint \(staged changes and their impact\)\.+Passed$/m);
});
