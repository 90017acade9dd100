// Hugo: a site's own `figure` shortcode that writes `src` through relURL (a path from the site's root,
// published from static/), and `disablePathToLower` (URLs keep the files' letter case). Exact rule id,
// line and column, both ways.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fixtures, siteFindings, siteUnverifiable, tempFolder} from './helpers.mjs';

const generators = join(fixtures, 'generators');

function copyOf(name) {
  const copy = tempFolder(`postlint-${name}-`);
  cpSync(join(generators, name), copy, {recursive: true});
  return copy;
}

const linkRules = (rows) => rows.filter((row) => /no-missing-files|no-broken-anchors/.test(row));

test('hugo: a site figure template piping src through relURL reads it from the site root below the base path; a missing file is still reported', () => {
  const site = join(generators, 'hugo-figure-relurl');
  assert.deepEqual(linkRules(siteFindings(site)), ['content/guide/brewing.md:13:1 no-missing-files']);
});

test('hugo: the same calls through a template that writes src as it is are read from the page, as before', () => {
  const copy = copyOf('hugo-figure-relurl');
  writeFileSync(join(copy, 'layouts/shortcodes/figure.html'), '<figure><img src="{{ .Get "src" }}"></figure>\n');
  assert.deepEqual(linkRules(siteFindings(copy)), ['content/guide/brewing.md:13:1 no-missing-files', 'content/guide/brewing.md:9:1 no-missing-files']);
});

test('hugo: relURL through a variable, absURL called, and the base URL written before the value read the same way', () => {
  for (const template of [
    '{{ $src := .Get "src" }}<figure><img src="{{ $src | relURL }}"></figure>\n',
    '<figure><img src="{{ absURL (.Get "src") }}"></figure>\n',
  ]) {
    const copy = copyOf('hugo-figure-relurl');
    writeFileSync(join(copy, 'layouts/shortcodes/figure.html'), template);
    assert.deepEqual(linkRules(siteFindings(copy)), ['content/guide/brewing.md:13:1 no-missing-files'], template);
  }
  // After the base URL, a leading `/` makes `//`: not followed.
  const copy = copyOf('hugo-figure-relurl');
  writeFileSync(join(copy, 'layouts/shortcodes/figure.html'), '<figure><img src="{{ .Site.BaseURL }}{{ .Get "src" }}"></figure>\n');
  assert.deepEqual(linkRules(siteFindings(copy)), ['content/guide/brewing.md:13:1 no-missing-files']);
});

test('hugo: a template that adds the language (relLangURL) or writes src two ways leaves the calls unverifiable, with the reason', () => {
  const copy = copyOf('hugo-figure-relurl');
  writeFileSync(join(copy, 'layouts/shortcodes/figure.html'), '<figure><img src="{{ .Get "src" | relLangURL }}"></figure>\n');
  assert.deepEqual(linkRules(siteFindings(copy)), []);
  assert.ok(siteUnverifiable(copy).some((row) => row.startsWith('9:1 pictures/kettle.png:') && /relLangURL/.test(row)), siteUnverifiable(copy).join('\n'));
  writeFileSync(join(copy, 'layouts/shortcodes/figure.html'), '{{ with .Page.Resources.Get (.Get "src") }}<img src="{{ .RelPermalink }}">{{ else }}<img src="{{ .Get "src" | relURL }}">{{ end }}\n');
  assert.deepEqual(linkRules(siteFindings(copy)), []);
});

test('hugo: with disablePathToLower, pages are served in their files\' (and slugs\') letter case; a link in another case is reported', () => {
  const site = join(generators, 'hugo-path-case');
  assert.deepEqual(linkRules(siteFindings(site)), ['content/kinds/overview.md:11:6 no-missing-files']);
  // Without it Hugo lower-cases the URLs: now the mixed-case links are the ones in another case.
  const copy = copyOf('hugo-path-case');
  writeFileSync(join(copy, 'hugo.toml'), 'baseURL = "https://example.org/"\ntitle = "Kinds"\n');
  assert.deepEqual(linkRules(siteFindings(copy)), ['content/kinds/overview.md:7:16 no-missing-files', 'content/kinds/overview.md:9:10 no-missing-files']);
});

test('hugo: the RSS feeds Hugo writes beside the home page, a section, a taxonomy and a term are found; a regular page\'s and a non-section\'s stay unverifiable, and so do all when RSS is off', () => {
  const site = join(generators, 'hugo-section-feeds');
  const unverifiable = (root) => siteUnverifiable(root).map((row) => row.slice(0, row.indexOf(' ')));
  assert.deepEqual(linkRules(siteFindings(site)), []);
  assert.deepEqual(unverifiable(site), ['11:3', '12:3']);
  // With RSS turned off (`disableKinds`), or sections rendered as HTML only, those feeds are not written.
  const copy = copyOf('hugo-section-feeds');
  writeFileSync(join(copy, 'hugo.toml'), 'baseURL = "https://example.org/"\ntitle = "Feeds"\ndisableKinds = ["rss"]\n');
  assert.deepEqual(unverifiable(copy), ['10:3', '11:3', '12:3', '7:3', '8:3', '9:3']);
  writeFileSync(join(copy, 'hugo.toml'), 'baseURL = "https://example.org/"\ntitle = "Feeds"\n[outputs]\nsection = ["html"]\n');
  assert.deepEqual(unverifiable(copy), ['11:3', '12:3', '8:3']);
});

test('hugo: an untranslated stub whose layout shows its translation\'s title needs no title of its own; one whose translation has none, or that does not set the param, is still reported', () => {
  const site = join(generators, 'hugo-untranslated-stubs');
  const rows = siteFindings(site).filter((row) => /front-matter/.test(row));
  assert.deepEqual(rows, ['content/de/menu.md:1:1 front-matter', 'content/de/prices.md:1:1 front-matter', 'content/en/menu.md:1:1 front-matter']);
  // A layout that shows the stub's own title: the stub is reported too.
  const copy = copyOf('hugo-untranslated-stubs');
  writeFileSync(join(copy, 'layouts/_default/single.html'), '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}\n');
  assert.deepEqual(siteFindings(copy).filter((row) => /front-matter/.test(row)), ['content/de/menu.md:1:1 front-matter', 'content/de/opening-hours.md:1:1 front-matter', 'content/de/prices.md:1:1 front-matter', 'content/en/menu.md:1:1 front-matter']);
});

test('hugo: a feed link in another letter case than Hugo writes list pages at (/Tags/index.xml, /Recipes/index.xml for a Recipes folder) is not found; with disablePathToLower the folder\'s own case is', () => {
  const copy = copyOf('hugo-section-feeds');
  mkdirSync(join(copy, 'content/Recipes'));
  writeFileSync(join(copy, 'content/Recipes/tea.md'), '---\ntitle: Tea\n---\n\nSteep it.\n');
  writeFileSync(join(copy, 'content/cased.md'), '---\ntitle: Cased\n---\n\n# Cased\n\n- [Tags](/Tags/index.xml)\n- [Recipes](/Recipes/index.xml)\n- [Posts](/Posts/index.xml)\n- [Lower](/recipes/index.xml)\n');
  const cased = (root) => siteUnverifiable(root).filter((row) => /^\d+:\d+ \/[A-Z]\w*\/index\.xml:/.test(row)).map((row) => row.slice(0, row.indexOf(':', row.indexOf(' '))));
  // Hugo writes /tags/index.xml and /recipes/index.xml: the mixed-case links are not taken for them.
  assert.deepEqual(cased(copy), ['7:3 /Tags/index.xml', '8:3 /Recipes/index.xml', '9:3 /Posts/index.xml']);
  writeFileSync(join(copy, 'hugo.toml'), 'baseURL = "https://example.org/"\ntitle = "Feeds"\ndisablePathToLower = true\n');
  assert.deepEqual(cased(copy), ['7:3 /Tags/index.xml', '9:3 /Posts/index.xml']);
});

test('hugo: a layout that writes the kept translation\'s title only in a branch (a banner inside the param\'s block) and the page\'s own title as the heading still asks the stub for a title', () => {
  const copy = copyOf('hugo-untranslated-stubs');
  writeFileSync(join(copy, 'layouts/_default/single.html'), [
    '{{ define "main" }}',
    '  {{ $original := . }}',
    '  {{ if .Params.notYetTranslated }}',
    '    {{ range .Translations }}{{ if eq .Language.Lang "en" }}{{ $original = . }}{{ end }}{{ end }}',
    '    <p class="banner">Not translated yet: read {{ $original.Title }}</p>',
    '  {{ end }}',
    '  <h1>{{ .Title }}</h1>',
    '  {{ .Content }}',
    '{{ end }}',
    '',
  ].join('\n'));
  assert.deepEqual(siteFindings(copy).filter((row) => /front-matter/.test(row)), ['content/de/menu.md:1:1 front-matter', 'content/de/opening-hours.md:1:1 front-matter', 'content/de/prices.md:1:1 front-matter', 'content/en/menu.md:1:1 front-matter']);
});

test('hugo: a layout that keeps the English translation excuses a stub only by the English page\'s title, not another language\'s', () => {
  const copy = copyOf('hugo-untranslated-stubs');
  writeFileSync(join(copy, 'hugo.toml'), `${readFileSync(join(copy, 'hugo.toml'), 'utf8')}\n[languages.fr]\ncontentDir = "content/fr"\nweight = 3\n`);
  // tea.md, a stub: no English page, a French one with a title; the layout shows only the English one's.
  mkdirSync(join(copy, 'content/fr'));
  writeFileSync(join(copy, 'content/de/tea.md'), '---\nnotYetTranslated: 1\n---\n');
  writeFileSync(join(copy, 'content/fr/tea.md'), '---\ntitle: Thés\n---\n\nVert ou noir.\n');
  writeFileSync(join(copy, 'content/fr/_index.md'), '---\ntitle: Salon de thé\n---\n');
  assert.deepEqual(siteFindings(copy).filter((row) => /front-matter/.test(row)), ['content/de/menu.md:1:1 front-matter', 'content/de/prices.md:1:1 front-matter', 'content/de/tea.md:1:1 front-matter', 'content/en/menu.md:1:1 front-matter']);
});
