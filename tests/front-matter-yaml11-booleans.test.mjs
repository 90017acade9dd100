// Unquoted `yes`/`no`/`on`/`off` in front matter, read as the site's own YAML reader reads them
// (src/front-matter-yaml11.ts): Hugo before v0.152 (go-yaml v2, YAML 1.1) and Jekyll (Ruby's Psych)
// take them as booleans, so `draft: yes` is a draft and `published: No` holds a post back; Hugo from
// v0.152 (goccy/go-yaml) and a site pinning no Hugo read them as text, the string the front-matter
// rule reports. A quoted "yes" is text to every reader.
// Fixture: fixtures/front-matter/yaml11-booleans. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fixtures, postlintJson, tempFolder} from './helpers.mjs';
import {goYamlV2Boolean, psychBoolean, pyYamlBoolean, booleanWords, withBooleanWords} from '../dist/src/front-matter-yaml11.js';

function copy(site, change) {
  const root = tempFolder('postlint-yaml11-');
  cpSync(join(fixtures, 'front-matter', 'yaml11-booleans', site), root, {recursive: true});
  change?.(root);
  return root;
}

function run(root) {
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root});
  return json.flatMap((file) => file.messages.map((message) => `${file.filePath.slice(root.length + 1)}:${message.line}:${message.column} ${message.ruleId}`)).sort();
}

test('hugo 0.74.3 pinned (netlify.toml): `draft: yes` is a draft, `draft: no` in a drafts folder is published, a quoted "yes" is text', () => {
  assert.deepEqual(run(copy('hugo')), ['content/post/half-written.md:4:1 no-drafts', 'content/post/quoted-word.md:4:1 front-matter']);
});

test('hugo 0.152.0 pinned, or none: `yes` is text, the string the front-matter rule reports', () => {
  const newer = (root) => writeFileSync(join(root, 'netlify.toml'), '[build.environment]\n  HUGO_VERSION = "0.152.0"\n');
  const none = (root) => rmSync(join(root, 'netlify.toml'));
  for (const change of [newer, none]) {
    assert.deepEqual(run(copy('hugo', change)), ['content/post/drafts/kept-here.md:4:1 front-matter', 'content/post/half-written.md:4:1 front-matter', 'content/post/quoted-word.md:4:1 front-matter']);
  }
});

test('jekyll (Psych, any casing): `published: No` holds the post back; a quoted "no" is text', () => {
  assert.deepEqual(run(copy('jekyll')), ['_posts/2025-02-06-held-back.md:3:1 no-drafts', '_posts/2025-02-07-out.md:3:1 front-matter']);
});

test('the readers\' word lists: go-yaml v2 takes y/n in three casings, PyYAML no single letters, Psych any casing', () => {
  assert.deepEqual(['y', 'Yes', 'YES', 'yEs', 'OFF', 'N', 'true'].map(goYamlV2Boolean), [true, true, true, undefined, false, false, undefined]);
  assert.deepEqual(['y', 'Yes', 'yEs', 'Off', 'n'].map(pyYamlBoolean), [undefined, true, undefined, false, undefined]);
  assert.deepEqual(['y', 'yEs', 'oFF', 'n'].map(psychBoolean), [undefined, true, false, undefined]);
});

test('bare words are found in nested maps and lists, never in keys or quoted values', async () => {
  const text = 'build:\n  list: never\n  render: no\nflags: [on, "off", y]\non: 1\ntitle: \'yes\'\n';
  const words = await booleanWords(text);
  assert.deepEqual(words, [{path: ['build', 'render'], word: 'no'}, {path: ['flags', 0], word: 'on'}, {path: ['flags', 2], word: 'y'}]);
  const data = {build: {list: 'never', render: 'no'}, flags: ['on', 'off', 'y'], on: 1, title: 'yes'};
  assert.deepEqual(withBooleanWords(data, words, goYamlV2Boolean), {build: {list: 'never', render: false}, flags: [true, 'off', true], on: 1, title: 'yes'});
  assert.equal(withBooleanWords(data, words, () => undefined), data);
  assert.equal(await booleanWords('title: Yesterday\ntags: [no-code]\n'), undefined);
});

test('hugo 0.74.3: a block its reader takes only once repaired (tabs in a flow list, a repeated key) reads `yes` as go-yaml v2 does too', () => {
  const add = (root) => {
    writeFileSync(join(root, 'content', 'post', 'tabbed.md'), '---\ntitle: Tabbed\ndate: 2025-02-04\ndraft: yes\ntags: [\n\tkites,\n\tspools\n]\n---\n\nA post with a tabbed list.\n');
    writeFileSync(join(root, 'content', 'post', 'twice.md'), '---\ntitle: Twice\ndate: 2025-02-05\ndraft: no\ndraft: yes\n---\n\nA post whose draft key is written twice.\n');
  };
  assert.deepEqual(run(copy('hugo', add)), [
    'content/post/half-written.md:4:1 no-drafts',
    'content/post/quoted-word.md:4:1 front-matter',
    'content/post/tabbed.md:4:1 no-drafts',
    'content/post/twice.md:5:1 front-matter', // the repeated key's warning (the value on line 4 is lost), not a string draft
    'content/post/twice.md:5:1 no-drafts',
  ]);
});
