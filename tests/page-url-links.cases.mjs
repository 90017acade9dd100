// Hugo serves a regular page content/docs/install/airgap.md at /docs/install/airgap/ and writes a
// link's destination as it is (no render hook): the browser reads `./#x` as a place on that page
// and `../#x` as one on the section /docs/install/, not from the source file's folder.
// MkDocs with directory URLs (its default) leaves such links as written too, and serves docs/a/b.md at /a/b/; Jekyll's pretty permalinks likewise.
// All read the URL as the browser does, stopping at the site root (page-url-place.ts).
// Conformance rows: fixtures/generators/hugo-refs-urls.json and mkdocs.json (sites "page-links"), hugo-render-hooks.json.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintRule} from 'postlint/testing';

const rule = 'no-broken-anchors';
const page = (title, body) => `---\ntitle: ${title}\n---\n\n${body}`;

/** A Hugo docs site whose page airgap.md links with `./#…` and `../#…`; `extra` adds or replaces files. */
function site(links, extra = {}) {
  return {
    'hugo.toml': 'baseURL = "https://example.org/"\n',
    'content/docs/_index.md': page('Docs', '## Overview\n\nThe docs.\n'),
    'content/docs/install/_index.md': page('Install', '## Requirements\n\nA cluster.\n'),
    'content/docs/install/airgap.md': page('Air gap', `## Mirror\n\nCopy the images.\n\n${links}`),
    ...extra,
  };
}

/** The run's links postlint could not judge, with the reason (the JSON output's `unverifiable` lists). */
const unverifiable = (result) => result.files.flatMap((file) => (file.data.unverifiable ?? []).map(({line, column, url, reason}) => `${file.path.replace(/^.*?content\//, 'content/')}:${line}:${column} ${url}: ${reason}`));
const rows = (findings) => findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`);

test('hugo: ./#x in a regular page is a place on that page, ../#x one on its section (served at /docs/install/airgap/)', async () => {
  const {findings} = await lintRule({rule, configFile: false, files: site('Keep the names as [recommended](./#mirror); see the [requirements](../#requirements).\n')});
  assert.deepEqual(rows(findings), []);
});

test('hugo: ./#x and ../#x that the page or its section lacks are reported there, at the link', async () => {
  const {findings} = await lintRule({rule, configFile: false, files: site('See [the requirements](./#requirements).\n\nSee [the mirror](../#mirror).\n')});
  assert.deepEqual(rows(findings), [
    'content/docs/install/airgap.md:9:5 no-broken-anchors Link to "#requirements" matches no heading in content/docs/install/airgap.md; link to an existing heading or give one that id',
    'content/docs/install/airgap.md:11:5 no-broken-anchors Link to "#mirror" matches no heading in content/docs/install/_index.md; link to an existing heading or give one that id',
  ]);
});

test('hugo: under uglyURLs the page is /docs/install/airgap.html, so ./#x is on the section and ../#x one level up', async () => {
  const files = site('See the [requirements](./#requirements) and the [overview](../#overview).\n\nNot [here](./#mirror).\n', {'hugo.toml': 'baseURL = "https://example.org/"\nuglyURLs = true\n'});
  const {findings} = await lintRule({rule, configFile: false, files});
  assert.deepEqual(rows(findings), [
    'content/docs/install/airgap.md:11:5 no-broken-anchors Link to "#mirror" matches no heading in content/docs/install/_index.md; link to an existing heading or give one that id',
  ]);
});

test('hugo: an uglyURLs map sets it for the sections it names, keys read in lower case as Hugo reads them, and not for others', async () => {
  const files = site('See the [requirements](./#requirements).\n', {
    'hugo.toml': 'baseURL = "https://example.org/"\n\n[uglyURLs]\nDocs = true\n',
    'content/guides/_index.md': page('Guides', '## Basics\n\nFirst steps.\n'),
    'content/guides/setup.md': page('Setup', '## Steps\n\nSee the [basics](./#basics).\n'),
  });
  const {findings} = await lintRule({rule, configFile: false, files});
  // docs/ is served ugly (/docs/install/airgap.html: ./ is the section), guides/ pretty (/guides/setup/: ./ is the page).
  assert.deepEqual(rows(findings), [
    'content/guides/setup.md:7:9 no-broken-anchors Link to "#basics" matches no heading in content/guides/setup.md; link to an existing heading or give one that id',
  ]);
});

test('hugo: ../#x into a section without _index.md is the list page Hugo generates: unverifiable with the reason, not the home page above the file', async () => {
  const files = {
    'hugo.toml': 'baseURL = "https://example.org/"\n',
    'content/_index.md': page('Home', '## Install\n\nGet it.\n'),
    'content/posts/a.md': page('A', 'See [install](../#install) and [the page itself](./#install).\n'),
  };
  const {findings, result} = await lintRule({rule, configFile: false, files});
  // /posts/a/ links to /posts/ (generated), and to itself, which has no such heading.
  assert.deepEqual(rows(findings), [
    'content/posts/a.md:5:32 no-broken-anchors Link to "#install" matches no heading in content/posts/a.md; link to an existing heading or give one that id',
  ]);
  assert.deepEqual(unverifiable(result), ['content/posts/a.md:5:5 ../#install: /posts/ is a list page Hugo generates (no _index.md), whose ids only its templates know']);
});

test('hugo: a link render hook that rewrites destinations keeps the reading from the file\'s folder (postlint does not guess the hook\'s URL)', async () => {
  const hook = {'layouts/_markup/render-link.html': '<a href="{{ printf "/docs/%s" .Destination | safeURL }}">{{ .Text }}</a>\n'};
  const {findings} = await lintRule({rule, configFile: false, files: site('See the [requirements](./#requirements).\n', hook)});
  assert.deepEqual(rows(findings), []);
});

test('mkdocs: with directory URLs ./#x in docs/guide/airgap.md is a place on that page and ../#x one on the folder\'s index page', async () => {
  const files = {
    'mkdocs.yml': 'site_name: x\n',
    'docs/index.md': '# Home\n\n## Overview\n\nText.\n',
    'docs/guide/index.md': '# Guide\n\n## Requirements\n\nText.\n',
    'docs/guide/airgap.md': '# Air gap\n\n## Mirror\n\nSee [the mirror](./#mirror) and [the requirements](../#requirements).\n\nNot [the overview](../#overview).\n',
  };
  const {findings} = await lintRule({rule, configFile: false, files});
  assert.deepEqual(rows(findings), [
    'docs/guide/airgap.md:7:5 no-broken-anchors Link to "#overview" matches no heading in docs/guide/index.md; link to an existing heading or give one that id',
  ]);
});

test('mkdocs: ../../#x from docs/b.md (served at /b/) stops at the site root, as the browser does: docs/index.md, never the repository\'s README.md', async () => {
  const files = {
    'mkdocs.yml': 'site_name: x\n',
    'README.md': '# Repo\n\n## Secret\n\nText.\n',
    'docs/index.md': '# Home\n\n## Welcome\n\nText.\n',
    'docs/b.md': '# B\n\nSee [welcome](../../#welcome) and [secret](../../#secret).\n',
  };
  const {findings} = await lintRule({rule, configFile: false, files, paths: ['docs']});
  assert.deepEqual(rows(findings), [
    'docs/b.md:3:35 no-broken-anchors Link to "#secret" matches no heading in docs/index.md; link to an existing heading or give one that id',
  ]);
});

test('jekyll: with pretty permalinks ../../#x from site/about.md (served at /about/) stops at the root of the source (`source: site`), never the repository\'s README.md', async () => {
  const files = {
    '_config.yml': 'permalink: pretty\nsource: site\n',
    'README.md': '# Repo\n\n## Secret\n\nText.\n',
    'site/index.md': '---\ntitle: Home\n---\n\n## Welcome\n\nText.\n',
    'site/about.md': '---\ntitle: About\n---\n\nSee [welcome](../../#welcome) and [secret](../../#secret).\n',
  };
  const {findings} = await lintRule({rule, configFile: false, files, paths: ['site']});
  assert.deepEqual(rows(findings), [
    'site/about.md:5:35 no-broken-anchors Link to "#secret" matches no heading in site/index.md; link to an existing heading or give one that id',
  ]);
});
