import {test} from 'node:test';
import assert from 'node:assert/strict';
import {filesOf, fixture, siteFindings} from './rule-helpers.mjs';

// Round 26's spelling and brand-casing classes (fix29a): each fixture has a case that passes and one still reported.
const site = (name) => filesOf(fixture('classes29a', name));

test('brand-casing and spelling: the queries a log of searches lists are typed text, in the case typed (`_redis github_` on a page of what the writer googled); the comment after one is read, and emphasized lead-ins on a page that names no searching of the writer\'s (`Pick search terms your readers use`) are read', async () => {
  assert.deepEqual(await siteFindings('brand-casing', site('search-log')), [
    'glossary.md:7:2 brand-casing',
    'glossary.md:7:8 brand-casing',
    'glossary.md:9:2 brand-casing',
    'keywords.md:11:2 brand-casing', // a keyword guide's terms: search terms talked of, no searches of the writer's
    'week.md:9:35 brand-casing',
  ]);
  assert.deepEqual(await siteFindings('spelling', site('search-log')), ['keywords.md:9:2 spelling']);
});

test('brand-casing: SourceTree, whose owner wrote it so up to its blog post of 2016-11-16 (the day it became Sourcetree not given): a page dated up to that day keeps it, a later or undated page is held to Sourcetree', async () => {
  assert.deepEqual(await siteFindings('brand-casing', site('renamed')), [
    '_posts/2016-11-17-later.md:5:15 brand-casing',
    'notes/undated.md:5:15 brand-casing',
  ]);
});

test('brand-casing: an ordinary word capitalized in a link text that spells the linked site\'s name (`[Chatbot magazine](https://chatbotsmagazine.com/)`) is a word of that name; the brand\'s own site and a link of another name are checked', async () => {
  assert.deepEqual(await siteFindings('brand-casing', site('linked-site-name')), [
    'bots.md:5:6 brand-casing',
    'bots.md:5:52 brand-casing',
  ]);
});

test('spelling: a word the site writes with a hyphen (`re-mining`) is the same word closed up on another page (`remining`), though the misspellings list knows the letters as a slip of `remaining`; a site that never writes the hyphen has it reported', async () => {
  assert.deepEqual(await siteFindings('spelling', filesOf(fixture('classes29a', 'closed-up', 'with'))), []);
  assert.deepEqual(await siteFindings('spelling', filesOf(fixture('classes29a', 'closed-up', 'without'))), ['chat.md:3:19 spelling']);
});

test('spelling: a closed-up form the misspellings list gives as the slip of the two words apart (`noone` for `no one`) is reported though a page writes the British `no-one`', async () => {
  assert.deepEqual(await siteFindings('spelling', filesOf(fixture('classes29a', 'closed-up', 'british'))), ['chat.md:3:11 spelling']);
});

test('spelling: a blockquote introduced by a verb of saying with where or when it was said (`Ana explains later in the same thread:`) is her words, as written; `As I wrote in my first post:` quotes the writer, read', async () => {
  assert.deepEqual(await siteFindings('spelling', site('said-where')), ['quotes.md:9:23 spelling']);
});

test('brand-casing: a lower-case module in a list of the kinds of value code takes, another item a code name (`dataclass, datetime, numpy, and UUID instances`), is its name; a list whose other items are names (`numpy, Django, and Flask objects`), or of two items, is read', async () => {
  assert.deepEqual(await siteFindings('brand-casing', site('type-list')), [
    'types.md:5:12 brand-casing',
    'types.md:5:60 brand-casing',
  ]);
});
