// fix47b: what a page shows — a heading of one escaped character, a page's title heading.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteFindings} from './rule-helpers.mjs';

test('no-empty-headings: a backslash-escaped character is shown (## \\*, ## \\#); unescaped marks, a comment or nothing still show nothing', async () => {
  const page = [
    '# Title', '', '## \\*', '', 'Any type.', '', '## \\#', '', 'Numbers.', '', '## **', '', 'Text.', '',
    '## <!-- -->', '', 'Text.', '', '##', '', 'Text.', '', '### \\', '', 'Text.', '',
  ].join('\n');
  assert.deepEqual(await siteFindings('no-empty-headings', {'post.md': page}), [
    'post.md:11:1 no-empty-headings', // ## ** : markers, unescaped
    'post.md:15:1 no-empty-headings', // a comment
    'post.md:19:1 no-empty-headings', // nothing
    'post.md:23:1 no-empty-headings', // a lone backslash escapes nothing
  ]);
});
