// mend46d: review of fix46d. A page's own subject name (page-subject.ts) is a product's name, written as a
// name: a file and title that carry a known slip of a common word (`enviroment.md`, "Enviroment") while the
// prose writes it lower case mid-sentence ("set the enviroment variables") are the slip repeated, not a product.
// Fixtures: fixtures/mend46d. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';

const base = join(fixtures, 'mend46d');
const rows = (findings) => findings.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId}${m.data?.word ? ` ${m.data.word}` : ''}`);
const lint = async (rule, folder) => rows((await lintRule({rule, fixture: join(base, folder), configFile: false})).findings);

test('spelling: a known slip the subject page writes lower case in running text is still reported (services/zylophone.md in words46d: one always written as a name is left)', async () => {
  assert.deepEqual(await lint('spelling', 'subject'), ['docs/enviroment.md:5:9 spelling enviroment']);
});
