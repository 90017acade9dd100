// brand-casing: a list introduced as what the reader asks or types to a program holds typed input; a lower-case
// name there is typed as people type it (fix47a).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {siteFindings} from './rule-helpers.mjs';

const page = readFileSync(new URL('../fixtures/brand-casing/typed-examples/agent.md', import.meta.url), 'utf8');

test('brand-casing: lower-case names in a list of questions to ask a program are typed input; a capitalized one there, and the same names in a list of the writer\'s tools or a sentence, are flagged', async () => {
  const found = await siteFindings('brand-casing', {'_config.yml': 'title: t\n', 'agent.md': page});
  assert.deepEqual(found, [
    // agent.md:5 numpy, agent.md:6 pytorch (both flagged without the model): typed to the agent, kept.
    'agent.md:7:18 brand-casing', // Github: capitalized, the writer's casing even in a typed example
    'agent.md:11:3 brand-casing', // `Tools we use every day:` introduces no input
    'agent.md:12:3 brand-casing',
    'agent.md:14:21 brand-casing', // a sentence
  ]);
});
