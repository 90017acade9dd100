// mend42a: defects the review of stop 49's spelling and brand-casing branches found, each with a test that failed on eb76fdc8.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {quotedQueryValue} from '../dist/src/spelling/query-values.js';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';
import {row} from './rule-helpers.mjs';

test('a quoted query value: a long line of quotes never closed costs each word its 160-character window, not the line', () => {
  // `‘` opens a quotation whose `’` never comes: each word's search for the closer stayed within its window
  // only in name (indexOf ran to the line's end), so a 400 kB line of such words took minutes.
  const count = 12000;
  const line = 'We use \u2018x and github daily. '.repeat(count);
  const started = performance.now();
  for (let at = line.indexOf('github'); at !== -1; at = line.indexOf('github', at + 6)) assert.equal(quotedQueryValue(line, at, 6), false);
  assert.ok(performance.now() - started < 4000, `took ${Math.round(performance.now() - started)} ms`);
  // The window still finds a query closed within it.
  const query = "Filter on 'repo = github' today.";
  assert.equal(quotedQueryValue(query, query.indexOf('github'), 6), true);
});

// Mojibake is reported in prose, never in code (mojibake.ts): text between inline `<code>`/`<kbd>` tags is code as a
// backtick span is (html-code-spans.ts), the bytes a log or a key printed, kept on purpose.
test('spelling: mojibake between inline <code> or <kbd> tags is code, left alone; the prose beside it is read', async () => {
  const {findings} = await lintRule({rule: 'spelling', configFile: false, fixture: join(fixtures, 'spelling', 'mojibake'), paths: ['inline-code-tags.md']});
  assert.deepEqual(findings.map(row), ['inline-code-tags.md:5:32 spelling', 'inline-code-tags.md:5:100 spelling']);
  assert.deepEqual(findings.map((finding) => finding.ruleId), ['spelling', 'spelling']);
});

// A block an HTML comment says a program wrote is left alone (generated-blocks.ts); `do not edit` alone names no program:
// a writer's note to the team over their own paragraph (`Please do not edit … without asking`) keeps it the writer's.
test('spelling: a "do not edit" comment that names no program writing the block leaves the block read', async () => {
  const {findings} = await lintRule({rule: 'spelling', configFile: false, fixture: join(fixtures, 'spelling', 'generated-notes'), paths: ['notes.md']});
  // 11 (`written by tools/options.py`) and 17 (`generated from the schema`) are a program's blocks, left alone.
  assert.deepEqual(findings.map(row), ['notes.md:5:9 spelling']);
  assert.deepEqual(findings.map((finding) => finding.data?.word), ['recieve']);
});
