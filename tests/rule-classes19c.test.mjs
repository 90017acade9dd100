// Round-18 classes of fix19c: a Hugo shortcode naming a parameter twice, a Netlify `_redirects` a Hugo
// template writes, and (below) further classes of the same round.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fixtures, siteFindings, siteUnverifiable, tempFolder} from './helpers.mjs';

/** A copy of a fixture folder, its files changed by `edit` ({path: (text) => text}). */
function copyOf(name, edit = {}) {
  const root = tempFolder('postlint-19c-');
  cpSync(join(fixtures, name), root, {recursive: true});
  for (const [path, change] of Object.entries(edit)) writeFileSync(join(root, path), change(readFileSync(join(root, path), 'utf8')));
  return root;
}

const only = (rule) => (rows) => rows.filter((row) => row.endsWith(` ${rule}`));

// ---- Hugo: a shortcode's named parameters are a map, so a repeated name's last value is the one `.Get` returns ----

test('hugo figure: of two src parameters the last is the image (its file exists: no finding); a missing last src, or a missing src beside a caption that mentions a file, is still reported', () => {
  const rows = only('no-missing-files')(siteFindings(copyOf('generators/hugo-figure-repeated-src')));
  assert.deepEqual(rows, [
    'content/posts/trip/index.md:12:1 no-missing-files', // src="harbour.jpg" src="market.jpg": market.jpg is shown, and missing
    'content/posts/trip/index.md:16:1 no-missing-files', // caption="next to src=harbour.jpg" is no parameter: lighthouse.jpg is missing
  ]);
});

// ---- Hugo: `layouts/index.redirects` written as `_redirects` by an output format of the home page ----

const redirects = 'generators/hugo-redirects-template';

test('hugo _redirects template: a link a templated rule may answer is unverifiable, naming the rule; a plain line is followed; a link no rule answers is still missing', () => {
  const root = copyOf(redirects);
  assert.deepEqual(only('no-missing-files')(siteFindings(root)), ['content/notes.md:7:5 no-missing-files']);
  assert.deepEqual(siteUnverifiable(root), [
    '5:10 ../guide/setup/: layouts/index.redirects (written as _redirects) has a rule its template code fills in that may answer it (/guide/* /docs/{{ $current }}/guide/:splat); postlint does not run the template',
  ]);
});

test('hugo _redirects template: without the output format that writes it, the template is no host file and the links are missing', () => {
  const root = copyOf(redirects, {'hugo.toml': (text) => text.replace('home = ["HTML", "REDIRECTS"]', 'home = ["HTML"]')});
  assert.deepEqual(only('no-missing-files')(siteFindings(root)), [
    'content/notes.md:5:10 no-missing-files',
    'content/notes.md:5:51 no-missing-files',
    'content/notes.md:7:5 no-missing-files',
  ]);
});

// ---- mdBook: a redirect key with or without its leading `/` retires the same page ----

const book = 'generators/mdbook-redirect-keys';

test('mdbook: a file whose page a redirect key without a leading slash replaces is never built (content rules leave it alone); an unlisted file a preprocessor may add is still checked', () => {
  const rows = siteFindings(copyOf(book)).filter((row) => /no-empty-sections|no-drafts|no-unpublished-links/.test(row));
  assert.deepEqual(rows, ['src/compost.md:3:1 no-empty-sections']);
});

test('mdbook: without the preprocessor, the retired page is no draft either; the unlisted one is', () => {
  const root = copyOf(book, {'book.toml': (text) => text.replace(/\[preprocessor\.seasons\][^[]*/, '')});
  const rows = siteFindings(root).filter((row) => /no-empty-sections|no-drafts|no-unpublished-links/.test(row));
  assert.deepEqual(rows, ['src/compost.md:1:1 no-drafts']);
});

test('mdbook: with no redirect for it, the unlisted notes page is checked like any file a preprocessor may add', () => {
  const root = copyOf(book, {'book.toml': (text) => text.replace(/"notes\/index\.html" = "\/guide\.html"\n/, '')});
  const rows = siteFindings(root).filter((row) => /no-empty-sections/.test(row));
  assert.deepEqual(rows, ['src/compost.md:3:1 no-empty-sections', 'src/notes/index.md:3:1 no-empty-sections']);
});

// ---- no-placeholders: a marker mentioned, not left ----

test('no-placeholders: a quote introduced as an example, places "labeled XXX", and a quotation the word opens are mentions; a leftover beside each is still reported', () => {
  const rows = only('no-placeholders')(siteFindings(copyOf('placeholder-mentions-19c')));
  assert.deepEqual(rows, [
    'labeled.md:6:31 no-placeholders', // "makes the build XXX times faster": a leftover
    'quoted-item.md:5:24 no-placeholders', // "TODO: write the summary." in running prose
    'sample-comment.md:13:12 no-placeholders', // a quote introduced by "asked on the forum:" is no sample: its empty link is reported
    'sample-comment.md:9:24 no-placeholders', // an empty link in running prose
  ]);
});
