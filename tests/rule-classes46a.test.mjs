import {test} from 'node:test';
import assert from 'node:assert/strict';
import {filesOf, fixture, siteFindings} from './rule-helpers.mjs';

// Round 45's classes of words a reader reads otherwise (fix46a): shortcodes of the names WordPress and
// Jetpack register, left in an exported post. Each fixture has lines that pass and lines still reported.
const site = (name) => filesOf(fixture('classes46a', name));
const options = {offline: true};

test('brand-casing: a registered WordPress/Jetpack shortcode (`[youtube https://…]`, back to back, `[youtube=…]`, `[embed]…[/embed]`) is markup on any page; the name in prose and a bracket with no URL are read', async () => {
  assert.deepEqual(await siteFindings('brand-casing', site('shortcodes-registered'), options), [
    'talks.md:15:27 brand-casing', // "on youtube": prose
    'talks.md:17:2 brand-casing', // `[youtube channel]`: no URL, no attribute: bracketed prose
  ]);
});
