// The rule corpus (fixtures/corpus/<rule-id>/): small sites whose Markdown says inline what the
// rule must report (`<!-- expect <rule-id> col=N -->`). Each folder runs in process with only its
// rule on; a finding not expected, or an expectation not met, fails with both listed.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {testRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';

const corpus = join(fixtures, 'corpus');
const folders = readdirSync(corpus, {withFileTypes: true}).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

for (const rule of folders) {
  test(`corpus: ${rule}`, async () => {
    const {expected} = await testRule({rule, fixture: join(corpus, rule), configFile: false});
    // A folder that expects nothing would pass whatever the rule does.
    assert.ok(expected.length > 0, `fixtures/corpus/${rule} holds no <!-- expect ${rule} --> comment`);
  });
}
