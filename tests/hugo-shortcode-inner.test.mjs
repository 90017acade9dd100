// A site's Hugo shortcode whose template edits the text between its tags (`replace .Inner "(./" …`) writes other
// links than the ones written there: they are unverifiable, the reason naming the shortcode. One that writes `.Inner`
// whole (markdownify, a variable set from `.InnerDeindent`) keeps its links checked. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {findings, fixtures, postlintJson, repoRoot} from './helpers.mjs';

const site = join(fixtures, 'generators', 'hugo-shortcode-inner');
const dist = (path) => import(pathToFileURL(join(repoRoot, 'dist', 'src', ...path.split('/'))).href);

test('a link the shortcode rewrites is not reported; one its replace does not touch, and broken links inside wrapping shortcodes, are', () => {
  const rows = findings(postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: site}).json, site).filter((row) => /no-missing-files|no-broken-anchors/.test(row)).sort();
  assert.deepEqual(rows, ['content/docs/page.md:11:3 no-missing-files', 'content/docs/page.md:15:9 no-missing-files', 'content/docs/page.md:7:5 no-missing-files']);
});

test('the index says why: the shortcode and what its template passes the text to', async () => {
  const engine = await dist('index.js');
  let state;
  await engine.run({cwd: site, paths: [site], noConfig: true, offline: true, useCache: false, log: () => {}, observe: (observed) => (state = observed)});
  const link = state.index.resolved(join(site, 'content', 'docs', 'page.md')).find((each) => each.link.url === './cmd/tool.go');
  assert.equal(link.resolution.status, 'unverifiable');
  assert.match(link.resolution.reason, /shortcode \{\{% repolinks %\}\}, whose template replaces "\(\.\/" in the text between its tags/);
});

test('what a template does with .Inner', async () => {
  await dist('index.js');
  const {innerEdit, innerTransform, replacementTouches} = await dist('site/generators/hugo-shortcode-inner.js');
  assert.deepEqual(innerEdit('{{ replace (.Inner | safeHTML) "(./" (printf "(%s/tree/main/" $repo) }}'), {what: 'replace', replaced: ['(./']});
  assert.deepEqual(innerEdit('{{ .Inner | replace "](/" "](/docs/" | replaceRE "x" "y" }}'), {what: 'replace'});
  assert.deepEqual([replacementTouches('(./', './a.md'), replacementTouches('(./', '#a'), replacementTouches('(./', '../a.md'), replacementTouches('](/', '/a/')], [true, false, false, true]);
  assert.equal(innerTransform('{{ .Inner }}'), undefined);
  assert.equal(innerTransform('<div>{{ .Inner | markdownify }}</div>'), undefined);
  assert.equal(innerTransform('{{ $.Page.RenderString (dict "display" "block") .InnerDeindent }}'), undefined);
  assert.equal(innerTransform('{{ printf "<p>%s</p>" (trim .Inner "\\n") | safeHTML }}'), undefined);
  assert.equal(innerTransform('{{ .Inner | replaceRE "\\(\\./" "(/x/" }}'), 'replacere');
  assert.equal(innerTransform('{{ $t := .Inner }}{{ strings.Replace $t "a" "b" }}'), 'strings.replace');
  assert.equal(innerTransform('{{ partial "links" .Inner }}'), 'partial');
  assert.equal(innerTransform('{{/* uses .Inner | replace */}}{{ .Inner }}'), undefined);
});

test('many shortcode pairs, nested and unclosed, each with a link: found in one pass over the pairs', async () => {
  const {hugoShortcodePairs} = await dist('paired-tags.js');
  const text = `${'{{% outer %}}\n'}${'{{< note >}}[a](b.md){{< /note >}} {{% open '.repeat(20000)}\n{{% /outer %}}\n`;
  const started = performance.now();
  const pairs = hugoShortcodePairs(text);
  assert.equal(pairs.length, 20001);
  assert.deepEqual(pairs[0], {name: 'outer', call: '{{% outer %}}', range: [0, text.length - 1]});
  assert.ok(performance.now() - started < 2000);
});

test('a template that only tests .Inner, or splits it at a literal separator and writes each piece, keeps the links inside checked', async () => {
  const {cpSync, writeFileSync} = await import('node:fs');
  const {tempFolder} = await import('./helpers.mjs');
  const {innerEdit} = await dist('site/generators/hugo-shortcode-inner.js');
  // hugo-book's columns; cue's issue link.
  const columns = '<div class="book-columns">\n{{ range split .Inner "<--->" }}\n  <div>{{ . | $.Page.RenderString }}</div>\n{{ end }}\n</div>\n';
  const issue = '<a href="/issue/{{ .Get 0 }}">\n{{- if strings.ContainsNonSpace .Inner -}}\n    {{ .Inner | markdownify }}\n{{- else -}}\n    issue #{{ .Get 0 }}\n{{- end -}}\n</a>\n';
  assert.deepEqual(innerEdit(columns), {what: 'split', replaced: [], cut: ['<--->']});
  assert.equal(innerEdit(issue), undefined);
  const copy = tempFolder('postlint-shortcode-inner-');
  cpSync(site, copy, {recursive: true});
  writeFileSync(join(copy, 'layouts', 'shortcodes', 'columns.html'), columns);
  writeFileSync(join(copy, 'layouts', 'shortcodes', 'issue.html'), issue);
  writeFileSync(join(copy, 'content', 'docs', 'columns.md'), '---\ntitle: Columns\n---\n\n{{< columns >}}\nA [broken link](./gone.md) on the left.\n<--->\nThe [page](page.md) on the right.\n{{< /columns >}}\n\n{{< issue 12 >}}see [the notes](./no-notes.md){{< /issue >}}\n');
  const rows = findings(postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: copy}).json, copy).filter((row) => row.startsWith('content/docs/columns.md') && /no-missing-files/.test(row)).sort();
  assert.deepEqual(rows, ['content/docs/columns.md:11:21 no-missing-files', 'content/docs/columns.md:6:3 no-missing-files']);
});
