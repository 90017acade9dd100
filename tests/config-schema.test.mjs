// schema/postlint.schema.json: generated at build time from the registry, shipped, and usable
// by any JSON Schema validator (and editors) on a config file.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {Ajv} from 'ajv';
import {fixtures, postlint, repoRoot} from './helpers.mjs';

const schemaPath = join(repoRoot, 'schema', 'postlint.schema.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
const validate = new Ajv({allErrors: true, strict: false}).compile(schema);

test('the shipped schema lists exactly the registered rules and is what the engine validates with', async () => {
  const ids = postlint(['--list-rules']).stdout.trim().split('\n').map((l) => l.split(/\s+/)[0]).sort();
  assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), ids);
  const {buildSchema} = await import(pathToFileURL(join(repoRoot, 'dist', 'src', 'schema.js')).href);
  const {loadRules} = await import(pathToFileURL(join(repoRoot, 'dist', 'src', 'registry.js')).href);
  const metas = [...(await loadRules()).values()].map((r) => r.meta);
  assert.deepEqual(schema, JSON.parse(JSON.stringify(buildSchema(metas))));
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  assert.ok(pkg.files.includes('schema'), 'package.json files ships schema/');
  assert.equal(pkg.exports['./schema'], './schema/postlint.schema.json');
});

test('a config with every section validates against the shipped schema', () => {
  const config = {
    $schema: './node_modules/postlint/schema/postlint.schema.json',
    rules: {'no-drafts': ['warn', {allow: ['content/drafts/**']}], 'front-matter': 'error'},
    extensions: ['.md', 'markdown'],
    anchors: {slugger: 'hugo'},
    links: {allowPrivate: false, exclude: ['^https://example\\.com/']},
    spelling: {language: 'en-US', words: ['postlint']},
    ignore: ['content/archive/**'],
    maxFileSize: 1048576,
    overrides: [{files: 'content/drafts/**', rules: {'no-drafts': 'off'}}],
  };
  assert.equal(validate(config), true, JSON.stringify(validate.errors));
  const fixture = JSON.parse(readFileSync(join(fixtures, 'config', 'overrides', '.postlintrc.json'), 'utf8'));
  assert.equal(validate(fixture), true, JSON.stringify(validate.errors));
});

test('the shipped schema rejects what the CLI rejects', () => {
  for (const bad of [{rules: {'no-such-rule': 'warn'}}, {rules: {'no-drafts': 'on'}}, {rules: {'no-drafts': ['warn', {allow: 1}]}}, {overrides: [{rules: {}}]}, {unknownKey: 1}]) {
    assert.equal(validate(bad), false, JSON.stringify(bad));
  }
});
