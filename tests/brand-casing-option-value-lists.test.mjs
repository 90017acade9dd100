// brand-casing: a parenthesized list of an option's values beside its code-spanned name is the option's values (fix30d).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {siteFindings} from './rule-helpers.mjs';

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
