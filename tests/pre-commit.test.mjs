// The pre-commit hooks, installed and run by the real pre-commit tool from this checkout.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawn, spawnSync} from 'node:child_process';
import {repoRoot, tempFolder} from './helpers.mjs';
import {git, gitEnv, gitRepo, write} from './git-helpers.mjs';

// Where pre-commit is missing the test says so in the run's output (a SKIP line), not silently.
const havePreCommit = spawnSync('pre-commit', ['--version']).status === 0;

// try-repo installs the hook from this checkout's HEAD, or, when the checkout has changes, from a
// temporary commit of its staged and tracked files (untracked files are left out). It uses a fresh
// temporary store each time (npm install with the dev dependencies, npm pack, npm install -g): under
// a minute on a quiet machine, four minutes and more on a busy one (seen: 240 s at a load of 20, and
// 477 s, 64 s of CPU, at a load of 27 on two cores), so both runs go at once and each has a hard
// limit with room. The test's own limit is above npm test's 10 minutes per test on purpose.
const limitMs = 900_000;

function tryRepo(cwd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn('pre-commit', ['try-repo', repoRoot, ...args, '--color', 'never'], {
      cwd,
      // npm's cached metadata is enough for the install pre-commit runs; no audit or fund calls.
      // Its temporary store goes in a folder of the test's own, removed when the test process exits.
      env: {...process.env, ...gitEnv, TMPDIR: tempFolder('postlint-pre-commit-'), NO_COLOR: '1', npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false'},
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

test('pre-commit try-repo: a staged broken post fails and names the problem; a clean one passes', {timeout: limitMs + 30_000}, async (t) => {
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
    tryRepo(broken, ['postlint', '--files', 'content/posts/new.md', 'content/posts/next.md']),
    // No hook id: every hook in .pre-commit-hooks.yaml runs (postlint and postlint-staged).
    tryRepo(clean, ['--files', 'content/posts/new.md']),
  ]);

  assert.equal(fails.signal, null, `try-repo was stopped after ${limitMs} ms:\n${fails.output}`);
  assert.equal(fails.code, 1, fails.output);
  assert.match(fails.output, /postlint\.+Failed/);
  assert.match(fails.output, /^content\/posts\/new\.md:4:1 +error +Post is a draft/m);
  // Only the file pre-commit passed is reported, not the committed draft beside it.
  assert.doesNotMatch(fails.output, /old-draft\.md/);
  assert.match(fails.output, /^content\/posts\/next\.md:8:5 +error +Link to "#no-such-heading".*no-broken-anchors$/m);

  assert.equal(passes.signal, null, `try-repo was stopped after ${limitMs} ms:\n${passes.output}`);
  assert.equal(passes.code, 0, passes.output);
  assert.match(passes.output, /^postlint\.+Passed$/m);
  assert.match(passes.output, /^postlint \(staged changes and their impact\)\.+Passed$/m);
});
