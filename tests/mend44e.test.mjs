// mend44e: review of fix44e (brand-casing's code evidence, escapes read as rendered, MDX inline JSX props).
// Each test failed on fix44e (4102d0df).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';
import {lintSite, row} from './rule-helpers.mjs';
import {assertLinearGrowthAsync} from './growth.mjs';

const findings = async (rule, folder) => {
  const result = await lintRule({rule, configFile: false, fixture: join(fixtures, 'mend44e', folder)});
  return result.findings.map(row);
};

test('brand-casing: a command quoted in code (a manifest\'s script, "postcss src -o dist") is code; a capitalised word in quoted text is the writer\'s', async () => {
  // notes.md 3:6 `postcss` is the program the scripts run (as before fix44e); 3:61 `Youtube`: the quoted
  // message's `Youtube` is a person's capital, no code form, so the prose's is still reported.
  assert.deepEqual(await findings('brand-casing', 'code-commands'), ['notes.md:3:61 brand-casing']);
});

test('brand-casing: a forge\'s own pages (`github.com/topics/mysql`) are no owner\'s repositories; a list of their names is read', async () => {
  // links.md links three topic pages, whose first segment is GitHub's route, not an owner: tools.md's list names products.
  assert.deepEqual(await findings('brand-casing', 'forge-routes'), ['tools.md:3:22 brand-casing', 'tools.md:3:33 brand-casing', 'tools.md:3:48 brand-casing']);
});

test('brand-casing: a long line of code with one apostrophe costs linear time (quoted text is paired once, not rescanned)', async () => {
  // An unpaired `'` (`it's`) before a long line of words: the quoted-text pattern rescanned the rest of the line
  // from every space after it (a 48 KB line took 25 s). 4× the line must cost about 4×.
  const page = (n) => `# Bundle\n\n\`\`\`js\n// it's ${'ab cd '.repeat(n)}\n\`\`\`\n\nWe push it to Github.\n`;
  const run = async ({files}) => assert.equal((await lintSite('brand-casing', files)).messages.length, 1);
  const make = (n) => ({files: {'_config.yml': 'title: t\n', 'bundle.md': page(n)}});
  await assertLinearGrowthAsync('brand-casing over a long code line with an apostrophe', run, make, 1000, {rounds: 2});
});
