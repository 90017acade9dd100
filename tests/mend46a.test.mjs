import {test} from 'node:test';
import assert from 'node:assert/strict';
import {filesOf, fixture, siteFindings} from './rule-helpers.mjs';

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
