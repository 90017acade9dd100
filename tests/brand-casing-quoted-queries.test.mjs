// brand-casing: a value of a search or filter query quoted alone in prose (`'cloud_host = Openstack'`) is data
// the query matches, kept as typed; the same name outside the quotes, in a quoted sentence or after a key no
// query writes (`'Cloud = …'`) is read (src/spelling/query-values.ts). Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ruleFindings} from './rule-helpers.mjs';
import {quotedQueryValue} from '../dist/src/spelling/query-values.js';

test('brand-casing: values of a quoted search query are data; prose around it and a quoted sentence are read', async () => {
  assert.deepEqual(await ruleFindings('brand-casing', ['brand-casing/quoted-queries']), [
    // 3:36 (cloud_host = Openstack) and 5:44, 5:64 (cloud != Openstack, repo = Github) are values of quoted queries
    'brand-casing/quoted-queries/filters.md:3:89 brand-casing', // deployed on cloud host Openstack: prose
    'brand-casing/quoted-queries/filters.md:7:47 brand-casing', // a quoted sentence
    'brand-casing/quoted-queries/filters.md:9:48 brand-casing', // 'Cloud = Openstack': no query key
  ]);
});

test('a quoted query value: only a value position of a quotation that holds the query alone', () => {
  const line = "Use 'owner_id = 95 and domain = Example' or 'the domain Example'.";
  assert.equal(quotedQueryValue(line, line.indexOf('Example'), 7), true);
  assert.equal(quotedQueryValue(line, line.lastIndexOf('Example'), 7), false);
  assert.equal(quotedQueryValue(line, line.indexOf('domain'), 6), false); // a key, not a value
});
