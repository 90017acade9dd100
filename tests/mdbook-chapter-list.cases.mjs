// mdbook-chapter-list (bradjc/mdbook-chapter-list src/preprocessor.rs) replaces every `<!-- chapter-list -->`
// with a numbered list of the chapter's sub-chapters as SUMMARY.md nests them: a heading followed only by the
// marker is not empty in a chapter with sub-chapters, and still is in one without (an empty list), or in a
// book that does not run the tool (the comment renders to nothing). A comment that opens with the name of a
// preprocessor of the book's own whose script reads comments (`[preprocessor.seedlist]`, tools/seedlist.py) is
// that tool's marker, left alone; one opening with an installed unmodelled tool's name (its syntax unknown), or
// any other comment, is nothing. Exact rule id, line and column, both ways.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {filesOf, fixture, lintRule, lintSite} from './rule-helpers.mjs';

const book = 'generators/mdbook-chapter-list';

test('mdbook-chapter-list: the marker fills a chapter with sub-chapters; in one without, and a plain comment, the section is still empty; a marker of the book\'s own preprocessor is left alone', async () => {
  const {rows} = await lintRule('no-empty-sections', [book]);
  assert.deepEqual(rows, [`${book}/src/seeds.md:9:1 no-empty-sections`, `${book}/src/tools.md:5:1 no-empty-sections`, `${book}/src/tools.md:9:1 no-empty-sections`]);
});

test('mdbook-chapter-list: a book that runs no preprocessor renders both markers as nothing', async () => {
  const files = filesOf(fixture(book));
  files['book.toml'] = '[book]\ntitle = "Garden book"\nsrc = "src"\n';
  const {rows} = await lintSite('no-empty-sections', files);
  assert.deepEqual(rows, ['src/garden/README.md:5:1 no-empty-sections', 'src/seeds.md:5:1 no-empty-sections', 'src/seeds.md:9:1 no-empty-sections', 'src/tools.md:5:1 no-empty-sections', 'src/tools.md:9:1 no-empty-sections']);
});

test('mdbook-chapter-list: the chapters SUMMARY.md gives sub-chapters, nested and with draft children', async () => {
  const {summaryParents} = await import('../dist/src/site/generators/mdbook-summary.js');
  const summary = '# Summary\n\n- [A](a.md)\n  - [B](b.md)\n    - [C](c.md)\n- [D](d.md)\n  - [Draft]()\n- [E](e.md)\n';
  assert.deepEqual(summaryParents(summary), ['a.md', 'b.md']);
});

test('mdbook preprocessor markers: a writer\'s note opening with the name of an installed tool postlint does not model (mdbook-embed reads `{% embed … %}`) is a comment; its section is still empty', async () => {
  const files = filesOf(fixture(book));
  files['book.toml'] = '[book]\ntitle = "Garden book"\nsrc = "src"\n\n[preprocessor.embed]\n';
  files['src/seeds.md'] = '# Seeds\n\nSeeds we sow each spring.\n\n## Demo\n\n<!-- embed the sowing video here -->\n\n## Storage\n\nDry and cool.\n';
  const {rows} = await lintSite('no-empty-sections', files);
  assert.ok(rows.includes('src/seeds.md:5:1 no-empty-sections'), rows.join('\n'));
});

test('mdbook preprocessor markers: the book\'s own preprocessor whose script reads no comment makes no marker of one', async () => {
  const files = filesOf(fixture(book));
  files['tools/seedlist.py'] = 'import json, sys\ncontext, book = json.load(sys.stdin)\nprint(json.dumps(book))\n';
  const {rows} = await lintSite('no-empty-sections', files);
  assert.ok(rows.includes('src/seeds.md:5:1 no-empty-sections'), rows.join('\n'));
});
