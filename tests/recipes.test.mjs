// The recipes that are code: the GitLab Code Quality mapping (docs/ci.md) and the pre-commit hooks (README).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parse} from 'yaml';
import {fixtures, postlint, repoRoot} from './helpers.mjs';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const ciRecipes = readFileSync(join(repoRoot, 'docs', 'ci.md'), 'utf8');

test('the GitLab script in docs/ci.md maps --format json to a Code Quality report', () => {
  const script = /<!-- codequality-script -->\n```js\n([\s\S]*?)```\n/.exec(ciRecipes)?.[1];
  assert.ok(script, 'docs/ci.md has the codequality script');
  const site = mkdtempSync(join(tmpdir(), 'postlint-gitlab-'));
  cpSync(join(fixtures, 'summary'), site, {recursive: true});
  writeFileSync(join(site, 'postlint-codequality.mjs'), script);
  const lint = postlint(['--format', 'json', '--offline', '--now', '2025-06-01', '-o', 'postlint.json', 'content'], {cwd: site});
  assert.equal(lint.code, 1);
  const json = JSON.parse(readFileSync(join(site, 'postlint.json'), 'utf8'));
  const converted = spawnSync(process.execPath, ['postlint-codequality.mjs', 'postlint.json'], {cwd: site, encoding: 'utf8'});
  assert.equal(converted.status, 0, converted.stderr);
  const issues = JSON.parse(converted.stdout);
  const messages = json.flatMap((file) => file.messages.map((m) => ({file, m})));
  assert.equal(issues.length, messages.length);
  messages.forEach(({file, m}, i) => {
    assert.deepEqual(
      {...issues[i], fingerprint: typeof issues[i].fingerprint},
      {
        description: m.message,
        check_name: m.ruleId,
        fingerprint: 'string',
        severity: m.severity === 2 ? 'major' : 'minor',
        location: {path: file.filePath.slice(site.length + 1), lines: {begin: m.line}},
      },
    );
  });
  assert.equal(new Set(issues.map((issue) => issue.fingerprint)).size, issues.length);
});

test('.pre-commit-hooks.yaml defines the hooks the README names, on the system Node', () => {
  const hooks = parse(readFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8'));
  assert.deepEqual(hooks.map((hook) => hook.id), ['postlint', 'postlint-staged']);
  for (const hook of hooks) {
    assert.equal(hook.language, 'node');
    assert.equal(hook.language_version, 'system');
    assert.match(hook.entry, /^postlint --offline /);
    assert.ok(readme.includes(`id: ${hook.id}`), `README names ${hook.id}`);
  }
  assert.deepEqual(hooks[0].types_or, ['markdown', 'mdx']);
});
