import {test} from 'node:test';
import assert from 'node:assert/strict';
import {filesOf, fixture, lintSite, siteFindings} from './rule-helpers.mjs';

// Round 31's spelling classes (fix33a): a field's short form and an accepted variant; each fixture has a case that passes and one still reported.
const site = (...parts) => filesOf(fixture('classes33a', ...parts));

test('spelling: a clipped compound a page introduces beside its long form (`convnet` in "A Convolutional Neural Network, or convnet for short") is the site\'s term on that page and the others, though the misspellings list takes it for `convent`; a site that never writes the long form has it reported', async () => {
  assert.deepEqual(await siteFindings('spelling', site('short-form', 'introduced')), []);
  assert.deepEqual(await siteFindings('spelling', site('short-form', 'not-introduced')), ['pooling.md:3:7 spelling']);
});

test('spelling: two whole words run together beside the phrase (`eventhough` beside "Even though") are no clipping and stay a known misspelling', async () => {
  assert.deepEqual(await siteFindings('spelling', site('short-form', 'run-together')), ['walk.md:3:35 spelling']);
});

test('spelling: a stem\'s silent e kept before -able where no dictionary spells the word (`unparseable`, of `parse`) is an accepted variant; kept where the dictionary drops it (`undesireable`, beside `undesirable`) it is still a misspelling', async () => {
  assert.deepEqual(await siteFindings('spelling', site('silent-e')), ['builds.md:3:17 spelling']);
});

test('spelling: with `spelling.language: en-US` the kept e is the other variant, reported as one', async () => {
  const {messages} = await lintSite('spelling', {'parser.md': site('silent-e')['parser.md']}, {config: {spelling: {language: 'en-US'}}});
  assert.deepEqual(messages.map((m) => `${m.file}:${m.line}:${m.column} ${m.data.word} ${m.data.likely}`), ['parser.md:3:18 unparseable variant']);
});

test('spelling: the plural of a field\'s term the page writes in an inline code name (`referers` beside `` `ngx_http_referer_module` ``: the HTTP header\'s spelling) is not held to the misspellings list\'s `referrer`; without the term on the page it is', async () => {
  assert.deepEqual(await siteFindings('spelling', site('header-term')), ['none.md:3:33 spelling']);
});

test('spelling: a known misspelling the list corrects to its own letters as two words (`everytime` → "every time") is no clipped compound, also where its block writes a longer word on the first word\'s letters and the second word after it ("everyone wastes time"); reported on that page and the others', async () => {
  assert.deepEqual(await siteFindings('spelling', site('short-form', 'run-together-elsewhere')), ['runs.md:3:1 spelling', 'starts.md:3:10 spelling']);
});
