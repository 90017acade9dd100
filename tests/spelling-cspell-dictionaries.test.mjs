// cspell's custom dictionaries (cspell.org/docs/dictionaries-custom): a `dictionaryDefinitions` entry
// `{name, path}` is a word file, one word a line with `#` comments, used where `dictionaries` names it
// (`!name` turns it off), its path relative to the config's folder (src/spelling/cspell.ts).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {tempSite} from './helpers.mjs';
import {row} from './rule-helpers.mjs';

const {cspellDictionaryFiles} = await import('../dist/src/spelling/cspell.js');
const {spellingCacheInputs} = await import('../dist/src/spelling/speller.js');

const dir = new URL('../fixtures/spelling/cspell-dictionaries/', import.meta.url).pathname;
const names = ['hugo.toml', 'cspell.json', 'words/team.txt', 'words/old.txt', 'words/unused.txt', 'post.md'];
const files = Object.fromEntries(names.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

test('cspell users keep the words of the custom dictionaries their config turns on', async () => {
  const {findings} = await lintRule({rule: 'spelling', options: {report: 'unknown'}, files, paths: ['post.md']});
  // snarfle: its dictionary is turned off (`!old-words`); glorbix: defined, never named in `dictionaries`.
  assert.deepEqual(findings.map(row), ['post.md:5:3 spelling', 'post.md:5:17 spelling']);
  assert.deepEqual(findings.map((m) => m.data.word), ['snarfle', 'glorbix']);
});

test('without `dictionaries` naming it, a defined dictionary adds no word', async () => {
  const config = files['cspell.json'].replace('"en_US", "team-words"', '"en_US"');
  const {findings} = await lintRule({rule: 'spelling', options: {report: 'unknown'}, files: {...files, 'cspell.json': config}, paths: ['post.md']});
  assert.deepEqual(findings.map((m) => m.data.word), ['zorblat', 'wibbletons', 'snarfle', 'glorbix']);
});

test('the word files of the dictionaries turned on key the spelling cache; a path cspell fills in (`~`) is not read', () => {
  const root = tempSite(files);
  assert.deepEqual(cspellDictionaryFiles(root), [join(root, 'words', 'team.txt')]);
  assert.ok(spellingCacheInputs({config: {}, configDir: root}, {root}).includes(join(root, 'words', 'team.txt')));
});
