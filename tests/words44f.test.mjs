// fix44f: a repost labelled in its title — `(转)`, `【转载】`, `[Repost]` opening the front matter's title, else the
// first `#` heading, else the file name — is another author's words; titles that only mention reposting, a label alone
// with no title after it, a label later in the name, and a heading the front matter's title overrides are read.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
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
