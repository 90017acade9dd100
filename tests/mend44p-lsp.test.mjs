// mend44p: the language server reads a Hugo site's render hooks again when a layout file changes on disk. The site is
// detected again (a new SiteInfo, so every per-site memo is new), but what each hook does was kept by the site's
// root for the life of the process (hugo-site.ts): an image hook that stopped looking destinations up among the
// page's resources still found `/diagram.png` in the bundle. Failed on perf44 (d9e056d2).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {tempSite} from './helpers.mjs';
import {startServer, uri} from './lsp-client.mjs';

const page = '---\ntitle: A\ndate: 2020-01-01\n---\n# A\n\n![Diagram](/diagram.png)\n';
// Hugo's Resources.Get finds the bundle's `diagram.png` for `/diagram.png` (hugo-site-root-links.test.mjs).
const lookupHook = '{{ with .Page.Resources.Get .Destination }}<img src="{{ .RelPermalink }}">{{ else }}<img src="{{ .Destination }}">{{ end }}\n';
// Published as written: `/diagram.png` at the site's root, where no file is.
const plainHook = '<img src="{{ .Destination | safeURL }}" alt="{{ .Text }}">\n';

const missing = (d) => d.filter((x) => x.code === 'no-missing-files').map((x) => [x.code, x.range.start.line, x.range.start.character]);

async function served(t, hook) {
  const root = tempSite({
    'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "Bundles"\n',
    'content/_index.md': '---\ntitle: Home\n---\n# Home\n\nText.\n',
    'content/posts/a/index.md': page,
    'content/posts/a/diagram.png': 'png',
    'layouts/_markup/render-image.html': hook,
  });
  const server = await startServer(root, {watchDynamically: true});
  t.after(() => {
    server.kill();
    rmSync(root, {recursive: true, force: true});
  });
  const a = uri(join(root, 'content/posts/a/index.md'));
  await server.open(a, page);
  return {root, server, a};
}

test('a render hook edited on disk to stop looking resources up: the bundle\'s file no longer answers a site-root image', {timeout: 120_000}, async (t) => {
  const {root, server, a} = await served(t, lookupHook);
  assert.deepEqual(missing(await server.diagnostics(a)), []);
  writeFileSync(join(root, 'layouts/_markup/render-image.html'), plainHook);
  await server.notify('workspace/didChangeWatchedFiles', {changes: [{uri: uri(join(root, 'layouts/_markup/render-image.html')), type: 2}]});
  assert.deepEqual(missing(await server.diagnostics(a, (d) => missing(d).length > 0)), [['no-missing-files', 6, 0]]);
  assert.deepEqual(await server.stop(), {code: 0, signal: null});
});

test('and back: a hook edited to look resources up finds the bundle\'s file', {timeout: 120_000}, async (t) => {
  const {root, server, a} = await served(t, plainHook);
  assert.deepEqual(missing(await server.diagnostics(a, (d) => missing(d).length > 0)), [['no-missing-files', 6, 0]]);
  writeFileSync(join(root, 'layouts/_markup/render-image.html'), lookupHook);
  await server.notify('workspace/didChangeWatchedFiles', {changes: [{uri: uri(join(root, 'layouts/_markup/render-image.html')), type: 2}]});
  assert.deepEqual(missing(await server.diagnostics(a, (d) => missing(d).length === 0)), []);
  assert.deepEqual(await server.stop(), {code: 0, signal: null});
});

// A section's front matter (its `cascade`) was read once a folder for the life of the process (hugo-site.ts
// bundleFrontMatter): a cascade of `build.render: never` added on disk left the pages below it pages. Failed on perf44.
test('a section\'s cascade edited on disk is read again: pages it stops rendering lose their page findings', {timeout: 120_000}, async (t) => {
  const one = '---\ntitle: One\n---\n# One\n\n## Empty\n\n## Full\n\nText.\n';
  const root = tempSite({
    'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "Snippets"\n',
    'content/_index.md': '---\ntitle: Home\n---\n# Home\n\nText.\n',
    'content/snippets/_index.md': '---\ntitle: Snippets\n---\n# Snippets\n\nText.\n',
    'content/snippets/one.md': one,
  });
  const server = await startServer(root, {watchDynamically: true});
  t.after(() => {
    server.kill();
    rmSync(root, {recursive: true, force: true});
  });
  const empty = (d) => d.filter((x) => x.code === 'no-empty-sections').map((x) => [x.code, x.range.start.line, x.range.start.character]);
  const a = uri(join(root, 'content/snippets/one.md'));
  await server.open(a, one);
  assert.deepEqual(empty(await server.diagnostics(a, (d) => empty(d).length > 0)), [['no-empty-sections', 5, 0]]);
  writeFileSync(join(root, 'content/snippets/_index.md'), '---\ntitle: Snippets\ncascade:\n  build:\n    render: never\n---\n# Snippets\n\nText.\n');
  await server.notify('workspace/didChangeWatchedFiles', {changes: [{uri: uri(join(root, 'content/snippets/_index.md')), type: 2}]});
  assert.deepEqual(empty(await server.diagnostics(a, (d) => empty(d).length === 0)), []);
  assert.deepEqual(await server.stop(), {code: 0, signal: null});
});
