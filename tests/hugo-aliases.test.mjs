// Hugo writes a redirect page at each of a page's front-matter `aliases` (hugolib/alias.go,
// page__output.go): a link to one, site-relative or read from the linking page's URL, reaches the
// page, and a fragment through the redirect is not judged. A `.md` URL or a near miss is still
// missing. A section's `cascade` gives its pages their `type`, so the ids that type's layout writes
// (`<body id="manual-page">`) are theirs and no other page's.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fixtures, siteFindings, siteUnverifiable, tempSite} from './helpers.mjs';

const fixture = join(fixtures, 'sites', 'hugo-aliases');
// Sorted as siteFindings sorts: as text.
const still = [
  'content/notes/links.md:10:15 no-broken-anchors',
  'content/notes/links.md:10:60 no-broken-anchors',
  'content/notes/links.md:8:5 no-missing-files',
  'content/notes/links.md:8:58 no-missing-files',
];

// A link render hook that looks the destination up as a page and otherwise writes it as it is.
const hook = '{{- $link := .Destination -}}\n{{- $u := urls.Parse .Destination -}}\n{{- with .Page.GetPage $u.Path -}}{{- $link = .RelPermalink -}}{{- end -}}\n<a href="{{ $link | safeURL }}">{{ .Text | safeHTML }}</a>\n';

/** The fixture's files as a tree for tempSite. */
function files(folder) {
  const tree = {};
  for (const entry of readdirSync(folder, {recursive: true, withFileTypes: true})) {
    if (entry.isFile()) tree[relative(folder, join(entry.parentPath, entry.name))] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  }
  return tree;
}

test('Hugo aliases: reached from the root and from the page URL; a fragment through one is not judged', () => {
  assert.deepEqual(siteFindings(fixture), still);
  assert.ok(siteUnverifiable(fixture).some((line) => line.startsWith('7:5 /guides/current/setup/#install: ') && /redirect page Hugo writes from its front-matter aliases/.test(line)));
});

test('Hugo aliases: the same through a link render hook that looks pages up and otherwise keeps the destination', () => {
  assert.deepEqual(siteFindings(tempSite({...files(fixture), 'layouts/_default/_markup/render-link.html': hook})), still);
});

test('Hugo aliases: without the aliases the relative link is missing (a site-root page URL stays unverifiable); without the cascade the layout id is not the page\'s', () => {
  const tree = files(fixture);
  tree['content/guides/setup.md'] = tree['content/guides/setup.md'].replace(/^aliases:.*\n/m, '');
  tree['content/guides/_index.md'] = tree['content/guides/_index.md'].replace(/^cascade:\n  type: manual\n/m, '');
  assert.deepEqual(siteFindings(tempSite(tree)), [
    ...still.slice(0, 2),
    'content/notes/links.md:5:59 no-missing-files',
    ...still.slice(2),
    'content/notes/links.md:9:5 no-broken-anchors',
  ]);
});

// A site-relative alias of a page of a language served below its prefix: at the root before
// Hugo v0.154.4, below the prefix from then on (hugolib/page__output.go); a page-relative one is
// below the page's own folder either way. With no version pinned the site-relative one is not placed.
const languages = (version) => ({
  'hugo.toml': 'baseURL = "https://manual.example.org/"\ndefaultContentLanguage = "en"\n[languages.en]\nweight = 1\n[languages.fr]\nweight = 2\n',
  ...(version ? {'netlify.toml': `[build.environment]\nHUGO_VERSION = "${version}"\n`} : {}),
  'content/guides/setup.fr.md': '---\ntitle: Installer\naliases: [/old-setup/, previous]\n---\n\nTexte.\n',
  'content/notes/links.fr.md': '---\ntitle: Liens\n---\n\n[Racine](../../../old-setup/), [préfixe](../../old-setup/), [voisin](../../guides/previous/).\n',
});

test('Hugo aliases: a language prefix goes before a site-relative alias from v0.154.4 on', () => {
  assert.deepEqual(siteFindings(tempSite(languages('0.150.0'))), ['content/notes/links.fr.md:5:32 no-missing-files']);
  assert.deepEqual(siteFindings(tempSite(languages('0.155.0'))), ['content/notes/links.fr.md:5:1 no-missing-files']);
  assert.deepEqual(siteFindings(tempSite(languages(undefined))), ['content/notes/links.fr.md:5:1 no-missing-files', 'content/notes/links.fr.md:5:32 no-missing-files']);
});

// GetPage tries a path without a leading `/` from the page's folder, then from the content root
// (hugolib/pagecollections.go getContentNode): `tool/` from a page below finds the section whose
// page is an HTML content file (`_index.html`, front matter first). A name no page has is missing.
test('Hugo: a lookup link hook finds a section written as an HTML content file', () => {
  const root = tempSite({
    'hugo.toml': 'baseURL = "https://manual.example.org/"\n',
    'layouts/_default/_markup/render-link.html': hook,
    'content/tool/_index.html': '---\ntitle: The tool\n---\n<div id="player"></div>\n',
    'content/tool/docs/_index.md': '---\ntitle: Docs\n---\n\nTry it [in the player](tool/), not [here](tools/).\n',
  });
  assert.deepEqual(siteFindings(root), ['content/tool/docs/_index.md:5:36 no-missing-files']);
});

// The redirect page may drop a fragment, but no alias template makes it land on an id the page lacks:
// a misspelt fragment through an alias is reported as it would be on the page's own URL.
test('Hugo aliases: a fragment the page has no id for is reported through an alias too', () => {
  const root = tempSite({
    'hugo.toml': 'baseURL = "https://manual.example.org/"\n',
    'content/guides/setup.md': '---\ntitle: Setting up\naliases: [/guides/current/setup, old-setup]\n---\n\n## Install\n\nFetch.\n',
    'content/notes/links.md': '---\ntitle: Links\n---\n\nA [slip](/guides/current/setup/#instal), [the step](/guides/old-setup/#install).\n',
  });
  assert.deepEqual(siteFindings(root), ['content/notes/links.md:5:3 no-broken-anchors']);
  assert.deepEqual(siteUnverifiable(root).map((line) => line.split(' ')[0]), ['5:42']);
});

// From Hugo v0.158.0 a regular page's own `cascade` holds for the page itself too (hugolib
// TestRegularPageCascadeToSelf): its `type` picks the layout whose ids the page gets. Before, it held for nothing.
test('Hugo cascade: a regular page\'s own cascade gives it its type from v0.158.0 (and with no version pinned), not before', () => {
  const site = (version) => tempSite({
    'hugo.toml': 'baseURL = "https://manual.example.org/"\n',
    ...(version ? {'netlify.toml': `[build.environment]\nHUGO_VERSION = "${version}"\n`} : {}),
    'layouts/_default/single.html': '<!DOCTYPE html>\n<html><body id="plain-page">{{ .Content }}</body></html>\n',
    'layouts/_default/list.html': '<!DOCTYPE html>\n<html><body>{{ .Content }}</body></html>\n',
    'layouts/manual/single.html': '<!DOCTYPE html>\n<html><body id="manual-page">{{ .Content }}</body></html>\n',
    'content/notes/own.md': '---\ntitle: Own\ncascade:\n  type: manual\n---\n\nText.\n',
    'content/notes/links.md': '---\ntitle: Links\n---\n\nThe [frame](../own/#manual-page).\n',
  });
  assert.deepEqual(siteFindings(site(undefined)), []);
  assert.deepEqual(siteFindings(site('0.158.0')), []);
  assert.deepEqual(siteFindings(site('0.157.0')), ['content/notes/links.md:5:5 no-broken-anchors']);
});
