// Hugo's page URLs from content paths with characters its path sanitizer changes (spaces, `&`,
// quotes and brackets, accents), with and without `disablePathToLower`, `removePathAccents`,
// `uglyURLs`, a `slug`, and a pinned Hugo from before v0.123; `ref`/`relref` by the normalized
// path. Exact rule id, line and column, both ways.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fixtures, siteFindings, tempFolder} from './helpers.mjs';

const fixture = join(fixtures, 'generators', 'hugo-path-sanitize');
const linkRules = (rows) => rows.filter((row) => /no-missing-files|no-broken-anchors/.test(row));

/** The link findings of the guide pages (`content/guide*.md`). */
const guideRows = (folder) => linkRules(siteFindings(folder)).filter((row) => row.startsWith('content/guide'));

/** A guide page whose lines 5 on are these list items. */
function writeGuide(folder, items, name = 'guide.md') {
  writeFileSync(join(folder, 'content', name), `---\ntitle: Guide\n---\n\n${items.map((item) => `- ${item}\n`).join('')}`);
}

function copy() {
  const folder = tempFolder('postlint-hugo-path-sanitize-');
  cpSync(fixture, folder, {recursive: true});
  return folder;
}

test('hugo path sanitizer: the cases of gohugoio/hugo helpers/path_test.go TestMakePath and TestMakePathSanitized', async () => {
  await import('../dist/src/site/generators/index.js'); // the generators' own import order
  const {hugoSanitize, hugoMakePath, hugoRemoveAccents, hugoPathKey, hugoContentUrlPath} = await import('../dist/src/site/generators/hugo-path-sanitize.js');
  const keep = {lower: false, accents: false, normalizeFirst: false};
  const cases = [
    ['dot.slash/backslash\\underscore_pound#plus+hyphen-', 'dot.slash/backslash\\underscore_pound#plus+hyphen-'],
    ['%20 %2', '%20-2'],
    ['foo- bar', 'foo-bar'],
    ['  Foo bar  ', 'Foo-bar'],
    ['fOO,bar:foobAR', 'fOObarfoobAR'],
    ['трям/трям', 'трям/трям'],
    ['संस्कृत', 'संस्कृत'],
    ['a%C3%B1ame', 'a%C3%B1ame'],
    ['this+is+a+test', 'this+is+a+test'],
    ['~foo', '~foo'],
    ['foo--bar', 'foo--bar'],
    ['foo@bar', 'foo@bar'],
    ['Options & Overrides', 'Options-Overrides'],
  ];
  for (const [input, expected] of cases) assert.equal(hugoSanitize(input), expected, input);
  assert.equal(hugoMakePath('Банковский кассир', {...keep, accents: true}), 'Банковскии-кассир');
  assert.equal(hugoRemoveAccents('Café'), 'Cafe');
  assert.equal(hugoMakePath('  FOO bar  ', {...keep, lower: true}), 'foo-bar');
  assert.equal(hugoMakePath('FOO,bar:FooBar', keep), 'FOObarFooBar');
  // v0.123 on, lower-cased: the path is normalized (each space `-`) before it is sanitized.
  assert.equal(hugoPathKey('Tea Rooms/Green & White'), 'tea-rooms/green-&-white');
  assert.equal(hugoContentUrlPath('Tea Rooms/Green & White', {lower: true, accents: false, normalizeFirst: true}), 'tea-rooms/green--white');
  assert.equal(hugoContentUrlPath('Tea Rooms/Green & White', {lower: true, accents: false, normalizeFirst: false}), 'tea-rooms/green-white');
  assert.equal(hugoContentUrlPath('Tea Rooms/Green & White', keep), 'Tea-Rooms/Green-White');
});

test('hugo: with disablePathToLower, pages in folders and files with spaces and dropped characters are found at their sanitized URLs (relative, site-root, slug, list page, source path, ref by normalized path); a missing page, a missing id and a ref to the URL spelling are reported', () => {
  assert.deepEqual(linkRules(siteFindings(fixture)), [
    'content/guide.md:10:3 no-missing-files',
    'content/guide.md:13:18 no-missing-files',
    'content/guide.md:9:3 no-broken-anchors',
  ]);
});

test('hugo: lower-cased URLs (the default) keep a `-` for each space and for each side of a dropped character (v0.123 on); a pinned Hugo before v0.123 sanitized the path as written', () => {
  const folder = copy();
  writeFileSync(join(folder, 'hugo.toml'), 'baseURL = "https://example.org/"\ntitle = "Tea notes"\n');
  writeGuide(folder, ['[Green and white](../tea-rooms/green--white/)', '[Green, one hyphen](../tea-rooms/green-white/)', '[Aged leaves](/tea-rooms/puer-aged/)', '[Cold brew](../tea-rooms/cold-brew/#x)', '[Pouring](../tea-rooms/kettle/#pouring)']);
  assert.deepEqual(guideRows(folder), ['content/guide.md:6:3 no-missing-files', 'content/guide.md:8:3 no-broken-anchors']);
  writeFileSync(join(folder, 'netlify.toml'), '[build.environment]\nHUGO_VERSION = "0.120.4"\n');
  assert.deepEqual(guideRows(folder), ['content/guide.md:5:3 no-missing-files', 'content/guide.md:8:3 no-broken-anchors']);
});

test('hugo: removePathAccents serves `Café Guide.md` at Cafe-Guide, otherwise at Café-Guide (written percent-encoded or not); uglyURLs at .html', () => {
  const folder = copy();
  writeFileSync(join(folder, 'content/Tea Rooms/Café Guide.md'), '---\ntitle: Cafés\n---\n\nWhere to sit.\n');
  writeGuide(folder, ['[Plain](../Tea-Rooms/Cafe-Guide/)', '[Accented](../Tea-Rooms/Caf%C3%A9-Guide/)', '[Written](../Tea-Rooms/Café-Guide/)']);
  assert.deepEqual(guideRows(folder), ['content/guide.md:5:3 no-missing-files']);
  writeFileSync(join(folder, 'hugo.toml'), 'baseURL = "https://example.org/"\ntitle = "Tea notes"\ndisablePathToLower = true\nremovePathAccents = true\n');
  assert.deepEqual(guideRows(folder), ['content/guide.md:6:3 no-missing-files', 'content/guide.md:7:3 no-missing-files']);
  writeFileSync(join(folder, 'hugo.toml'), 'baseURL = "https://example.org/"\ntitle = "Tea notes"\ndisablePathToLower = true\nuglyURLs = true\n');
  writeGuide(folder, ['[Ugly](../Tea-Rooms/kettle.html#heating)', '[Ugly, missing id](../Tea-Rooms/Green-White.html#boiling)']);
  assert.deepEqual(guideRows(folder), ['content/guide.md:6:3 no-broken-anchors']);
});

test('hugo: a link render hook that looks the destination up with GetPage finds a page by its normalized path (`Tea-Rooms/kettle` for `Tea Rooms/kettle.md`); a destination GetPage does not find is written as it is and reported', () => {
  const folder = copy();
  mkdirSync(join(folder, 'layouts/_markup'), {recursive: true});
  // The hook of generators/hugo-root-md-links: `.Page.GetPage $url.Path`, else the destination as written.
  const hook = readFileSync(join(fixtures, 'generators', 'hugo-root-md-links', 'layouts', '_default', '_markup', 'render-link.html'), 'utf8');
  writeFileSync(join(folder, 'layouts/_markup/render-link.html'), hook);
  writeGuide(folder, ['[Pouring](/tea-rooms/kettle.md#pouring)', '[Heating](Tea-Rooms/kettle/#heating)', '[Green](Tea-Rooms/Green-White/)', '[Boiling](Tea-Rooms/kettle/#boiling)']);
  assert.deepEqual(guideRows(folder), ['content/guide.md:7:3 no-missing-files', 'content/guide.md:8:3 no-broken-anchors']);
});

test('hugo: disablePathToLower set for one language keeps that language\'s URLs in the files\' case (common/paths TestDisablePathToLower); the other language\'s are lower-cased', () => {
  const folder = copy();
  writeFileSync(join(folder, 'hugo.toml'), 'baseURL = "https://example.org/"\ntitle = "Tea notes"\ndefaultContentLanguage = "en"\n[languages.en]\nweight = 1\n[languages.fr]\nweight = 2\ndisablePathToLower = true\n');
  writeFileSync(join(folder, 'content/Tea Rooms/kettle.fr.md'), '---\ntitle: Bouilloire\n---\n\n## Verser\n\nDoucement.\n');
  writeGuide(folder, ['[A](../Tea-Rooms/kettle/#verser)', '[B](../tea-rooms/kettle/#verser)'], 'guide.fr.md');
  writeGuide(folder, ['[A](../Tea-Rooms/kettle/#pouring)', '[B](../tea-rooms/kettle/#pouring)']);
  assert.deepEqual(guideRows(folder), ['content/guide.fr.md:6:3 no-missing-files', 'content/guide.md:5:3 no-missing-files']);
});

test('hugo: a page URL written with the content path\'s spaces or dropped characters (`../Tea%20Rooms/kettle/`) is reported, relative or site-root: Hugo serves the page only at its sanitized URL; a front-matter `url` with a space is served as written', () => {
  const folder = copy();
  writeFileSync(join(folder, 'content/Tea Rooms/menu.md'), '---\ntitle: Menu\nurl: "/Tea Menu/"\n---\n\nWhat we pour.\n');
  writeGuide(folder, ['[Kettle](../Tea%20Rooms/kettle/)', '[Green](<../Tea Rooms/Green & White/>)', '[Pouring](Tea%20Rooms/kettle/#pouring)', '[Kettle, site root](/Tea%20Rooms/kettle/)', '[Green, sanitized](../Tea-Rooms/Green-White/)', '[Menu](../Tea%20Menu/)']);
  assert.deepEqual(guideRows(folder), ['content/guide.md:5:3 no-missing-files', 'content/guide.md:6:3 no-missing-files', 'content/guide.md:7:3 no-missing-files', 'content/guide.md:8:3 no-missing-files']);
  writeFileSync(join(folder, 'hugo.toml'), 'baseURL = "https://example.org/"\ntitle = "Tea notes"\n');
  writeGuide(folder, ['[Kettle](../tea%20rooms/kettle/)', '[Green](../tea-rooms/green--white/)', '[Aged](../Tea%20Rooms/Pu\'er%20(aged)/)', '[Pouring](../tea-rooms/kettle/#pouring)']);
  assert.deepEqual(guideRows(folder), ['content/guide.md:5:3 no-missing-files', 'content/guide.md:7:3 no-missing-files']);
});

test('hugo: removePathAccents applies to a URL a permalink pattern makes too (`posts/Café Crème.md` at /posts/cafe-creme/); the accented spelling is reported', () => {
  const folder = copy();
  writeFileSync(join(folder, 'hugo.toml'), 'baseURL = "https://example.org/"\ntitle = "Tea notes"\nremovePathAccents = true\n[permalinks]\nposts = "/:section/:filename/"\n');
  mkdirSync(join(folder, 'content/posts'), {recursive: true});
  writeFileSync(join(folder, 'content/posts/Café Crème.md'), '---\ntitle: Café crème\n---\n\n## Milk\n\nWarm it.\n');
  writeGuide(folder, ['[Plain](../posts/cafe-creme/#milk)', '[Accented](../posts/café-crème/#milk)', '[Plain, missing id](../posts/cafe-creme/#sugar)']);
  assert.deepEqual(guideRows(folder), ['content/guide.md:6:3 no-missing-files', 'content/guide.md:7:3 no-broken-anchors']);
});
