import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintRule, ruleFindings, siteFindings} from './rule-helpers.mjs';

const rule = 'no-empty-headings';

test('no-empty-headings flags every heading without visible text, at the heading', async () => {
  const {rows, messages} = await lintRule(rule, ['no-empty-headings/fail']);
  assert.deepEqual(rows, [
    'no-empty-headings/fail/empty-headings.md:8:1 no-empty-headings', // "## "
    'no-empty-headings/fail/empty-headings.md:12:1 no-empty-headings', // "### :"
    'no-empty-headings/fail/empty-headings.md:16:1 no-empty-headings', // "## **"
    'no-empty-headings/fail/empty-headings.md:20:1 no-empty-headings', // "### ###"
    'no-empty-headings/fail/empty-headings.md:24:1 no-empty-headings', // "## {#changelog}"
    'no-empty-headings/fail/empty-headings.md:28:1 no-empty-headings', // "#"
    'no-empty-headings/fail/empty-headings.md:32:1 no-empty-headings', // only a <span>
    'no-empty-headings/fail/empty-headings.md:36:1 no-empty-headings', // only punctuation
    'no-empty-headings/fail/empty-headings.md:40:1 no-empty-headings', // "## ~~": strike-through markers are markup, not symbols
    'no-empty-headings/fail/empty-headings.md:44:1 no-empty-headings', // only an HTML comment
    'no-empty-headings/fail/empty-headings.md:48:1 no-empty-headings', // "### !": punctuation alone
    'no-empty-headings/fail/hidden-other-level.md:1:1 no-empty-headings', // the page's style hides h2, not this h1
    'no-empty-headings/fail/image-without-source.md:3:1 no-empty-headings', // "## ![]()": no source, nothing shown
    'no-empty-headings/fail/image-without-source.md:7:1 no-empty-headings', // "## <img alt=\"\">": neither source nor alt
    'no-empty-headings/fail/invisible-headings.md:5:1 no-empty-headings', // "## "
    'no-empty-headings/fail/invisible-headings.md:9:1 no-empty-headings', // "##"
    'no-empty-headings/fail/invisible-headings.md:13:1 no-empty-headings', // only a comment
    'no-empty-headings/fail/invisible-headings.md:17:1 no-empty-headings', // "## *  *": markers, spaces between
    'no-empty-headings/fail/invisible-headings.md:21:1 no-empty-headings', // a zero-width space
    'no-empty-headings/fail/invisible-headings.md:25:1 no-empty-headings', // "### :"
    'no-empty-headings/fail/not-dividers.md:5:1 no-empty-headings', // "## --": two dashes make no break
    'no-empty-headings/fail/not-dividers.md:7:1 no-empty-headings', // "## -*-": a break is one character
    'no-empty-headings/fail/not-dividers.md:9:1 no-empty-headings', // "## - -"
  ]);
  assert.match(messages[4].message, /^Heading `## \{#changelog\}` has no visible text/);
  assert.equal(messages[4].severity, 'error');
});

test('no-empty-headings accepts text, inline code, image alt text, numbers, emoji, ids after text, and a level the page hides with its own style', async () => {
  assert.deepEqual(await ruleFindings(rule, ['no-empty-headings/pass']), []);
});

test('no-empty-headings leaves a heading written as a divider alone (## ---, ### ---, ## * * *, ## ___)', async () => {
  assert.deepEqual(await ruleFindings(rule, ['no-empty-headings/pass/dividers.md']), []);
  // The whole text a break's run (closing `##`, emphasis and tabs aside) is typed on purpose; a run with a
  // stray mark (`## ---:`) or too short a run is what a forgotten title leaves: reported.
  const rows = await siteFindings(rule, {'post.md': '# Title\n\n## ---\n\n## --- ---\n\n## -- :\n\n## *** ##\n\n## **---**\n\n## \t-\t-\t-\n\n## ---:\n'});
  assert.deepEqual(rows, ['post.md:7:1 no-empty-headings', 'post.md:15:1 no-empty-headings']);
});

test('no-empty-headings finds headings inside lists and block quotes', async () => {
  const rows = await siteFindings(rule, {'post.md': '# Title\n\n- ## \n\n> ### *\n\nText.\n'});
  assert.deepEqual(rows, ['post.md:3:3 no-empty-headings', 'post.md:5:3 no-empty-headings']);
});

test('no-empty-headings reads a heading of symbols as its title (### ==, ### >=, ## $), punctuation alone still not', async () => {
  assert.deepEqual(await ruleFindings(rule, ['no-empty-headings/pass/operator-headings.md']), []);
  const rows = await siteFindings(rule, {'post.md': '# Operators\n\n### !=\n\nText.\n\n### &&\n\nText.\n\n### `\n\nText.\n\n### |\n\nText.\n'});
  assert.deepEqual(rows, ['post.md:7:1 no-empty-headings', 'post.md:11:1 no-empty-headings']);
});

test('no-empty-headings reads a heading holding only an image, alt text or none, as shown (### ![](shot.png))', async () => {
  assert.deepEqual(await ruleFindings(rule, ['no-empty-headings/pass/image-headings.md']), []);
  // An image line with `---` under it is a setext heading no one meant (a break after the picture): with no alt text, still reported.
  const rows = await siteFindings(rule, {'post.md': '# Title\n\n### ![](shot.png)\n\nText.\n\n### ![]()\n\nText.\n\n![](shot.png)\n---\n\nText.\n\n  ## ![](shot.png)\n\nText.\n'});
  assert.deepEqual(rows, ['post.md:7:1 no-empty-headings', 'post.md:11:1 no-empty-headings']);
});

test('no-empty-headings reads a question mark or an ellipsis as a sign shown (## ？, ## ?, ## …); white space, markers, a comment or a zero-width space still show nothing', async () => {
  assert.deepEqual(await ruleFindings(rule, ['no-empty-headings/pass/sign-headings.md']), []);
  const {rows} = await lintRule(rule, ['no-empty-headings/fail/invisible-headings.md']);
  assert.deepEqual(rows, [5, 9, 13, 17, 21, 25].map((line) => `no-empty-headings/fail/invisible-headings.md:${line}:1 no-empty-headings`));
  // A sign in emphasis is shown too; a slip's marks around no sign are not.
  const page = await siteFindings(rule, {'post.md': '# Title\n\n## **？**\n\nText.\n\n## ¿\n\nText.\n\n## - :\n\nText.\n\n### !\n\nText.\n'});
  assert.deepEqual(page, ['post.md:11:1 no-empty-headings', 'post.md:15:1 no-empty-headings']);
});
