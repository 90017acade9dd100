// Rule concepts learnt from round 29's verdicts (fix31g): a site's own way with Latin abbreviations
// (dotless `eg`/`ie` reported only where the dotted forms clearly dominate), a section whose only
// content is an image with its attribute list, a link to a group's name right above its members,
// and code written in prose: an MDX import after a blank line under the front matter, a `::` path.
// Each fixture has a case that passes and one still reported.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {filesOf, fixture, siteFindings} from './rule-helpers.mjs';

const site = (...name) => filesOf(fixture('classes31g', ...name));

test('spelling: dotless eg/ie are reported where the site writes e.g./i.e. at least four times as often (50 to 1), not where it writes both about as often (4 to 3)', async () => {
  assert.deepEqual(await siteFindings('spelling', site('dotless', 'house')), ['slip.md:3:22 spelling']);
  assert.deepEqual(await siteFindings('spelling', site('dotless', 'mixed')), []);
});

test('spelling: the bound is four dotted uses to each dotless one, counted over the site', async () => {
  const dotted = (n) => `# Style\n\n${Array.from({length: n}, (_, i) => `Step ${i + 1} takes a tool, e.g. a saw.`).join('\n')}\n`;
  const slip = {'slip.md': '# Slip\n\nTake a tool, eg a saw.\n'};
  assert.deepEqual(await siteFindings('spelling', {...slip, 'style.md': dotted(4)}), ['slip.md:3:14 spelling']);
  assert.deepEqual(await siteFindings('spelling', {...slip, 'style.md': dotted(3)}), []);
  // The dotless uses count too: two of them need eight dotted ones.
  const two = {'slip.md': '# Slip\n\nTake a tool, eg a saw, ie the small one.\n'};
  assert.deepEqual(await siteFindings('spelling', {...two, 'style.md': dotted(7)}), []);
  assert.deepEqual(await siteFindings('spelling', {...two, 'style.md': dotted(8)}), ['slip.md:3:14 spelling', 'slip.md:3:24 spelling']);
});

test('no-empty-sections: a heading over an image with no alt text and a kramdown attribute list has content; over nothing, over a comment or over an attribute list alone it is still empty', async () => {
  assert.deepEqual(await siteFindings('no-empty-sections', site('image-sections')), [
    '_posts/2024-02-01-new-panel.md:18:1 no-empty-sections', // Nothing here yet: the next heading follows
    '_posts/2024-02-01-new-panel.md:20:1 no-empty-sections', // only an HTML comment
    '_posts/2024-02-01-new-panel.md:23:1 no-empty-sections', // only an attribute list
  ]);
  // The image's own list gives the image its id: the link to it lands.
  assert.deepEqual(await siteFindings('no-broken-anchors', site('image-sections')), []);
});

test('no-broken-anchors: a link to a group\'s name right above its two members lands on them; a link to an empty section is still one', async () => {
  assert.deepEqual(await siteFindings('no-broken-anchors', site('group-link')), ['docs/index.md:4:59 no-broken-anchors']);
});

test('brand-casing: MDX import lines after a blank line under the front matter are code (`import Eslint from …`); the same name in a component\'s text or in prose is read', async () => {
  assert.deepEqual(await siteFindings('brand-casing', site('mdx-imports')), [
    'src/content/docs/plugins.mdx:11:27 brand-casing', // Eslint in the card's text
    'src/content/docs/plugins.mdx:13:18 brand-casing', // Github in prose
  ]);
});

test('spelling and brand-casing: a name joined by `::` (a Rust, C++ or Ruby path) is code; the words around it and a sentence ending in `::` are read', async () => {
  assert.deepEqual(await siteFindings('spelling', site('code-paths')), [
    'docs/changes.md:4:53 spelling', // seperate
    'docs/changes.md:6:27 spelling', // recieved
  ]);
  assert.deepEqual(await siteFindings('brand-casing', site('code-paths')), ['docs/changes.md:5:54 brand-casing']);
});

test('spelling and brand-casing: only the `::` path is code; a word glued to it by a dash or a bracket is still read', async () => {
  const page = (text) => ({'mkdocs.yml': 'site_name: x\n', 'docs/a.md': `# A\n\n${text}\n`});
  assert.deepEqual(await siteFindings('spelling', page('The seperate—Foo::Bar call, (recieve,Foo::Bar) and Vec<T>::new, std::io::Read, ::std::vector.')), [
    'docs/a.md:3:5 spelling', // seperate, before an em dash
    'docs/a.md:3:30 spelling', // recieve, before a comma
  ]);
  assert.deepEqual(await siteFindings('brand-casing', page('Use Github—Octokit::Client.')), ['docs/a.md:3:5 brand-casing']);
});
