import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';
import {row} from './rule-helpers.mjs';

// A title set apart in emphasis whose line names its language in parentheses (`_Dal monolite al cloud: no
// stress!_ at a meetup (in Italian)`) holds that language's words, English function words among them or
// not. Still reported: a typo outside the title on such a line (4:42), the same word in a title with no
// language named (5:4), a title with another title between it and the language (6:7), and a parenthesis
// that names no language (`(in Progress)`, 7:16).
test('spelling: a title whose line names its language (in Italian) is that language; the rest of the line is read', async () => {
  const {findings} = await lintRule({rule: 'spelling', configFile: false, fixture: join(fixtures, 'spelling-named-language')});
  assert.deepEqual(findings.map(row), ['talks.md:4:42 spelling', 'talks.md:5:4 spelling', 'talks.md:6:7 spelling', 'talks.md:7:16 spelling']);
});
