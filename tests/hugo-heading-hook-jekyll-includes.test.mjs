// Round 22's Hugo and Jekyll link models: a heading render hook that hands the heading to a theme's
// template, a Jekyll include with no extension, and a relative URL read from a Jekyll page's
// permalink. Each on a small site of its own, asserted by exact rule id, line and column, both ways.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {tempSite, siteFindings as run, siteUnverifiable as unverifiable} from './helpers.mjs';

const page = '---\ntitle: Guide\n---\n\nSee [install](#install) and [the old name](#setup).\n\n## Install\n\nRun it.\n';
const vendored = '[module]\n[[module.imports]]\n  path = "github.com/acme/theme"\n';

test('hugo: a heading hook that hands the heading to a vendored theme template writing id="{{ .Anchor }}" keeps Hugo\'s ids', () => {
  const root = tempSite({
    'hugo.toml': `title = "S"\n${vendored}`,
    'layouts/_default/_markup/render-heading.html': '{{ template "_default/_markup/td-render-heading.html" . }}\n',
    '_vendor/github.com/acme/theme/layouts/_default/_markup/td-render-heading.html':
      '<h{{ .Level }} id="{{- .Anchor | safeURL -}}">{{- .Text | safeHTML -}}{{ template "_default/_markup/_self-link.html" . -}}</h{{ .Level }}>\n'
      + '{{- define "_default/_markup/_self-link.html" -}}<a href="#{{ .Anchor | safeURL }}"></a>{{- end -}}\n',
    'content/guide.md': page,
  });
  assert.deepEqual(run(root), ['content/guide.md:5:29 no-broken-anchors']);
});

test('hugo: a heading hook whose partial writes an id of its own, or whose template is not in the checkout, leaves the ids unknown', () => {
  const own = tempSite({
    'hugo.toml': 'title = "S"\n',
    'layouts/_markup/render-heading.html': '{{- partial "heading" . -}}\n',
    'layouts/partials/heading.html': '<h{{ .Level }} id="h-{{ .Anchor }}">{{ .Text }}</h{{ .Level }}>\n',
    'content/guide.md': page,
  });
  assert.deepEqual(run(own), []);
  assert.match(unverifiable(own).join('\n'), /^5:29 #setup: .*heading render hook that makes its own ids/m);
  const absent = tempSite({
    'hugo.toml': 'title = "S"\n',
    'layouts/_default/_markup/render-heading.html': '{{ template "_default/_markup/td-render-heading.html" . }}\n',
    'content/guide.md': page,
  });
  assert.deepEqual(run(absent), []);
  assert.match(unverifiable(absent).join('\n'), /^5:29 #setup: .*"_default\/_markup\/td-render-heading\.html", which is not in the checkout/m);
  // The heading handed on inside a dict: `.Anchor` there is not the heading's.
  const dict = tempSite({
    'hugo.toml': 'title = "S"\n',
    'layouts/_markup/render-heading.html': '{{ partial "heading.html" (dict "page" .Page "text" .Text) }}\n',
    'layouts/partials/heading.html': '<h2 id="{{ .Anchor }}">{{ .text }}</h2>\n',
    'content/guide.md': page,
  });
  assert.deepEqual(run(dict), []);
});

test('hugo: a hook template writing id="{{ .Anchor }}-x" or id="sec-{{ .Anchor }}" makes ids of its own, not Hugo\'s', () => {
  for (const id of ['{{ .Anchor }}-x', 'sec-{{ .Anchor }}']) {
    const root = tempSite({
      'hugo.toml': 'title = "S"\n',
      'layouts/_markup/render-heading.html': '{{ partial "h" . }}\n',
      'layouts/partials/h.html': `<h{{ .Level }} id="${id}">{{ .Text }}</h{{ .Level }}>\n`,
      'content/guide.md': '---\ntitle: Guide\n---\n\nSee [install](#install) and [x](#install-x).\n\n## Install\n\nRun it.\n',
    });
    // Before: read as Hugo's ids, `#install-x` was reported at 5:29 and `#install` found.
    assert.deepEqual(run(root), [], id);
    assert.match(unverifiable(root).join('\n'), /^5:29 #install-x: .*heading render hook that makes its own ids/m, id);
  }
});

test('hugo: a partial that calls itself many times is read once (before: every call followed 4 levels deep, minutes or out of memory)', {timeout: 60_000}, () => {
  const root = tempSite({
    'hugo.toml': 'title = "S"\n',
    'layouts/_markup/render-heading.html': '{{ partial "p" . }}\n',
    'layouts/partials/p.html': `<h{{ .Level }}>{{ .Text }}</h{{ .Level }}>${'{{ partial "p" . }}'.repeat(60)}\n`,
    'content/guide.md': page,
  });
  assert.deepEqual(run(root), []);
  assert.match(unverifiable(root).join('\n'), /^5:29 #setup: .*heading render hook that makes its own ids/m);
});

test('hugo: a theme\'s heading hook counts when the site has none', () => {
  const root = tempSite({
    'hugo.toml': 'title = "S"\ntheme = "plain"\n',
    'themes/plain/layouts/_markup/render-heading.html': '<h{{ .Level }} id="{{ .Text | md5 }}">{{ .Text }}</h{{ .Level }}>\n',
    'content/guide.md': page,
  });
  assert.deepEqual(run(root), []);
  const hugoIds = tempSite({
    'hugo.toml': 'title = "S"\ntheme = "plain"\n',
    'themes/plain/layouts/_markup/render-heading.html': '<h{{ .Level }} id="{{ .Anchor }}">{{ .Text }}</h{{ .Level }}>\n',
    'content/guide.md': page,
  });
  assert.deepEqual(run(hugoIds), ['content/guide.md:5:29 no-broken-anchors']);
});

test('jekyll: at the page\'s permalink URL only a file Jekyll copies counts (not _data/, node_modules/ or an excluded folder)', () => {
  const root = tempSite({
    '_config.yml': 'title: S\nexclude: [drafts]\n',
    '_data/chart.svg': '<svg/>',
    'node_modules/pkg/x.svg': '<svg/>',
    'drafts/d.svg': '<svg/>',
    'images/ok.svg': '<svg/>',
    'pages/api.md': '---\ntitle: API\npermalink: /api.html\n---\n\n![a](_data/chart.svg) ![b](node_modules/pkg/x.svg) ![c](drafts/d.svg) ![d](images/ok.svg)\n',
  });
  // Before: all four found at /_data/…, /node_modules/…, /drafts/… and /images/… in the source folder.
  assert.deepEqual(run(root), ['pages/api.md:6:1 no-missing-files', 'pages/api.md:6:23 no-missing-files', 'pages/api.md:6:52 no-missing-files']);
});

test('jekyll: a relative image (raw HTML or Markdown) is read from the page\'s permalink URL; one missing there is still reported', () => {
  const root = tempSite({
    '_config.yml': 'title: S\n',
    'images/chart.svg': '<svg/>',
    'pages/guide/api.md': [
      '---', 'title: API', 'permalink: api.html', '---', '',
      '<img src="images/chart.svg" alt="chart"/>', '',
      '![chart](images/chart.svg) and ![gone](images/gone.svg)', '',
      '<img src="images/lost.svg" alt="lost"/>', '',
    ].join('\n'),
    // A page without a permalink is served from its folder: the same path is not there.
    'pages/guide/other.md': '---\ntitle: Other\n---\n\n![chart](images/chart.svg)\n',
  });
  assert.deepEqual(run(root), [
    'pages/guide/api.md:10:6 no-missing-files',
    'pages/guide/api.md:8:32 no-missing-files',
    'pages/guide/other.md:5:1 no-missing-files',
  ]);
});

test('jekyll: an include with no extension is template text pasted into the page: its ids are read, a link to none is reported; one with Markdown headings stays unknown', () => {
  const post = (include) => `---\ntitle: Diffing\nlayout: post\n---\n{% include ${include} %}\n\nSee [profiling](#profiling-and-optimization), [setup](#setup-note) and [install](#install).\n\n## Profiling and optimizing\n\nFast.\n\n## Install\n\nRun it.\n`;
  const root = tempSite({
    '_config.yml': 'title: S\n',
    // The github-pages gem's default theme (primer) has no `custom/setup`: an include in neither folder would stop the build.
    'Gemfile': "gem 'github-pages', group: :jekyll_plugins\n",
    '_layouts/post.html': '<article>{{ content }}</article>\n',
    '_includes/JB/setup': '{% capture cache %}{% if site.JB.provider == "custom" %}{% include custom/setup %}{% endif %}{% endcapture %}\n<div id="setup-note">Draft.</div>\n',
    // One that includes a file of primer's own: its ids are the theme's.
    '_includes/JB/head': '{% include head-custom.html %}\n',
    '_includes/JB/notes': 'Notes\n=====\n\n## Setup note\n',
    '_posts/2017-06-17-diffing.md': post('JB/setup'),
    '_posts/2017-06-18-notes.md': post('JB/notes'),
    '_posts/2017-06-19-head.md': post('JB/head'),
  });
  assert.deepEqual(run(root), ['_posts/2017-06-17-diffing.md:7:5 no-broken-anchors']);
  const reasons = unverifiable(root).join('\n');
  assert.match(reasons, /^7:5 #profiling-and-optimization: .*"JB\/notes" \(line 5\), text with Markdown headings/m);
  assert.match(reasons, /^7:5 #profiling-and-optimization: .*includes "head-custom\.html", not in _includes\/ but the theme's/m);
});
