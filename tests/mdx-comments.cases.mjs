import {test} from 'node:test';
import assert from 'node:assert/strict';
import {blankMdxComments} from '../dist/src/text/mdx-comments.js';
import {lintRule, siteFindings} from './rule-helpers.mjs';

test('MDX comments are blanked for every rule: a link inside {/* … */} is not checked, one outside still is', async () => {
  const {rows} = await lintRule('no-missing-files', ['no-missing-files/mdx']);
  assert.deepEqual(rows, ['no-missing-files/mdx/guide.mdx:16:1 no-missing-files']); // [Gone](./gone.mdx)
});

test('an MDX comment hides its words from the other rules too; in a .md file it is text', async () => {
  const files = {'docs/a.mdx': '# A\n\nText.\n\n{/* TODO: [b](./b.mdx) */}\n', 'docs/c.md': '# C\n\nText [d](./d.md).\n'};
  assert.deepEqual(await siteFindings('no-missing-files', files), ['docs/c.md:3:6 no-missing-files']);
});

test('blankMdxComments keeps lengths and lines, code, code spans and #id comments', () => {
  const text = '---\ntitle: "{/* x */}"\n---\n\nA {/* one\ntwo */} b `{/* code */}` c {/*#id*/}\n\n```\n{/* sample */}\n```\n';
  const blanked = blankMdxComments(text);
  assert.equal(blanked.length, text.length);
  assert.equal(blanked, '---\ntitle: "{/* x */}"\n---\n\nA        \n        b `{/* code */}` c {/*#id*/}\n\n```\n{/* sample */}\n```\n');
  assert.equal(blankMdxComments('No comment {/* here'), 'No comment {/* here');
  // An expression with code after its comment is no comment, and does not reach to a later one.
  assert.equal(blankMdxComments('<A b={/* x */ 1} /> then {/* y */}.'), '<A b={/* x */ 1} /> then          .');
});
