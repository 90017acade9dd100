// mdBook preprocessors postlint knows do not add ids beyond what it models, so a book that runs only
// those has its fragments checked, asserted by exact rule id, line and column both ways:
// - mdbook-footnote (daviddrysdale/mdbook-footnote src/main.rs) turns each `{{footnote: …}}` of a
//   chapter into anchors `to-footnote-<n>` and `footnote-<n>`, numbered from 1 in the chapter;
// - mdbook-pagetoc (slowsage/mdbook-pagetoc README) only puts an empty `<nav>` in the page template;
// - mdbook-mermaid renders its code blocks.
// A command that runs the book's own code (`cargo run --bin …`) may add any id: its pages' fragments
// stay unverifiable, and the reason names that preprocessor and why.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {filesOf, fixture, lintRule, lintSite} from './rule-helpers.mjs';

const book = 'generators/mdbook-footnote-book';

test('with footnote, pagetoc and mermaid, a fragment no chapter has is reported; the footnote anchors of the chapter are found', async () => {
  const {rows} = await lintRule('no-broken-anchors', [book]);
  assert.deepEqual(rows, [`${book}/src/kettles.md:5:30 no-broken-anchors`, `${book}/src/kettles.md:5:63 no-broken-anchors`]);
});

test('a preprocessor running the book\'s own code withholds the fragments, naming it and why', async () => {
  const files = filesOf(fixture(book));
  files['book.toml'] += '\n[preprocessor.shelf]\ncommand = "cargo run --bin mdbook-shelf"\n';
  assert.deepEqual((await lintSite('no-broken-anchors', files)).rows, []);
  const {messages} = await lintSite('no-broken-anchors', files, {options: {showUnverifiable: true}});
  assert.deepEqual(messages.map((message) => `${message.line}:${message.column}`), ['5:30', '5:63']);
  assert.match(messages[0].message, /shelf \(`cargo run --bin mdbook-shelf`: the book's own code, which postlint does not read/);
});

test('mdbook-footnote writing Markdown footnotes (markdown = true) is not modelled: the fragments are withheld', async () => {
  const files = filesOf(fixture(book));
  files['book.toml'] = files['book.toml'].replace('[preprocessor.footnote]', '[preprocessor.footnote]\nmarkdown = true');
  assert.deepEqual((await lintSite('no-broken-anchors', files)).rows, []);
});
