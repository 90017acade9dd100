import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';
import {row} from './rule-helpers.mjs';

// A link whose text starts or ends inside a word (`s[hould read](url)`, `[Java](url)Script`) renders one word:
// the word is read whole, reported at its first letter in the source. A slip spanning the link is still one;
// literal brackets (no link in the tree) still part two words.
test('spelling: a word that runs on across a link\'s markup is read as rendered; a slip across it is reported at its first letter', async () => {
  const {findings} = await lintRule({rule: 'spelling', configFile: false, fixture: join(fixtures, 'spelling-link-split')});
  assert.deepEqual(findings.map(row).sort(), ['slips.md:3:11 spelling', 'slips.md:5:5 spelling', 'slips.md:7:17 spelling']);
  assert.deepEqual(findings.map((finding) => /"([^"]+)"/.exec(finding.message)?.[1]).sort(), ['indx', 'recieve', 'seperate']);
});

// Chinese text runs on into a link with no space, and no word runs on with it: the link's first word is read alone.
test('brand-casing: a link opening right after Chinese text starts a word of its own (`见[Github 的文档](url)`)', async () => {
  const {findings} = await lintRule({rule: 'brand-casing', configFile: false, fixture: join(fixtures, 'spelling-link-split')});
  assert.deepEqual(findings.map(row), ['rendered.md:11:7 brand-casing']);
});
