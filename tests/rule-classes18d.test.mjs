// Round-17 classes of fix18d: one problem said once (a placeholder heading over nothing), and mdBook
// books whose own preprocessor may add chapters (SUMMARY.md is then not the whole list).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fixtures, postlint, postlintJson, tempFolder} from './helpers.mjs';

const sectionRules = new Set(['no-placeholders', 'no-empty-sections', 'no-broken-anchors']);

/** A copy of a fixture folder, its files changed by `edit` ({path: (text) => text}). */
function copyOf(name, edit = {}) {
  const root = tempFolder('postlint-18d-');
  cpSync(join(fixtures, name), root, {recursive: true});
  for (const [path, change] of Object.entries(edit)) writeFileSync(join(root, path), change(readFileSync(join(root, path), 'utf8')));
  return root;
}

/** The findings of `rules` on a copy of a fixture folder, as `file:line:col rule`, sorted; and the messages. */
function run(name, args = [], {rules = sectionRules, edit} = {}) {
  const root = copyOf(name, edit);
  const {json} = postlintJson(['--offline', '--no-config', ...args, '.'], {cwd: root});
  const messages = json.flatMap((file) => file.messages.map((message) => ({...message, file: file.filePath.slice(root.length + 1)})));
  const mine = messages.filter((message) => rules.has(message.ruleId));
  return {rows: mine.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId}`).sort(), messages: mine};
}

test('a placeholder heading over nothing is one finding, no-placeholders\'; an empty section under a normal heading is still no-empty-sections\'', () => {
  const {rows, messages} = run('stub-sections');
  assert.deepEqual(rows, [
    'empty-section.md:5:1 no-empty-sections', // "Install" over nothing: a section not written
    'heading-with-content.md:5:4 no-placeholders', // "TODO: migration notes" with text under it: still a leftover word
    'linked-stub.md:11:4 no-placeholders', // "## TODO" at the end: one finding, which names the link to it
    'stub.md:5:4 no-placeholders', // a stub page: front matter and "## TODO"
  ]);
  const linked = messages.find((message) => message.file === 'linked-stub.md');
  assert.match(linked.message, /^Placeholder "TODO" left in the text; .*; the link on line 5 leads to it$/);
});

test('with no-placeholders off, the placeholder heading over nothing is an empty section again', () => {
  const {rows} = run('stub-sections', ['--rule', 'no-placeholders:off']);
  assert.deepEqual(rows, ['empty-section.md:5:1 no-empty-sections', 'linked-stub.md:11:1 no-empty-sections', 'stub.md:5:1 no-empty-sections']);
});

// ---- mdBook: a preprocessor of the book's own may add chapters SUMMARY.md does not list ----

const bookRules = {rules: new Set(['no-drafts', 'no-unpublished-links'])};
const book = 'generators/mdbook-own-preprocessor';
const withoutPreprocessor = {'book.toml': (text) => text.replace(/\[preprocessor\.recipes\][^[]*/, '')};

test('mdbook: with a preprocessor postlint does not know, a file SUMMARY.md does not list is no draft, nor a link to it unpublished; --verbose says why once', () => {
  const {rows, messages} = run(book, [], bookRules);
  // Only the link to the retired page whose redirect leads to no chapter (gone/away.html, read from /retired.html's folder).
  assert.deepEqual(rows, ['src/intro.md:4:54 no-unpublished-links']);
  assert.match(messages[0].message, /src\/retired\.md is retired: book\.toml redirects its page \/retired\.html to gone\/away\.html, which names no chapter of this book, and mdBook builds no page from it; the live site has no page there/);
  const {stderr} = postlint(['--offline', '--no-config', '--verbose', '.'], {cwd: copyOf(book)});
  const said = stderr.split('\n').filter((line) => line.includes('SUMMARY.md is not the whole list of chapters'));
  assert.equal(said.length, 1);
  assert.match(said[0], /the book's preprocessor recipes \(`python3 tools\/add_recipes\.py`\) gets the whole book before it is rendered and may add chapters SUMMARY\.md does not list; a file it does not list is not reported as a draft, nor a link to one as unpublished$/);
  // The retired pages are never built: left out, as --verbose says.
  assert.match(stderr, /2 files left out: the site never builds them \(src\/old-setup\.md: book\.toml redirects its page \/old-setup\.html to setup\.html: a retired page, which mdBook never builds\)/);
});

test('mdbook: without that preprocessor (or with one known to add no chapter, or one that runs for another renderer only) an unlisted file is a draft again; a retired page never is', () => {
  const expected = ['src/bread.md:1:1 no-drafts', 'src/intro.md:3:44 no-unpublished-links', 'src/intro.md:4:54 no-unpublished-links'];
  assert.deepEqual(run(book, [], {...bookRules, edit: withoutPreprocessor}).rows, expected);
  const mermaid = {'book.toml': (text) => text.replace('command = "python3 tools/add_recipes.py"', 'command = "mdbook-mermaid"')};
  assert.deepEqual(run(book, [], {...bookRules, edit: mermaid}).rows, expected);
  const otherRenderer = {'book.toml': (text) => text.replace('command = "python3 tools/add_recipes.py"', 'command = "python3 tools/add_recipes.py"\nrenderers = ["latex"]')};
  assert.deepEqual(run(book, [], {...bookRules, edit: otherRenderer}).rows, expected);
  const {stderr} = postlint(['--offline', '--no-config', '--verbose', '.'], {cwd: copyOf(book, withoutPreprocessor)});
  assert.doesNotMatch(stderr, /SUMMARY\.md is not the whole list/);
});

test('mdbook: a link to a retired page whose redirect reaches a chapter works; one whose redirect leads nowhere in the book reaches no page', () => {
  // /retired.html redirected to setup.html (a chapter), or out of the book: the old link still takes its reader somewhere.
  const mended = {'book.toml': (text) => text.replace('"gone/away.html"', '"setup.html"')};
  assert.deepEqual(run(book, [], {...bookRules, edit: mended}).rows, []);
  const outside = {'book.toml': (text) => text.replace('"gone/away.html"', '"https://example.org/recipes/"')};
  assert.deepEqual(run(book, [], {...bookRules, edit: outside}).rows, []);
});
