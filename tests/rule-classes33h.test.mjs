import {test} from 'node:test';
import assert from 'node:assert/strict';
import {filesOf, fixture, siteFindings} from './rule-helpers.mjs';
import {assertLinearGrowth} from './growth.mjs';

// Round 32's classes of text a reader does not read as prose (fix33h): TeX math between dollars and
// backslash delimiters, Hugo's passthrough extension, WordPress shortcodes. Each fixture has lines
// that pass and lines still reported.
const site = (name) => filesOf(fixture('classes33h', name));
const options = {offline: true};

test('spelling: on a page that writes TeX between `$…$`, `$$…$$`, `\\(…\\)` or `\\[…\\]`, every such span is math; prices, prose and a page with no TeX are read', async () => {
  assert.deepEqual(await siteFindings('spelling', site('math'), options), [
    'content/posts/escapes.md:5:15 spelling', // `\(not a recieved link\)` on a page with no TeX: escaped parentheses around prose
    'content/posts/prices.md:5:16 spelling', // `$thier$` on a page with no TeX: prices, not math
    'content/posts/rates.md:11:15 spelling', // prose after the math
    'content/posts/transform.md:13:54 spelling', // "$5 and a lamp $10": no pair, the line is prose
  ]);
});

test('spelling: Hugo\'s passthrough extension with `$` delimiters keeps `$…$` raw for the math renderer; the rest of the page is read', async () => {
  assert.deepEqual(await siteFindings('spelling', site('passthrough'), options), ['content/posts/sets.md:7:17 spelling']);
});

test('spelling and brand-casing: a WordPress shortcode left in a post (`[soundcloud url="…" /]`, `[vimeo 51933492]`, `[/caption]`) is markup; the caption between its tags, bracketed prose and a shortcut reference the page defines are read', async () => {
  assert.deepEqual(await siteFindings('spelling', site('shortcodes'), options), [
    'content/posts/listening.md:9:61 spelling', // the caption's own text
    'content/posts/listening.md:11:2 spelling', // `[definately where I post]`: no attribute, prose
    'content/posts/listening.md:13:6 spelling', // `[recieve 1]` with a definition: a link's text
  ]);
  assert.deepEqual(await siteFindings('brand-casing', site('shortcodes'), options), ['content/posts/listening.md:11:35 brand-casing']);
});

test('tex-math: pairs and page evidence, in linear time', async () => {
  const {blankTexMath} = await import('../dist/src/spelling/tex-math.js');
  const kept = (source) => blankTexMath(source).replace(/ +/g, ' ');
  assert.equal(kept('a $\\pi x$ b $y$ c'), 'a b c');
  assert.equal(kept('costs $5 and $10 with $\\pi$'), 'costs $5 and $10 with ');
  assert.equal(kept('only $x$ here'), 'only $x$ here'); // no TeX on the page
  assert.equal(kept('$$\n\\frac{a}{b}\n\n$$ c'), '$$\n\\frac{a}{b}\n\n$$ c'); // not over a blank line
  assert.equal(kept('a \\\\(\\alpha\\\\) b'), 'a b');
  assertLinearGrowth('unclosed \\(', (source) => blankTexMath(source), (n) => '\\(\\alpha '.repeat(n), 4000);
  assertLinearGrowth('many $', (source) => blankTexMath(source), (n) => '$\\pi $x '.repeat(n), 4000);
  assertLinearGrowth('\\[ over blank lines', (source) => blankTexMath(source), (n) => '\\[ a\n\n'.repeat(n) + '\\]', 4000);
});

test('brand-casing: a hyphenated name the page\'s code writes, capitalised as a list label (`- Mongodb-datastore:`), and case forms listed after the right one and "not" (`**GraphQL**, not graphql, Graphql`) are mentioned; the compound mid-sentence, the brand alone, a compound no code writes and a miscasing after "not on" are read', async () => {
  assert.deepEqual(await siteFindings('brand-casing', site('compounds'), options), [
    'services.md:7:3 brand-casing', // `Postgresql-store`: no code writes it
    'services.md:10:26 brand-casing', // the compound mid-sentence
    'services.md:10:58 brand-casing', // the brand alone
    'services.md:16:29 brand-casing', // "GitHub, not on Github pages": a sentence using the name
  ]);
});

test('spelling: a slip given as an example, alone in a parenthesis after `e.g.` or `as in`, in a paragraph about typing mistakes is mentioned; a slip outside the parenthesis and the same parenthesis in a paragraph about anything else are read', async () => {
  assert.deepEqual(await siteFindings('spelling', site('examples'), options), [
    'typos.md:6:3 spelling', // used in a sentence about typos, not given as an example
    'typos.md:8:24 spelling', // "(e.g., committment)" in a paragraph about values
  ]);
});

test('spelling: a slip in an example parenthesis is read where its own Markdown block says nothing of typos: a list item under an item about typos, a paragraph under a heading about typos', async () => {
  assert.deepEqual(await siteFindings('spelling', site('examples-blocks'), options), [
    'CHANGELOG.md:6:43 spelling', // "- Added a setting … (e.g. directroy)" under "- Fixed typos in the README"
    'CHANGELOG.md:9:28 spelling', // the paragraph under "## Typos fixed"
  ]);
});

test('spelling: on a page that writes TeX, a dollar pair holding no TeX but two words in a row (a price, then a trailing-dollar price) is prose; `$thier$` and the TeX spans stay math', async () => {
  assert.deepEqual(await siteFindings('spelling', site('math-prose'), options), ['cost.md:3:29 spelling']);
});

test('spelling: a bracket with only a positional attribute (`[upated 2020]`) on a page with no sure WordPress shortcode (no `key=value`, no closing tag) is bracketed prose, read', async () => {
  assert.deepEqual(await siteFindings('spelling', site('shortcodes-alone'), options), ['notes.md:3:24 spelling']);
});
