// A hashtag is a tag, written as the tag is written, not the brand in prose: `#youtube` (and a
// handle, `@github`) as the text of an HTML link, right after the tag's `>`, as after `[` in a
// Markdown link. The brand in the sentence around it, or an HTML link's text that is no tag, is still read.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ruleFindings} from './rule-helpers.mjs';

test('brand-casing: a hashtag or a handle as an HTML link\'s text is a tag; the brand in prose beside it and a link text that is a name are reported', async () => {
  assert.deepEqual(await ruleFindings('brand-casing', ['brand-casing-hashtags/notes.md']), [
    'brand-casing-hashtags/notes.md:5:64 brand-casing', // "a youtube channel": prose between two hashtags
    'brand-casing-hashtags/notes.md:7:61 brand-casing', // <a …>Github</a>: the name, not a tag
  ]);
});
