// What a one-post run does before it checks anything: nothing it does not need (bench/README.md, "One post, cold").
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
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
