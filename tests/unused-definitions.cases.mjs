import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ruleFindings} from './rule-helpers.mjs';

// A reference definition nothing uses renders nothing in CommonMark/GFM, so no reader meets its
// URL: the link rules leave it alone. A used one (labels match case-insensitively, whitespace
// collapsed; the first definition of a label wins) is checked where it is defined.
const page = 'unused-definitions/page.md';

test('link rules: an unused reference definition is no link; a used one is checked at the definition', async () => {
  assert.deepEqual(await ruleFindings('no-missing-files', [page]), [
    `${page}:9:1 no-missing-files`, // [BUILD script]: ./missing-build.md, used as [the build][Build  Script]
    `${page}:11:1 no-missing-files`, // [logo]: ./missing-logo.png, used as ![logo]; the duplicate on line 12 is not
  ]);
  assert.deepEqual(await ruleFindings('no-broken-anchors', [page]), [
    `${page}:10:1 no-broken-anchors`, // [sec]: #no-such-section, used as [the section][sec]
  ]);
  // Lines 7 ([build-script]: ../build), 8 ([gone-anchor]: #no-such-heading) and 12 give nothing.
});

test('link rules: a file whose definitions nothing uses has zero findings', async () => {
  for (const rule of ['no-missing-files', 'no-broken-anchors']) assert.deepEqual(await ruleFindings(rule, ['unused-definitions/unused-only.md']), []);
});
