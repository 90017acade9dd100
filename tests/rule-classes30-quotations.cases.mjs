// Rule concepts learnt from round 27's verdicts: others' words set apart in shapes postlint did not
// read — a social post's pasted embed code (`<blockquote class="twitter-tweet">`, its `&mdash;` byline,
// inside a wrapper `<div>`), an HTML quote captioned in its `<figure>`, a blockquote whose source is
// named by a short `via …` line linking to it, a blockquote introduced as what someone "had to say" or
// "suggested". The writer's own blockquotes (notes, questions the writer put, `I suggested:`) are read.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ruleFindings} from './rule-helpers.mjs';

const site = 'quotations/mkdocs.yml';
const options = {severity: 'error', offline: true};

test('spelling and brand-casing: a pasted post embed (wrapped or not, signed by its `&mdash;` byline) and a quote captioned in its figure are others\' words; unsigned HTML quotes, a dash inside a quoted sentence and the writer\'s words after an embed are read', async () => {
  assert.deepEqual(await ruleFindings('spelling', ['quotations/docs/embeds.md', site], options), [
    'quotations/docs/embeds.md:17:43 spelling', // an HTML quote that names no source
    'quotations/docs/embeds.md:19:49 spelling', // the same inside the writer's own wrapper
    'quotations/docs/embeds.md:24:36 spelling', // the writer's own paragraph after an embed, in the same wrapper
    'quotations/docs/embeds.md:27:27 spelling', // a dash inside a wrapped sentence (`&mdash;` opening a source line) signs nothing
  ]);
  assert.deepEqual(await ruleFindings('brand-casing', ['quotations/docs/embeds.md', site], options), ['quotations/docs/embeds.md:19:80 brand-casing']);
});

test('spelling: blockquotes introduced as what someone else had to say or suggested are quoted; the writer\'s own question, "what I had to say", "I suggested", "As I wrote", "As I\'ve said", "As we have already explained" are read', async () => {
  assert.deepEqual(await ruleFindings('spelling', ['quotations/docs/answers.md', site], options), [
    'quotations/docs/answers.md:13:10 spelling',
    'quotations/docs/answers.md:17:7 spelling',
    'quotations/docs/answers.md:21:9 spelling',
    'quotations/docs/answers.md:25:5 spelling', // `As I wrote:` introduces the writer's own words
    'quotations/docs/answers.md:29:5 spelling', // `As I've said:`, contracted
    'quotations/docs/answers.md:33:7 spelling', // `As we have already explained:`, an auxiliary and an adverb
    'quotations/docs/answers.md:37:7 spelling', // `what I personally had to say:`
  ]);
});

test('spelling: a blockquote followed or closed by a short `via` line linking to its source is quoted; a sentence opening with "Via" and an unlinked `via` line name no source; a GitHub alert citing its source is the writer\'s', async () => {
  assert.deepEqual(await ruleFindings('spelling', ['quotations/docs/via.md', site], options), [
    'quotations/docs/via.md:11:24 spelling', // the blockquote before a long "Via the dashboard …" sentence
    'quotations/docs/via.md:13:38 spelling', // that sentence, the writer's
    'quotations/docs/via.md:19:17 spelling', // a note closed by "via the settings page", no link
    'quotations/docs/via.md:24:10 spelling', // a GitHub alert (`> [!TIP]`) citing its source is the site's callout
  ]);
});
