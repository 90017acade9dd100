import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';
import {row} from './rule-helpers.mjs';

// A program a shell block runs from the current directory with an option, after a wrapper
// (`taskset -c 2-5 ./wrk -t8`): a file of that name, so its name in the prose is the program's, even
// though the misspellings list has the word. Only in a YAML block's value, the prose word is read.
test('spelling: a program a bash block runs as ./name with an option is that program in the prose; named only in YAML, it is read', async () => {
  const {findings} = await lintRule({rule: 'spelling', configFile: false, fixture: join(fixtures, 'spelling', 'local-commands')});
  assert.deepEqual(findings.map(row), ['listed.md:7:6 spelling']);
});

// A letter held down four times or more (`*reallllly*`) is a stretch for effect; a consonant tripled (`commmand`) is a bounce.
test('spelling: a word stretched with a letter four times is deliberate; a tripled consonant is still a typo', async () => {
  const {findings} = await lintRule({rule: 'spelling', configFile: false, fixture: join(fixtures, 'spelling', 'deliberate-forms')});
  assert.deepEqual(findings.map(row), ['stretch.md:5:5 spelling']);
});

// A tag page's link whose text is its slug is a keyword, for spelling as for brand-casing.
test('spelling: tag links are keywords', async () => {
  const {findings} = await lintRule({rule: 'spelling', configFile: false, fixture: join(fixtures, 'brand-casing', 'tag-links')});
  assert.deepEqual(findings.map(row), []);
});
