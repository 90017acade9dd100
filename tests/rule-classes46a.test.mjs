import {test} from 'node:test';
import assert from 'node:assert/strict';
import {filesOf, fixture, siteFindings} from './rule-helpers.mjs';
import {assertLinearGrowth} from './growth.mjs';

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

test('brand-casing: an acronym the page defines by its expansion (`Design and Systems Hub (DaSH)`, `DaSH (Data Sharing Hub)`) is the writer\'s name on the whole page; undefined, or after words whose initials differ, it is read; `Github` still is', async () => {
  // Apart: a site one of whose pages defines `DaSH` reads it so on all its pages (mend46a).
  const {'undefined.md': undefinedPage, ...defining} = site('page-acronyms');
  assert.deepEqual(await siteFindings('brand-casing', defining, options), ['event.md:7:60 brand-casing']); // Github
  assert.deepEqual(await siteFindings('brand-casing', {'undefined.md': undefinedPage}, options), [
    'undefined.md:3:20 brand-casing', // `reading group (DaSH)`: the initials are not D, S, H
    'undefined.md:3:44 brand-casing',
  ]);
  assert.deepEqual(await siteFindings('brand-casing', site('page-acronyms'), options), ['event.md:7:60 brand-casing']);
  assert.deepEqual(await siteFindings('brand-casing', site('page-acronyms-reverse'), options), ['notes.md:3:75 brand-casing']); // Javascript
});

test('pageDefinedAcronyms: both forms, small words aside, link markup around the expansion; one capital is no acronym', async () => {
  const {pageDefinedAcronyms} = await import('../dist/src/spelling/acronym-expansion.js');
  assert.deepEqual([...pageDefinedAcronyms('the [Department of Energy](https://example.com) (DoE) and Zorb Hub (ZaP)')], ['DoE']);
  assert.deepEqual([...pageDefinedAcronyms('DaSH (Data Sharing Hub), Github (Git Hosting)')], ['DaSH']);
  assert.deepEqual([...pageDefinedAcronyms('our group (DaSH)')], []);
});

test('spelling: a program a section\'s heading names over the listing that runs it (`<h3>Tabel CLI</h3>` over a Docusaurus `<CodeBlock>` or a fence running `tabel …`) is that program, capitalised too, even where the misspellings list knows the letters; a heading over another program, or a listing under a heading that does not name it, is read', async () => {
  assert.deepEqual(await siteFindings('spelling', site('section-commands'), options), [
    'docs/other.mdx:7:5 spelling', // the listing runs `tabul`
    'docs/setup.md:11:1 spelling', // `## Setup` over `tabel init`: no heading names it
  ]);
});

test('wordpress shortcodes and page acronyms: linear in the length of a line of attributes or parentheses', async () => {
  const {blankWordPressShortcodes} = await import('../dist/src/spelling/wordpress-shortcodes.js');
  const {pageDefinedAcronyms} = await import('../dist/src/spelling/acronym-expansion.js');
  assertLinearGrowth('unclosed registered tag', (source) => blankWordPressShortcodes(source), (n) => '[youtube' + ' 1'.repeat(n), 4000);
  assertLinearGrowth('many registered tags', (source) => blankWordPressShortcodes(source), (n) => '[youtube https://a.example/v] '.repeat(n), 4000);
  assertLinearGrowth('many parenthesised acronyms', (source) => pageDefinedAcronyms(source), (n) => 'Data Sharing Hub (DaSH) '.repeat(n), 4000);
});
