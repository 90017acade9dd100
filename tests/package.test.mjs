// The package as npm sees it: a license, where it lives, one home address, nothing run at install.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {postlint, repoRoot} from './helpers.mjs';

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const home = pkg.homepage.replace(/#.*$/, '');

test('LICENSE is the MIT license that package.json names', () => {
  assert.equal(pkg.license, 'MIT');
  assert.match(readFileSync(join(repoRoot, 'LICENSE'), 'utf8'), /^MIT License\n\nCopyright \(c\) \d{4} /);
});

test('repository, homepage and bugs name one home; the code derives every address from it', () => {
  assert.match(home, /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
  assert.equal(pkg.repository.url, `git+${home}.git`);
  assert.equal(pkg.bugs.url, `${home}/issues`);
  // No source file spells the home out: src/home.ts reads it from package.json.
  const spelled = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|mjs|js)$/.test(name) && readFileSync(path, 'utf8').includes(home.replace(/^https:\/\//, ''))) spelled.push(path);
    }
  };
  for (const dir of ['src', 'rules', 'scripts']) walk(join(repoRoot, dir));
  assert.deepEqual(spelled, []);
  // What the built code writes derives from it.
  const schema = JSON.parse(readFileSync(join(repoRoot, 'schema', 'postlint.schema.json'), 'utf8'));
  assert.equal(schema.$id, `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/schema/postlint.schema.json`);
  const log = JSON.parse(postlint(['--format', 'sarif', '--no-config', '--offline', 'README.md']).stdout);
  assert.equal(log.runs[0].tool.driver.informationUri, home);
  for (const rule of log.runs[0].tool.driver.rules) assert.ok(rule.helpUri.startsWith(`${home}/`) || rule.helpUri.startsWith(`${home}#`), rule.helpUri);
  for (const id of readdirSync(join(repoRoot, 'docs', 'rules')).map((name) => name.replace(/\.md$/, ''))) {
    assert.equal(log.runs[0].tool.driver.rules.find((rule) => rule.id === id)?.helpUri, `${home}/blob/main/docs/rules/${id}.md`);
  }
});

test('the packed package runs no script at install and carries LICENSE and the rule pages', () => {
  for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) assert.equal(pkg.scripts[script], undefined, `no "${script}" script`);
  const packed = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: repoRoot, encoding: 'utf8', timeout: 120_000});
  assert.equal(packed.status, 0, packed.stderr);
  const files = JSON.parse(packed.stdout)[0].files.map((file) => file.path);
  for (const path of ['LICENSE', 'README.md', 'package.json', 'dist/bin/cli.js', 'docs/rules/no-drafts.md']) assert.ok(files.includes(path), path);
});
