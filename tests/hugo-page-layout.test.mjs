// Hugo pages whose layout shows no title: front matter's `title` follows what the template Hugo
// picks for the page renders (type or section, `layout`, `_default`, through `baseof.html` and the
// partials it calls). A redirect stub's layout and a note's that shows the title only `with .Title`
// need none; a layout that writes `.Title`, or one postlint cannot read through, still does.
// Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {findings, postlintJson, tempSite} from './helpers.mjs';

const site = {
  'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "Notes"\n',
  'layouts/_default/baseof.html': '<!doctype html>\n<html><head>{{ partial "head.html" . }}</head>\n<body>{{ block "main" . }}{{ end }}</body></html>\n',
  'layouts/partials/head.html': '{{/* The head partial writes the page title, or the site title for a note. */}}\n<title>{{ with .Title }}{{ . }}{{ else }}{{ .Site.Title }}{{ end }}</title>\n',
  'layouts/_default/single.html': '{{ define "main" }}\n{{ with .Title }}<h1>{{ . }}</h1>{{ end }}\n{{ .Content }}\n{{ end }}\n',
  'layouts/_default/article.html': '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}\n',
  'layouts/_default/themed.html': '{{ define "main" }}{{ partial "theme-header.html" . }}{{ .Content }}{{ end }}\n',
  'layouts/redirects/single.html': '<!doctype html>\n<html><head>{{ partial "canonical" . }}\n<meta http-equiv="refresh" content="0; url={{ .Params.redirect_url }}" /></head><body></body></html>\n',
  'layouts/partials/canonical.html': '<link rel="canonical" href="{{ .Params.redirect_url }}" />\n',
  'layouts/listing/single.html': '{{ define "main" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}\n',
  // A redirect stub by section, and one by `type`.
  'content/redirects/old.md': '---\nurl: /old\nredirect_url: https://example.com/\n---\n',
  'content/projects/tool.md': '---\ntype: redirects\nredirect_url: https://github.com/example/tool\n---\n',
  // A note whose layout shows the title only when there is one.
  'content/notes/bookmark.md': '---\ndate: 2024-05-01\ntype: bookmark\nlinkTitle: a bookmark\n---\n\nA note.\n',
  // Layouts that write the title.
  'content/docs/article.md': '---\nlayout: article\n---\n\nText.\n',
  'content/docs/listed.md': '---\ntype: listing\n---\n\nText.\n',
  'content/docs/named.md': '---\ntype: listing\nlinkTitle: Named\n---\n\nText.\n',
  // A partial postlint cannot find (a theme module not vendored) may write it.
  'content/docs/themed.md': '---\nlayout: themed\n---\n\nText.\n',
};

function rows(files) {
  const root = tempSite(files, 'postlint-hugo-layout-');
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root});
  return findings(json, root).filter((row) => row.endsWith(' front-matter')).sort();
}

test('a page whose layout shows no title needs none; one whose layout writes .Title, or cannot be read through, does', () => {
  assert.deepEqual(rows(site), [
    'content/docs/article.md:1:1 front-matter',
    'content/docs/listed.md:1:1 front-matter',
    'content/docs/themed.md:1:1 front-matter',
  ]);
});

test('without the site\'s templates (none found) every page needs a title, as before', () => {
  const bare = Object.fromEntries(Object.entries(site).filter(([path]) => !path.startsWith('layouts/')));
  assert.deepEqual(rows(bare), [
    'content/docs/article.md:1:1 front-matter',
    'content/docs/listed.md:1:1 front-matter',
    'content/docs/named.md:1:1 front-matter',
    'content/docs/themed.md:1:1 front-matter',
    'content/notes/bookmark.md:1:1 front-matter',
    'content/projects/tool.md:1:1 front-matter',
    'content/redirects/old.md:1:1 front-matter',
  ]);
});
