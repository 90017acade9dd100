// mend42a: defects the review of stop 49's spelling and brand-casing branches found, each with a test that failed on eb76fdc8.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {quotedQueryValue} from '../dist/src/spelling/query-values.js';

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
