// fix44f: a repost labelled in its title — `(转)`, `【转载】`, `[Repost]` opening the front matter's title, else the
// first `#` heading, else the file name — is another author's words; titles that only mention reposting, a label alone
// with no title after it, a label later in the name, and a heading the front matter's title overrides are read.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {readFileSync} from 'node:fs';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';

const base = join(fixtures, 'words44f');
const rows = (findings) => findings.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId}${m.data?.word ? ` ${m.data.word}` : ''}`);
const lint = async (rule, folder) => rows((await lintRule({rule, fixture: join(base, folder), configFile: false})).findings);

test('spelling, brand-casing: a title, first heading or file name opening with the repost word in brackets marks a repost; a title about reposting, a bare label, a label later in the name are read', async () => {
  assert.deepEqual(await lint('spelling', 'repost-titles'), [
    '(转).md:1:22 spelling recieve',
    'own-file-(转).md:1:22 spelling recieve',
    'own-heading.md:3:22 spelling recieve',
    'title-over-file.md:7:22 spelling recieve',
  ]);
  assert.deepEqual(await lint('brand-casing', 'repost-titles'), [
    '(转).md:1:5 brand-casing Gitlab',
    'own-file-(转).md:1:5 brand-casing Gitlab',
    'own-heading.md:3:5 brand-casing Gitlab',
    'title-over-file.md:7:5 brand-casing Gitlab',
  ]);
});

test('spelling: a package the code installs (`brew install mosquitto`) is its name capitalised too, as a title or a list item, on its page and the site\'s others; without the install, the word is read', async () => {
  const files = (names) => Object.fromEntries(names.map((name) => [name, readFileSync(join(base, 'package-title', name), 'utf8')]));
  const lintFiles = async (names) => (await lintRule({rule: 'spelling', files: {'hugo.toml': 'title = "t"\n', ...files(names)}, paths: names})).findings.map((m) => `${m.file}:${m.line}:${m.column} ${m.data?.word ?? ''}`);
  assert.deepEqual(await lintFiles(['broker.md', 'clients.md']), []);
  assert.deepEqual(await lintFiles(['clients.md', 'no-code.md']), ['clients.md:3:3 Mosquitto', 'no-code.md:3:3 Mosquitto']);
});
