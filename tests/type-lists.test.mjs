// Lists of the kinds of value code takes (`dataclass, datetime, numpy, and UUID instances`), which
// brand-casing reads a lower-case module name in: found in one pass over the page, whose cost grows
// with the page's length, not with its square — a long one-line paragraph (many names, a long list
// with no noun after it) once cost each judged word a scan of its whole line.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {inTypeList, typeLists} from '../dist/src/spelling/type-lists.js';
import {assertLinearGrowth} from './growth.mjs';

const codeName = (item) => ['dataclass', 'datetime'].includes(item);

test('type lists: an item of a list of three or more before `instances`, another item a code name; not a list with no such noun, nor one of two', () => {
  const source = 'It writes dataclass, datetime, numpy, and UUID instances.\nIt reads numpy, pandas and github repositories.\nAnd datetime and numpy objects.';
  const lists = typeLists(source);
  assert.equal(inTypeList(lists, source.indexOf('numpy'), 'numpy', codeName), true);
  assert.equal(inTypeList(lists, source.indexOf('github'), 'github', codeName), false);
  assert.equal(inTypeList(lists, source.lastIndexOf('numpy'), 'numpy', codeName), false);
});

test('type lists: a long one-line paragraph is read in time that grows linearly (many names judged, a long list with no noun after it, a long token)', () => {
  const judge = (source) => {
    const lists = typeLists(source);
    for (let at = source.indexOf('github'); at !== -1; at = source.indexOf('github', at + 1)) inTypeList(lists, at, 'github', codeName);
  };
  assertLinearGrowth('names in a long line', judge, (n) => 'We use github, often and daily. '.repeat(n), 500);
  assertLinearGrowth('a long list with no noun', judge, (n) => `${'github, datetime, '.repeat(n)}and more.`, 500);
  assertLinearGrowth('a long token (an item tried from each of its letters)', judge, (n) => `See ${'a.'.repeat(n)} github, datetime and more.`, 2000);
});
