// Round 33's held-out classes of fix35a, on small Jekyll sites of their own (fixtures/classes35a/),
// asserted by exact rule id, line and column, both ways:
// - jekyll-include-remote-repo-markdown: a page whose body a site plugin's tag fills from a file
//   postlint cannot read (`include_whole {{ include.file }}` inside a `{% capture %}` of an include)
//   has ids postlint cannot know: a link to one of its fragments is unverifiable, naming the tag; a
//   page using a plugin tag that reads no file, or showing the tag inside `{% raw %}`, stays checked;
// - liquid-template-string-as-link: an `href` that Liquid code assembles across the end of one of
//   its strings (`'<a href="' | append: link | append: '">'`) is no link; a link whole inside one
//   string (an include's argument) and links next to Liquid tags stay checked;
// - Marp decks (`marp: true`): Marp's loose YAML reads `style: section { … }` and `#fff` as text,
//   so no front-matter error where Jekyll builds the file anyway; a block Marp refuses too, or
//   `strict_front_matter`, is still an error; a heading-only slide is no empty section, but the
//   same heading in a page that is no deck is; the slides' words are still spell-checked.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintRule} from './rule-helpers.mjs';

/** Findings as "file:line:col rule", and the unverifiable ones as "file:line:col message". */
async function findings(site, rule, options = {}) {
  const {messages} = await lintRule(rule, [`classes35a/${site}`], options);
  const strip = (file) => file.replace(`classes35a/${site}/`, '');
  const unverifiableMessage = (message) => / cannot be checked: /.test(message.message);
  const reported = messages.filter((message) => !unverifiableMessage(message)).map((message) => `${strip(message.file)}:${message.line}:${message.column} ${message.ruleId}`).sort();
  const unverifiable = messages.filter(unverifiableMessage).map((message) => `${strip(message.file)}:${message.line}:${message.column} ${message.message}`).sort();
  return {reported, unverifiable};
}

const shown = {options: {showUnverifiable: true}};

test('jekyll: a page filled by a plugin tag that writes out a file has unknown ids; a tag reading no file and a tag shown in {% raw %} leave the page checked', async () => {
  const {reported, unverifiable} = await findings('jekyll-plugin-file-tags', 'no-broken-anchors', shown);
  // index.md:10: guide/release.md's {% kettle_version %} reads a fixed file (VERSION) and names none: its ids are known.
  assert.deepEqual(reported, ['index.md:10:3 no-broken-anchors', 'index.md:8:40 no-broken-anchors', 'index.md:9:3 no-broken-anchors']);
  assert.equal(unverifiable.length, 1, unverifiable.join('\n'));
  assert.match(unverifiable[0], /^index\.md:7:3 .*guide\/manual\.md pulls in the text of a file named in template code \(\{\{ include\.file \}\}\) with \{% include_whole %\} \(pull_external\.md, line 2\), a tag of the site's plugin _plugins\/include_whole\.rb/);
});

test('jekyll: an href Liquid assembles from strings is no link; a link whole inside a string and links beside Liquid are checked', async () => {
  const {reported, unverifiable} = await findings('jekyll-liquid-strings', 'no-missing-files', shown);
  assert.deepEqual(reported, ['index.md:11:35 no-missing-files', 'index.md:16:72 no-missing-files', 'index.md:18:22 no-missing-files', 'index.md:21:33 no-missing-files']);
  assert.deepEqual(unverifiable, []);
});

test('marp: a deck\'s loose-YAML directives are no front-matter error where Jekyll builds it anyway; Marp\'s own refusal, strict_front_matter and a page that is no deck are', async () => {
  assert.deepEqual((await findings('jekyll-marp-decks', 'front-matter')).reported, ['talks/notes.md:3:8 front-matter', 'talks/spouts.md:3:8 front-matter']);
  assert.deepEqual((await findings('jekyll-marp-strict', 'front-matter')).reported, ['talks/cups.md:4:8 front-matter']);
});

test('marp: a heading-only slide is no empty section, even when the deck\'s block is no strict YAML; a page that is no deck still has one', async () => {
  assert.deepEqual((await findings('jekyll-marp-decks', 'no-empty-sections')).reported, ['talks/notes.md:8:1 no-empty-sections']);
  assert.deepEqual((await findings('jekyll-marp-strict', 'no-empty-sections')).reported, []);
});

test('marp: a deck\'s slide text is the writer\'s prose, spell-checked', async () => {
  assert.deepEqual((await findings('jekyll-marp-decks', 'spelling')).reported, ['talks/kettles.md:23:54 spelling']);
});
