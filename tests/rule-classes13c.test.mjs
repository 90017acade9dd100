// Rule concepts learnt from the round-11 held-out verdicts (brand-casing and spelling): code and
// package names written in a sentence, prose inside raw HTML blocks, a word mentioned in quotes.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteFindings} from './rule-helpers.mjs';

test('brand-casing: a lower-case name with a tag glued on by a colon is a container image reference (mysql:8.0); the name in prose, or before a colon and a space, is still read', async () => {
  const page = [
    '# Images', // 1
    '',
    'We pinned mysql:8.0 and redis:latest, then moved to mysql:8.4-debian.', // 3
    '',
    'Our database is mysql: fast enough.', // 5
    '',
    'We also run mysql in production.', // 7
    '',
  ].join('\n');
  const rows = await siteFindings('brand-casing', {'a.md': page});
  assert.deepEqual(rows, ['a.md:5:17 brand-casing', 'a.md:7:13 brand-casing']);
});
