// Hugo read YAML front matter with go-yaml v2 up to v0.151, which keeps the last value of a key
// given twice; v0.152 moved to goccy/go-yaml, which refuses the block (hugo-version.ts). With the
// site's build files pinning an older Hugo (.travis.yml downloads v0.32.2) a repeated key is the
// warning Jekyll's and MkDocs' get, and none when the first value is empty (`tags: []` filled
// below); with a newer Hugo pinned, or none, the block stays an error, as today's Hugo says.
// Fixture: fixtures/front-matter/hugo-repeated-keys. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fixtures, postlintJson, tempFolder} from './helpers.mjs';

function copy(changes = {}, removed = []) {
  const root = tempFolder('postlint-hugo-repeated-');
  cpSync(join(fixtures, 'front-matter', 'hugo-repeated-keys'), root, {recursive: true});
  for (const path of removed) rmSync(join(root, path));
  for (const [path, text] of Object.entries(changes)) {
    mkdirSync(dirname(join(root, path)), {recursive: true});
    writeFileSync(join(root, path), text);
  }
  return root;
}

function run(root) {
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root});
  return json.flatMap((file) => file.messages.filter((message) => message.ruleId === 'front-matter').map((message) => ({at: `${file.filePath.slice(root.length + 1)}:${message.line}:${message.column} ${message.ruleId}`, severity: message.severity, message: message.message})));
}

test('hugo: with Hugo v0.32.2 pinned (.travis.yml), a repeated key keeps its last value: a warning when a value is lost, nothing when the first was empty', () => {
  const rows = run(copy());
  assert.deepEqual(rows.map((row) => row.at), ['content/post/retitled.md:4:1 front-matter']);
  assert.equal(rows[0].severity, 1);
  assert.match(rows[0].message, /^"title" is given again with another value \(first on line 2\); the site's Hugo 0\.32\.2 \(a release download in \.travis\.yml\) reads YAML with go-yaml v2, which keeps the last one/);
});

test('hugo: with Hugo v0.152.2 pinned (netlify.toml HUGO_VERSION, the highest pin counts), or none, a repeated key is an error', () => {
  for (const root of [copy({'netlify.toml': '[build.environment]\n  HUGO_VERSION = "0.152.2"\n'}), copy({}, ['.travis.yml'])]) {
    const rows = run(root);
    assert.deepEqual(rows.map((row) => row.at), ['content/post/filled.md:6:1 front-matter', 'content/post/retitled.md:4:1 front-matter']);
    assert.ok(rows.every((row) => row.severity === 2 && /^Invalid YAML front matter/.test(row.message)));
  }
});

test('hugo: a commented-out pin (`# HUGO_VERSION = "0.54.0"` in netlify.toml, a workflow\'s `# hugo-version:`) pins nothing: a repeated key stays an error', () => {
  const root = copy({
    'netlify.toml': '[build.environment]\n  # HUGO_VERSION = "0.54.0"   (old pin, now the image\'s latest Hugo)\n',
    '.github/workflows/pages.yml': "jobs:\n  build:\n    steps:\n      - uses: peaceiris/actions-hugo@v2\n        with:\n          extended: true # hugo-version: '0.119.0'\n",
  }, ['.travis.yml']);
  const rows = run(root);
  assert.deepEqual(rows.map((row) => row.at), ['content/post/filled.md:6:1 front-matter', 'content/post/retitled.md:4:1 front-matter']);
  assert.ok(rows.every((row) => row.severity === 2 && /^Invalid YAML front matter/.test(row.message)));
});

test('hugo: peaceiris/actions-hugo\'s hugo-version in a workflow pins the version too', () => {
  const root = copy({'.github/workflows/pages.yml': "jobs:\n  build:\n    steps:\n      - uses: peaceiris/actions-hugo@v2\n        with:\n          hugo-version: '0.119.0'\n"}, ['.travis.yml']);
  assert.deepEqual(run(root).map((row) => row.at), ['content/post/retitled.md:4:1 front-matter']);
});

test('hugo: the npm package hugo-extended pins Hugo at its own version: ^0.96.0 is 0.96.x (keeps the last), >=0.96.0 may be any later (an error)', () => {
  const old = run(copy({'package.json': '{"devDependencies": {"hugo-extended": "^0.96.0"}}\n'}, ['.travis.yml']));
  assert.deepEqual(old.map((row) => row.at), ['content/post/retitled.md:4:1 front-matter']);
  assert.match(old[0].message, /the site's Hugo \^0\.96\.0 \(the npm package hugo-extended\) reads YAML with go-yaml v2/);
  assert.equal(run(copy({'package.json': '{"devDependencies": {"hugo-extended": ">=0.96.0"}}\n'}, ['.travis.yml'])).length, 2);
});

// The Hugo version is read from files beside the config (hugo-version.ts): with --cache, an edit to
// one of them must read the pages again (the phase-1 cache and the phase-2 file keys, src/engine.ts).
test('hugo: with --cache, editing the version pin (.travis.yml) or adding one (package.json) changes the finding on the next run', () => {
  const root = copy();
  const env = {POSTLINT_CACHE_SETTLE_MS: '0'};
  const cached = () => postlintJson(['--offline', '--no-config', '--cache', '.'], {cwd: root, env}).json
    .flatMap((file) => file.messages.filter((message) => message.ruleId === 'front-matter').map((message) => `${file.filePath.slice(root.length + 1)}:${message.line}:${message.column} ${message.ruleId} ${message.severity}`));
  const keepsLast = ['content/post/retitled.md:4:1 front-matter 1'];
  const refuses = ['content/post/filled.md:6:1 front-matter 2', 'content/post/retitled.md:4:1 front-matter 2'];
  assert.deepEqual(cached(), keepsLast);
  assert.deepEqual(cached(), keepsLast);
  const travis = join(root, '.travis.yml');
  writeFileSync(travis, readFileSync(travis, 'utf8').replaceAll('0.32.2', '0.152.2'));
  assert.deepEqual(cached(), refuses);
  writeFileSync(travis, readFileSync(travis, 'utf8').replaceAll('0.152.2', '0.32.2'));
  assert.deepEqual(cached(), keepsLast);
  writeFileSync(join(root, 'package.json'), '{"devDependencies": {"hugo-extended": ">=0.152.0"}}\n');
  assert.deepEqual(cached(), refuses);
});
