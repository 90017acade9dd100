// Config files as people write them: JSONC, `extends` (files and packages), every error at
// once with "did you mean", --print-config and --init. All through the built CLI.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, writeFileSync, existsSync} from 'node:fs';
import {join} from 'node:path';
import {postlint, postlintJson, findings, tempSite} from './helpers.mjs';

const draft = '---\ntitle: Draft\ndate: 2020-01-01\ndraft: true\n---\n\nText.\n';

/** The effective config of `file` as --print-config prints it. */
function printed(root, file, args = []) {
  const {code, stdout, stderr} = postlint(['--print-config', file, ...args], {cwd: root});
  assert.equal(code, 0, stderr);
  assert.equal(stderr, '');
  return JSON.parse(stdout);
}

test('.postlintrc.jsonc, and comments and trailing commas in .postlintrc.json, are read', () => {
  const jsonc = '// team settings\n{\n  /* drafts are fine here */\n  "rules": {"no-drafts": "off",},\n}\n';
  for (const name of ['.postlintrc.jsonc', '.postlintrc.json']) {
    const root = tempSite({[name]: jsonc, 'post.md': draft});
    const {json} = postlintJson(['--offline', '.'], {cwd: root});
    assert.deepEqual(findings(json, root).filter((f) => f.endsWith('no-drafts')), [], name);
    assert.equal(printed(root, 'post.md').rules['no-drafts'][0], 'off');
  }
  const broken = tempSite({'.postlintrc.jsonc': '{\n  // fine\n  "rules": {"no-drafts": "off"} "x": 1\n}\n', 'post.md': draft});
  const {code, stdout, stderr} = postlint(['.'], {cwd: broken});
  assert.deepEqual([code, stdout], [2, '']);
  assert.equal(stderr, "postlint: .postlintrc.jsonc:3:33: invalid JSON: Expected ',' or '}' after property value\n");
});

test('every config error at once, one line each, with "did you mean" for keys', () => {
  const config = {rule: {}, links: {allowprivate: true, timeout: '10 sec'}, rules: {'no-drafts': 'on', 'no-draft': 'warn', spelling: ['warn', {}, 1], 'front-matter': ['warn', {requird: []}, 2]}, overrides: [{rules: {}}, {files: [1]}]};
  const root = tempSite({'.postlintrc.json': JSON.stringify(config), 'post.md': draft});
  const {code, stdout, stderr} = postlint(['.'], {cwd: root});
  assert.deepEqual([code, stdout], [2, '']);
  assert.deepEqual(stderr.trimEnd().split('\n').sort(), [
    'postlint: .postlintrc.json: links.allowprivate: unknown key "allowprivate"; did you mean "allowPrivate"?',
    'postlint: .postlintrc.json: links.timeout: must match pattern "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d)$"',
    "postlint: .postlintrc.json: overrides[0]: must have required property 'files'",
    'postlint: .postlintrc.json: overrides[1].files[0]: must be string',
    'postlint: .postlintrc.json: rule: unknown setting "rule"; did you mean "rules"?',
    'postlint: .postlintrc.json: rules.front-matter: must NOT have more than 2 items',
    'postlint: .postlintrc.json: rules.front-matter[1].requird: unknown key "requird"; did you mean "required"?',
    'postlint: .postlintrc.json: rules.no-draft: unknown rule "no-draft"; did you mean "no-drafts"?',
    'postlint: .postlintrc.json: rules.no-drafts: must be one of "off", "warn", "error"',
    'postlint: .postlintrc.json: rules.spelling: must NOT have more than 2 items',
  ]);
  assert.doesNotMatch(stderr, /\n\s+at /);
});

test('extends: a relative file and a package, resolved from the config that names them; later layers win', () => {
  const shared = {
    rules: {'no-drafts': ['error', {allow: ['drafts/**']}], 'front-matter': 'off'},
    ignore: ['archive/**'],
    extensions: ['.md', '.markdown'],
    spelling: {words: ['frobnicate'], dictionaries: ['./team-words.txt']},
  };
  const root = tempSite({
    // The package's config sits in its own folder, its word list beside it.
    'node_modules/@team/postlint-config/package.json': JSON.stringify({name: '@team/postlint-config', main: 'postlint.jsonc'}),
    'node_modules/@team/postlint-config/postlint.jsonc': `// shared\n${JSON.stringify(shared)}`,
    'node_modules/@team/postlint-config/team-words.txt': 'frobnicate\n',
    'site/base.yaml': 'links:\n  exclude: ["https://example.com/*"]\n  timeout: 3s\n',
    'site/.postlintrc.jsonc': JSON.stringify({
      extends: ['@team/postlint-config', './base.yaml'],
      rules: {'no-drafts': 'warn'},
      ignore: ['tmp/**'],
      extensions: ['.md'],
      links: {exclude: ['https://example.org/*']},
      spelling: {words: ['blorp']},
    }),
    'site/drafts/d.md': draft,
    'site/posts/p.md': draft,
    'site/archive/old.md': draft,
  });
  const site = join(root, 'site');
  const effective = printed(site, 'posts/p.md');
  // A bare level keeps the options an extended config gave the rule.
  assert.deepEqual(effective.rules['no-drafts'], ['warn', {allow: ['drafts/**']}]);
  assert.equal(effective.rules['front-matter'][0], 'off');
  assert.deepEqual(effective.ignore, ['archive/**', 'tmp/**']);
  assert.deepEqual(effective.extensions, ['.md']);
  assert.deepEqual(effective.links, {exclude: ['https://example.com/*', 'https://example.org/*'], timeout: '3s'});
  assert.deepEqual(effective.spelling, {words: ['frobnicate', 'blorp'], dictionaries: [join(root, 'node_modules/@team/postlint-config/team-words.txt')]});
  assert.equal(effective.extends, undefined);
  // The run uses the merged config: archive/ ignored (from the package), drafts/ allowed, posts/ a warning.
  const {code, json} = postlintJson(['--offline', '.'], {cwd: site});
  assert.equal(code, 0);
  assert.deepEqual(findings(json, site).filter((f) => f.endsWith('no-drafts')), ['posts/p.md:4:1 no-drafts']);
  assert.deepEqual(json.map((f) => f.filePath.slice(site.length + 1)).sort(), ['drafts/d.md', 'posts/p.md']);
});

test('extends: a cycle, a missing file or package, and errors inside an extended file are exit 2, naming the file', () => {
  const cycle = tempSite({'.postlintrc.json': '{"extends": "./a.json"}', 'a.json': '{"extends": ["./b.json"]}', 'b.json': '{"extends": "./a.json"}', 'post.md': draft});
  assert.deepEqual(postlint(['.'], {cwd: cycle}), {code: 2, stdout: '', stderr: 'postlint: b.json: extends: "./a.json" leads back to itself (.postlintrc.json → a.json → b.json → a.json)\n'});
  const self = tempSite({'.postlintrc.json': '{"extends": "./.postlintrc.json"}', 'post.md': draft});
  assert.match(postlint(['.'], {cwd: self}).stderr, /^postlint: \.postlintrc\.json: extends: "\.\/\.postlintrc\.json" leads back to itself/);
  const missing = tempSite({'.postlintrc.json': '{"extends": "./nope.json"}', 'post.md': draft});
  assert.deepEqual(postlint(['.'], {cwd: missing}), {code: 2, stdout: '', stderr: 'postlint: .postlintrc.json: extends: no such file: ./nope.json\n'});
  const noPackage = tempSite({'.postlintrc.json': '{"extends": "@nobody/postlint-config"}', 'post.md': draft});
  const r = postlint(['.'], {cwd: noPackage});
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^postlint: \.postlintrc\.json: extends: cannot find package "@nobody\/postlint-config" from \.; install it, or write a relative path/);
  const badBase = tempSite({'.postlintrc.json': '{"extends": "./base.json", "rulez": {}}', 'base.json': '{"links": {"allowprivate": true}}', 'post.md': draft});
  assert.deepEqual(postlint(['.'], {cwd: badBase}).stderr.split('\n'), [
    'postlint: base.json: links.allowprivate: unknown key "allowprivate"; did you mean "allowPrivate"?',
    'postlint: .postlintrc.json: rulez: unknown setting "rulez"; did you mean "rules"?',
    '',
  ]);
});

test('--print-config: overrides for that file applied, --rule flags too; the output is a valid config', () => {
  const root = tempSite({
    '.postlintrc.json': JSON.stringify({rules: {'no-drafts': 'error'}, overrides: [{files: 'drafts/**', rules: {'no-drafts': 'off'}}]}),
    'drafts/a.md': draft,
  });
  assert.equal(printed(root, 'drafts/a.md').rules['no-drafts'][0], 'off');
  // One --print-config of posts/b.md, read twice (the site is not written in between).
  const effective = printed(root, 'posts/b.md');
  assert.equal(effective.rules['no-drafts'][0], 'error');
  assert.equal(printed(root, 'drafts/a.md', ['--rule', 'no-drafts:warn']).rules['no-drafts'][0], 'warn');
  assert.equal(effective.overrides, undefined);
  writeFileSync(join(root, 'printed.json'), JSON.stringify(effective));
  const again = postlint(['--config', 'printed.json', '--print-config', 'posts/b.md'], {cwd: root});
  assert.equal(again.code, 0, again.stderr);
  assert.deepEqual(JSON.parse(again.stdout), effective);
});

test('--init writes a starter config for the detected generator, which postlint then reads; never overwrites', () => {
  const root = tempSite({'hugo.toml': 'baseURL = "https://example.org/"\npublishDir = "dist"\n', 'content/posts/p.md': '---\ntitle: P\ndate: 2020-01-01\n---\n\nText.\n'});
  const first = postlint(['--init'], {cwd: root});
  assert.deepEqual(first, {code: 0, stdout: 'Wrote .postlintrc.jsonc for a Hugo site.\n', stderr: ''});
  const text = readFileSync(join(root, '.postlintrc.jsonc'), 'utf8');
  assert.match(text, /^\/\/ postlint config for a Hugo site \(detected from hugo\.toml\)\./);
  assert.deepEqual(printed(root, 'content/posts/p.md').ignore, ['dist/**', 'resources/**', 'themes/**']);
  assert.equal(postlint(['--offline', '.'], {cwd: root}).code, 0);
  writeFileSync(join(root, '.postlintrc.jsonc'), '{"rules": {}}\n');
  assert.deepEqual(postlint(['--init'], {cwd: root}), {code: 2, stdout: '', stderr: 'postlint: --init: .postlintrc.jsonc already exists; postlint --init never overwrites a config (edit that file, or remove it first)\n'});
  assert.equal(readFileSync(join(root, '.postlintrc.jsonc'), 'utf8'), '{"rules": {}}\n');
  // A config of another name (here the "postlint" key of package.json) counts too.
  const pkg = tempSite({'package.json': JSON.stringify({name: 'blog', postlint: {rules: {}}}), 'mkdocs.yml': 'site_name: x\n'});
  assert.equal(postlint(['--init'], {cwd: pkg}).code, 2);
  assert.equal(existsSync(join(pkg, '.postlintrc.jsonc')), false);
  const plain = tempSite({'notes.md': '# Notes\n\nText.\n'});
  assert.deepEqual(postlint(['--init'], {cwd: plain}), {code: 0, stdout: 'Wrote .postlintrc.jsonc for Markdown files (no site generator detected).\n', stderr: ''});
  assert.deepEqual(printed(plain, 'notes.md').ignore, []);
});
