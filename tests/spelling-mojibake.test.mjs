import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';
import {row} from './rule-helpers.mjs';

const fixture = join(fixtures, 'spelling', 'mojibake');

// UTF-8 text read as Windows-1252 and saved again (`doesnâ€™t`): each garbled run is reported with the
// character the writer typed, in prose and headings; code and a silenced line are left alone.
test('spelling: mojibake in prose is reported with the intended character', async () => {
  const {findings} = await lintRule({rule: 'spelling', configFile: false, fixture, paths: ['garbled.md']});
  assert.deepEqual(findings.map(row), ['garbled.md:3:17 spelling', 'garbled.md:5:15 spelling', 'garbled.md:5:32 spelling', 'garbled.md:7:17 spelling', 'garbled.md:7:33 spelling', 'garbled.md:9:7 spelling', 'garbled.md:17:16 spelling', 'garbled.md:24:7 spelling']);
  assert.deepEqual(findings.map((finding) => finding.data?.intended), ['’', '“', '”', '–', '©', 'é', '’', '\u00A0']);
  assert.match(findings[0].message, /Garbled text "â€™": the UTF-8 bytes of "’" read as Windows-1252; write "’"/);
  assert.match(findings.at(-1).message, /the UTF-8 bytes of a no-break space read as Windows-1252/);
});

// Pages written in French, Portuguese and German use `â`, `Ã`, `ß`, `«»`, `°` as letters and signs of their own: no garbled run there.
test('spelling: accented letters and signs of French, Portuguese and German pages are not mojibake', async () => {
  const {findings} = await lintRule({rule: 'spelling', configFile: false, fixture, paths: ['francais.md', 'portugues.md', 'deutsch.md', 'english-accents.md']});
  assert.deepEqual(findings.map(row), []);
});
