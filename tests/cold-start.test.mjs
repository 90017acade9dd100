// What a one-post run does before it checks anything: nothing it does not need (bench/README.md, "One post, cold").
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {cliPath, tempSite} from './helpers.mjs';

/** Counts each Intl object made in the process (the launcher runs the CLI in this same context), printed at exit. */
const intlProbe = `const made = {};
for (const name of ['DisplayNames', 'Collator']) {
  Intl[name] = new Proxy(Intl[name], {construct(target, args) { made[name] = (made[name] ?? 0) + 1; return Reflect.construct(target, args); }});
}
process.on('exit', () => process.stderr.write('intl-made ' + JSON.stringify(made) + '\\n'));`;

test('a one-post run whose pages name no language builds no CLDR names (Intl.DisplayNames, Intl.Collator are made on first need)', () => {
  const root = tempSite({
    'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "A blog"\n',
    'content/posts/first.md': '---\ntitle: The first post\ndate: 2024-05-01\n---\n\n# The first post\n\nSome prose with a [link to a heading](#the-first-post) and `code`.\n',
  });
  const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(intlProbe)}`, cliPath, '--offline', '--no-cache', '--format', 'json', 'content'], {cwd: root, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}});
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(JSON.parse(result.stdout).flatMap((file) => file.messages), []);
  assert.match(result.stderr, /^intl-made \{\}$/m, result.stderr);
});

test('the launcher loads node:child_process before V8 flags change only when the run may start git (a work tree it does not walk whole)', async () => {
  const {loadGitRunnerWhenUsed} = await import('../dist/src/builtins-first.js');
  const outside = tempSite({'hugo.toml': 'title = "x"\n', 'content/a.md': '# A\n'});
  // No .git at or above a temporary folder: nothing to load.
  assert.equal(loadGitRunnerWhenUsed(['content'], outside), false);
  const repository = tempSite({'.git/HEAD': 'ref: refs/heads/main\n', 'hugo.toml': 'title = "x"\n', 'content/a.md': '# A\n'});
  // The whole repository from its top: no index read for configs elsewhere.
  assert.equal(loadGitRunnerWhenUsed([], repository), false);
  assert.equal(loadGitRunnerWhenUsed(['--offline', '.'], repository), false);
  // A folder of it, a file, a run from a subfolder, or a diff against git: git is started.
  assert.equal(loadGitRunnerWhenUsed(['--offline', 'content'], repository), true);
  assert.equal(loadGitRunnerWhenUsed(['content/a.md'], repository), true);
  assert.equal(loadGitRunnerWhenUsed(['.'], join(repository, 'content')), true);
  assert.equal(loadGitRunnerWhenUsed(['--changed', '.'], repository), true);
});
