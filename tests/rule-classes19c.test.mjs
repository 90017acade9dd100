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

test('hugo figure: a call left unclosed ends at the next `{{`, so the next call is read on its own line (and the scan stays linear)', () => {
  const unclosed = '\nA call left unclosed ends at the next one.\n\n{{< figure src="harbour.jpg"\n{{< figure src="pier.jpg" >}}\n';
  const root = copyOf('generators/hugo-figure-repeated-src', {'content/posts/trip/index.md': (text) => text + unclosed});
  assert.deepEqual(only('no-missing-files')(siteFindings(root)), [
    'content/posts/trip/index.md:12:1 no-missing-files',
    'content/posts/trip/index.md:16:1 no-missing-files',
    'content/posts/trip/index.md:21:1 no-missing-files', // pier.jpg, on its own call's line (not the unclosed one's, 20:1)
  ]);
});

// ---- Hugo: `layouts/index.redirects` written as `_redirects` by an output format of the home page ----

const redirects = 'generators/hugo-redirects-template';

test('hugo _redirects template: variables bound to site params are filled in and the rules followed (to a page: fine; to no page: still missing); a line template code still fills in makes its links unverifiable, naming the rule', () => {
  const root = copyOf(redirects);
  assert.deepEqual(only('no-missing-files')(siteFindings(root)), [
    'content/notes.md:11:5 no-missing-files', // ../changes/: no rule answers it
    'content/notes.md:7:5 no-missing-files', // ../guide/setup/ → /docs/v2/guide/setup/, which is no page
  ]);
  assert.deepEqual(siteUnverifiable(root), [
    '9:5 ../old/v1/intro/: layouts/index.redirects (written as _redirects) has a rule its template code fills in that may answer it (/old/{{ . }}/* /archive/{{ . }}/:splat); postlint does not run the template',
  ]);
});

test('hugo _redirects template: without the output format that writes it, the template is no host file and the links are missing', () => {
  const root = copyOf(redirects, {'hugo.toml': (text) => text.replace('home = ["HTML", "REDIRECTS"]', 'home = ["HTML"]')});
  assert.deepEqual(only('no-missing-files')(siteFindings(root)), [
    'content/notes.md:11:5 no-missing-files',
    'content/notes.md:5:10 no-missing-files',
    'content/notes.md:5:55 no-missing-files',
    'content/notes.md:7:5 no-missing-files',
    'content/notes.md:9:5 no-missing-files',
  ]);
});

// ---- mdBook: a redirect key with or without its leading `/` retires the same page ----

const book = 'generators/mdbook-redirect-keys';

test('mdbook: a file whose page a redirect key without a leading slash replaces is never built (content rules leave it alone); an unlisted file a preprocessor may add is still checked', () => {
  const rows = siteFindings(copyOf(book)).filter((row) => /no-empty-sections|no-drafts|no-unpublished-links/.test(row));
  assert.deepEqual(rows, ['src/compost.md:3:1 no-empty-sections']);
});

// guide.md links compost.md (7:26): an unlisted file a chapter links to is a draft (fix19f: one nothing links to is a left-over).
test('mdbook: without the preprocessor, the retired page is no draft either; the unlisted one a chapter links to is, and the link is unpublished', () => {
  const root = copyOf(book, {'book.toml': (text) => text.replace(/\[preprocessor\.seasons\][^[]*/, '')});
  const rows = siteFindings(root).filter((row) => /no-empty-sections|no-drafts|no-unpublished-links/.test(row));
  assert.deepEqual(rows, ['src/compost.md:1:1 no-drafts', 'src/guide.md:7:26 no-unpublished-links']);
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

// ---- Jekyll: a plugin's block tag that converts its body as Markdown of its own ----

test('jekyll: the body of a plugin tab that converts it on its own starts its own blocks (four-space lines are code); a block tag whose body the page reads keeps it a paragraph', () => {
  const rows = only('no-placeholders')(siteFindings(copyOf('generators/jekyll-own-markdown-tabs')));
  assert.deepEqual(rows, ['sets.md:21:16 no-placeholders']); // inside {% note %}: `set[str]()` continues the page's paragraph, an empty link
});

test('jekyll: without the plugin converting its body, the tab\'s line is the page\'s paragraph too', () => {
  const root = copyOf('generators/jekyll-own-markdown-tabs', {'_plugins/tabs-lib/tabs.rb': (text) => text.replace(/converter\.convert\((render_block\(context\))\)/, '$1')});
  assert.deepEqual(only('no-placeholders')(siteFindings(root)), ['sets.md:11:16 no-placeholders', 'sets.md:21:16 no-placeholders']);
});

// ---- A page's language from the site's own declaration of its codes ----

test('language: a code the site names in its languages data (`ba: {name: Bosanski}`) is that language (Bosnian, Latin letters), not BCP 47\'s Bashkir: the page is left to its own language; an English page is still checked', () => {
  assert.deepEqual(only('spelling')(siteFindings(copyOf('generators/jekyll-language-names'))), ['watering.md:5:10 spelling']);
});

test('language: without the site\'s name for the code, `ba` is read as BCP 47 says and its Latin words as English terms', () => {
  const root = copyOf('generators/jekyll-language-names', {'_data/languages.yml': (text) => text.replace('name: "Bosanski"', 'name: "Bashkir"')});
  assert.deepEqual(only('spelling')(siteFindings(root)), ['_ba/zalijevanje.md:6:15 spelling', 'watering.md:5:10 spelling']);
});

// Liquid reads a tag's name as `\w+` (Liquid 4 Block::FullToken, Liquid 5 BlockBody::FullToken:
// `{%-?(\s*)(\w+)(\s*)(.*?)-?%}`), so `{% tab-group %}` *is* the `tab` tag with markup `-group`, and
// `{% endtab-group %}` ends it: the word boundary after the registered name is Liquid's own.
test('jekyll: a registered block tag\'s name ends where Liquid\'s `\\w+` ends (`{% tab-group %}` is the `tab` tag; `{% tabs %}` is not)', async () => {
  const {separateOwnMarkdownBlocks} = await import('../dist/src/text/own-markdown-blocks.js');
  assert.equal(separateOwnMarkdownBlocks('{% tab-group x %}\n    code\n{% endtab-group %}\n', ['tab']), '<!--          -->\n    code\n<!--           -->\n');
  assert.equal(separateOwnMarkdownBlocks('{% tabs x %}\n    code\n{% endtabs %}\n', ['tab']), '{% tabs x %}\n    code\n{% endtabs %}\n');
});
