// A book whose chapters go through an mdBook preprocessor postlint does not know (one the book writes no
// `{{#name …}}` directive of) may get any chapter's content written at build, as the Sway book's
// forc-documenter fills each heading-only command chapter with `--help`: a chapter of headings only is a
// stub the tool fills, its empty sections unverifiable, left unreported with one notice for the site; a
// chapter with text of its own is the writer's, still checked. Known preprocessors (mdbook-mermaid) write
// nothing that fills a section: the same book's empty sections are reported, by exact line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintRule as lintWithTester} from 'postlint/testing';
import {filesOf, fixture, lintRule, row} from './rule-helpers.mjs';

const book = 'no-empty-sections/written-at-build';

test('a book running only known preprocessors: its empty sections are reported', async () => {
  const {rows} = await lintRule('no-empty-sections', [book]);
  assert.deepEqual(rows, [`${book}/src/glaze.md:5:1 no-empty-sections`, `${book}/src/tools/kiln.md:1:1 no-empty-sections`]);
});

test('a preprocessor postlint does not know may fill a chapter of headings only: one notice naming it; a written chapter still reported', async () => {
  const files = filesOf(fixture(book));
  files['book.toml'] += '\n[preprocessor.kiln-pages]\n';
  const {findings, result} = await lintWithTester({rule: 'no-empty-sections', configFile: false, files});
  assert.deepEqual(findings.map(row), ['src/glaze.md:5:1 no-empty-sections']);
  const notices = (result.notices ?? []).filter((notice) => notice.rule === 'no-empty-sections');
  assert.equal(notices.length, 1);
  assert.equal(notices[0].kind, 'sections-unverifiable');
  assert.equal(notices[0].withheld, 1);
  assert.match(notices[0].message, /^1 empty section left unreported: src\/tools\/kiln\.md goes through the book's preprocessor kiln-pages \(mdbook-kiln-pages: a tool postlint does not know\), which may write any chapter's content$/);
});

test('the book\'s own code as a preprocessor: its chapter of headings only is unverifiable too', async () => {
  const files = filesOf(fixture(book));
  files['book.toml'] += '\n[preprocessor.kiln-pages]\ncommand = "cargo run --manifest-path tools/Cargo.toml"\n';
  const {findings} = await lintWithTester({rule: 'no-empty-sections', configFile: false, files});
  assert.deepEqual(findings.map(row), ['src/glaze.md:5:1 no-empty-sections']);
});

test('an unknown preprocessor whose directive the book writes is a helper that replaces its directives: sections still checked', async () => {
  const files = filesOf(fixture(book));
  files['book.toml'] += '\n[preprocessor.kiln-pages]\n';
  files['src/glaze.md'] += '\n{{#kiln-pages firing}}\n';
  const {findings} = await lintWithTester({rule: 'no-empty-sections', configFile: false, files});
  assert.deepEqual(findings.map(row), ['src/glaze.md:5:1 no-empty-sections', 'src/tools/kiln.md:1:1 no-empty-sections']);
});
