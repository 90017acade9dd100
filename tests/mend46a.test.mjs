import {test} from 'node:test';
import assert from 'node:assert/strict';
import {filesOf, fixture, siteFindings} from './rule-helpers.mjs';
import {assertLinearGrowth} from './growth.mjs';

// Review of fix46a (mend46a): the defects found, each a case that failed on the fix branch.
const site = (name) => filesOf(fixture('classes46a', name));
const options = {offline: true};
const crlf = (files) => Object.fromEntries(Object.entries(files).map(([path, text]) => [path, text.replace(/\n/g, '\r\n')]));

test('spelling: a section\'s heading over the listing that runs it holds on a page saved with CRLF line ends as with LF', async () => {
  assert.deepEqual(await siteFindings('spelling', crlf(site('section-commands')), options), [
    'docs/other.mdx:7:5 spelling', // the listing runs `tabul`
    'docs/setup.md:11:1 spelling', // `## Setup` over `tabel init`: no heading names it
  ]);
});

// An acronym abbreviates its expansion: a name closed up from the words before it (`Cloud Flare (CloudFlare)`)
// spells no acronym, and the list's `Cloudflare` miscased there and after is still reported.
test('brand-casing: a closed-up name after its words (`Cloud Flare (CloudFlare)`) is no page-defined acronym; an abbreviation (`DaSH`) still is', async () => {
  const files = {'cdn.md': '# CDN\n\nWe serve it through Cloud Flare (CloudFlare); later CloudFlare caches it.\n\nThe Data Science Hackathon (DaSH) is in May; the DaSH is free.\n'};
  assert.deepEqual(await siteFindings('brand-casing', files, options), ['cdn.md:3:34 brand-casing', 'cdn.md:3:53 brand-casing']);
});

// The forms writers define an acronym in (`X (for A+B)` after a word or two, `X, short for …`, `X stands for …`),
// and a definition reaching the site's other pages that write the exact form with capitals the list's form lacks.
test('brand-casing: `The ReAct pattern (for Reason+Act)` defines ReAct on its page and on the site\'s other pages; a site that never defines it, and another form, are still reported', async () => {
  const agent = '# ReAct Agent\n\nThe ReAct pattern (for Reason+Act) is described in a paper.\n\nWe build a ReAct agent, and a REact one.\n';
  const index = '# Examples\n\n- [ReAct Agent](agent.md): an agent that reasons.\n\nSee our Github page.\n';
  const shortFor = '# Notes\n\nThe DaSH, short for Data Sharing Hub, opens; the DaSH stands open.\n\nCiCa stands for Circle Cache.\n';
  assert.deepEqual(await siteFindings('brand-casing', {'docs/agent.md': agent, 'docs/index.md': index, 'docs/notes.md': shortFor}, options), [
    'docs/agent.md:5:31 brand-casing', // REact: not the defined form
    'docs/index.md:5:9 brand-casing', // Github
  ]);
  assert.deepEqual(await siteFindings('brand-casing', {'docs/index.md': index}, options), ['docs/index.md:3:4 brand-casing', 'docs/index.md:5:9 brand-casing']);
});

test('pageDefinedAcronyms: segments are prefixes of the parts; the cue forms; a closed-up name and words between without a cue define nothing', async () => {
  const {pageDefinedAcronyms} = await import('../dist/src/spelling/acronym-expansion.js');
  const defined = (text) => [...pageDefinedAcronyms(text)];
  assert.deepEqual(defined('The ReAct pattern (for Reason+Act) is described'), ['ReAct']);
  assert.deepEqual(defined('ReAct, short for Reasoning and Acting, is'), ['ReAct']);
  assert.deepEqual(defined('ReAct stands for Reason / Act.'), ['ReAct']);
  assert.deepEqual(defined('the Department of Energy (DoE) and DaSH (data-science hackathon)'), ['DoE', 'DaSH']);
  assert.deepEqual(defined('We use the Cloud Flare (CloudFlare).'), []);
  assert.deepEqual(defined('Data Science Hackathon (DoSH)'), []); // `Do` begins no part
  assert.deepEqual(defined('the ReAct big pattern (Reason Act)'), []); // words between, no cue
});

test('pageDefinedAcronyms: linear in a line of words without a parenthesis, or of cues', async () => {
  const {pageDefinedAcronyms} = await import('../dist/src/spelling/acronym-expansion.js');
  assertLinearGrowth('words before no parenthesis', pageDefinedAcronyms, (n) => 'Ab cd ef '.repeat(n) + '(', 4000);
  assertLinearGrowth('cues', pageDefinedAcronyms, (n) => 'AbC stands for '.repeat(n), 4000);
  assertLinearGrowth('long expansion', pageDefinedAcronyms, (n) => 'A'.repeat(15) + ' (' + 'a '.repeat(n) + ')', 4000);
});
