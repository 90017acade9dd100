// Config: every place it can live, found from the working directory upward; --config,
// --no-config; overrides; precise errors for unknown rules and bad options.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {postlint, postlintJson, findings, fixtures, tempSite} from './helpers.mjs';

const dir = join(fixtures, 'config');
const draft = '---\ntitle: Draft\ndate: 2020-01-01\ndraft: true\n---\n\nText.\n';

/** Severities of the findings, as "file:line rule severity". */
function severities(json, base) {
  return json.flatMap((f) => f.messages.map((m) => `${f.filePath.slice(base.length + 1)}:${m.line} ${m.ruleId} ${m.severity}`));
}

for (const place of ['package-json', 'rc-json', 'rc-yaml', 'rc-yml', 'config-js', 'config-mjs']) {
  test(`config in ${place} is found from a folder two levels below it`, () => {
    const cwd = join(dir, place, 'content', 'deep');
    const {code, json} = postlintJson(['.'], {cwd});
    // The config turns no-drafts from error into warn: exit 0 and severity 1 prove it was read.
    assert.equal(code, 0);
    assert.deepEqual(severities(json, cwd), ['post.md:4 no-drafts 1']);
  });
}

test('without a config the fixtures\' post is an error (so the tests above prove the config was read)', () => {
  const cwd = join(dir, 'rc-json', 'content', 'deep');
  const bare = postlintJson(['--no-config', '.'], {cwd});
  assert.equal(bare.code, 1);
  assert.deepEqual(severities(bare.json, cwd), ['post.md:4 no-drafts 2']);
});

test('the nearest config wins; a package.json without a "postlint" key is passed over', () => {
  const root = tempSite({
    '.postlintrc.json': '{"rules": {"no-drafts": "off"}}',
    'site/package.json': '{"name": "site"}',
    'site/.postlintrc.yml': 'rules:\n  no-drafts: warn\n',
    'site/post.md': draft,
  });
  const {code, json} = postlintJson(['.'], {cwd: join(root, 'site')});
  assert.equal(code, 0);
  assert.deepEqual(severities(json, join(root, 'site')), ['post.md:4 no-drafts 1']);
  // From the top folder, the top config applies to the same file.
  assert.deepEqual(severities(postlintJson(['site'], {cwd: root}).json, root), []);
});

test('no config anywhere: defaults; a package.json that does not parse is still an error, not passed over', () => {
  // Where no folder up to the root holds a config, the search is skipped (src/config-files.ts).
  const plain = tempSite({'package.json': '{"name": "site"}', 'post.md': draft});
  const found = postlintJson(['.'], {cwd: plain});
  assert.equal(found.code, 1);
  assert.deepEqual(severities(found.json, plain), ['post.md:4 no-drafts 2']);
  const broken = tempSite({'package.json': '{"name": ', 'post.md': draft});
  const run = postlint(['.'], {cwd: broken});
  assert.equal(run.code, 2);
  assert.match(run.stderr, /^postlint: .*package\.json: invalid JSON: .+\n$/);
});

test('--config uses that file instead of searching; a missing one is exit 2', () => {
  const root = tempSite({'.postlintrc.json': '{"rules": {"no-drafts": "off"}}', 'ci.yaml': 'rules:\n  no-drafts: warn\n', 'post.md': draft});
  assert.deepEqual(severities(postlintJson(['--config', 'ci.yaml', '.'], {cwd: root}).json, root), ['post.md:4 no-drafts 1']);
  const both = postlint(['--config', 'ci.yaml', '--no-config', '.'], {cwd: root});
  assert.deepEqual([both.code, both.stderr], [2, 'postlint: --config and --no-config contradict each other; use one\n']);
  const missing = postlint(['--config', 'nope.json', '.'], {cwd: root});
  assert.deepEqual([missing.code, missing.stderr], [2, 'postlint: Config file not found: nope.json\n']);
});

test('--no-config ignores even a broken config', () => {
  const root = tempSite({'.postlintrc.json': '{"rules": ', 'post.md': draft});
  const broken = postlint(['.'], {cwd: root});
  assert.equal(broken.code, 2);
  assert.match(broken.stderr, /^postlint: .*\.postlintrc\.json: invalid JSON: .+\n$/);
  assert.equal(postlint(['--no-config', '.'], {cwd: root}).code, 1);
});

test('overrides: globs relative to the config file, applied in order, whatever the working directory', () => {
  const base = join(dir, 'overrides');
  const expected = ['content/posts/a-post.md:4 no-drafts 2', 'content/posts/b-post.md:4 no-drafts 1'];
  assert.deepEqual(severities(postlintJson(['.'], {cwd: base}).json, base), expected);
  const fromPosts = join(base, 'content', 'posts');
  assert.deepEqual(severities(postlintJson(['..'], {cwd: fromPosts}).json, join(base)), expected);
  // --rule beats the config and its overrides.
  assert.deepEqual(severities(postlintJson(['--rule', 'no-drafts:error', '.'], {cwd: base}).json, base), [
    'content/drafts/wip.md:4 no-drafts 2',
    'content/posts/a-post.md:4 no-drafts 2',
    'content/posts/b-post.md:4 no-drafts 2',
  ]);
});

test('rule options from the config reach the rule (no-drafts allow)', () => {
  const root = tempSite({
    '.postlintrc.json': JSON.stringify({rules: {'no-drafts': ['error', {allow: ['drafts/**']}]}}),
    'drafts/a.md': draft,
    'posts/b.md': draft,
  });
  assert.deepEqual(findings(postlintJson(['.'], {cwd: join(root, 'posts', '..')}).json, root), ['posts/b.md:4:1 no-drafts']);
});

const badConfigs = [
  [{rules: {'no-draft': 'warn'}}, 'rules.no-draft: unknown rule "no-draft"; did you mean "no-drafts"?'],
  [{rules: {'zzz-not-a-rule': 'warn'}}, 'rules.zzz-not-a-rule: unknown rule "zzz-not-a-rule"; see postlint --list-rules'],
  [{rules: {'no-drafts': 'on'}}, 'rules.no-drafts: must be one of "off", "warn", "error"'],
  [{rules: {'no-drafts': 2}}, 'rules.no-drafts: must be "off", "warn", "error" or [level, {options}]'],
  [{rules: {'no-drafts': ['warn', {allow: 'drafts/**'}]}}, 'rules.no-drafts[1].allow: must be array'],
  [{rules: {'no-drafts': ['warn', {alow: []}]}}, 'rules.no-drafts[1].alow: unknown key "alow"; did you mean "allow"?'],
  [{rules: {'no-drafts': ['warn', {}, 1]}}, 'rules.no-drafts: must NOT have more than 2 items'],
  [{rulez: {}}, 'rulez: unknown setting "rulez"; did you mean "rules"?'],
  [{ignore: 'drafts/**'}, 'ignore: must be array'],
  [{maxFileSize: 0}, 'maxFileSize: must be >= 1'],
  [{overrides: [{rules: {}}]}, "overrides[0]: must have required property 'files'"],
  [{overrides: [{files: 'x/**', rules: {'no-drafts': 'warn'}}, {files: 'y/**', rules: {nodrafts: 'off'}}]}, 'overrides[1].rules.nodrafts: unknown rule "nodrafts"; did you mean "no-drafts"?'],
  [[], 'the config must be an object'],
  ['just text', 'the config must be an object'],
];

for (const [config, message] of badConfigs) {
  test(`bad config → exit 2 naming the key: ${message}`, () => {
    const root = tempSite({'.postlintrc.json': JSON.stringify(config), 'post.md': draft});
    const {code, stdout, stderr} = postlint(['.'], {cwd: root});
    assert.deepEqual([code, stdout, stderr], [2, '', `postlint: .postlintrc.json: ${message}\n`]);
  });
}

test('a bad YAML or JS config is exit 2 with one line', () => {
  const root = tempSite({'.postlintrc.yaml': 'rules: [unclosed\n', 'post.md': draft});
  const yaml = postlint(['.'], {cwd: root});
  assert.equal(yaml.code, 2);
  assert.match(yaml.stderr, /^postlint: .*\.postlintrc\.yaml: invalid YAML: .+\n$/);
  const js = tempSite({'postlint.config.mjs': 'throw new Error("config exploded");\n', 'post.md': draft});
  const thrown = postlint(['.'], {cwd: js});
  assert.deepEqual([thrown.code, thrown.stderr], [2, 'postlint: Could not load config: config exploded\n']);
});
