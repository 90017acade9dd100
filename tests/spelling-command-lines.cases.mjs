import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';
import {row} from './rule-helpers.mjs';

// A shell script's line that runs a program with an option (`optigng -q -o1 "$1"` in a bash block) shows
// that program run, prompt or not: its name in the page's prose is the program's. Not a line of another
// language's block, nor a word a script only echoes.
test('spelling: a program a bash script runs with an option is a command in the prose; written only in a text block or echoed, it is read', async () => {
  const {findings} = await lintRule({rule: 'spelling', configFile: false, fixture: join(fixtures, 'spelling', 'command-lines')});
  assert.deepEqual(findings.map(row), ['listing.md:3:21 spelling']);
});
