// brand-casing: a parenthesized list of an option's values beside its code-spanned name is the option's values (fix30d).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {siteFindings} from './rule-helpers.mjs';
import {assertLinearGrowth} from './growth.mjs';

const page = readFileSync(new URL('../fixtures/brand-casing/option-value-lists/options.md', import.meta.url), 'utf8');

test('brand-casing: lower-case names in a parenthesized list of values after a code-spanned option name are values; the same names in the writer\'s own list or sentence are flagged', async () => {
  const found = await siteFindings('brand-casing', {'_config.yml': 'title: t\n', 'options.md': page});
  assert.deepEqual(found, [
    'options.md:12:39 brand-casing', // (linux, macos, windows) with no code name before it on its line
    'options.md:14:42 brand-casing', // gitlab in a sentence
    'options.md:14:52 brand-casing', // github
    'options.md:16:37 brand-casing', // (linux): one value is no list
    // A code span that names no option (a command, a program) before the writer's own list: read.
    'options.md:18:22 brand-casing', // Install `kettle` on (linux, macos, windows)
    'options.md:20:32 brand-casing', // Run `pour` to send the log to (github, gitlab, bitbucket)
    'options.md:20:40 brand-casing',
    'options.md:20:48 brand-casing',
  ]);
});

// Each lower-case brand asks whether it is in an option's value list: only its own line is read. Reading back
// to the last `(` and on to the next `)` of the whole text cost a rescan per word (quadratic on a long page).
test('brand-casing: the option-value-list check of each word reads its line only (cost 4× on 4× the lines)', async () => {
  const {optionValueList} = await import('../dist/rules/brand-casing.js');
  const line = 'Bump github from 0.25.0 to 0.25.1.\n';
  const page = (n) => ({text: `(start)\n${line.repeat(n)}(end)\n`, offsets: Array.from({length: n}, (_, i) => 8 + i * line.length + 5)});
  const run = ({text, offsets}) => offsets.every((offset) => !optionValueList(text, {text: 'github', offset}));
  assert.ok(run(page(3)));
  assert.equal(optionValueList('| `os` | on (unix, linux, macos) |\n', {text: 'linux', offset: 19}), true);
  assertLinearGrowth('optionValueList', run, page, 2000);
});
