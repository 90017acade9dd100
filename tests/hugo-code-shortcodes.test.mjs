// Hugo: a site's shortcode whose template writes its inner text as code (highlighted with `highlight` or
// `transform.Highlight`, put in a ``` fence by a printf, or written inside `<pre>`/`<code>`) holds a code sample:
// a TODO in it is code, not a leftover. One that renders its inner text as Markdown (`markdownify` in a `<div>`),
// or writes it both ways, keeps its text checked.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ruleFindings} from './rule-helpers.mjs';

const {writesInnerAsCode} = await import('../dist/src/site/generators/hugo-code-shortcodes.js');
const site = 'generators/hugo-code-shortcodes';

test('hugo: the body of a shortcode that writes it as code is code; a note\'s body is prose', async () => {
  assert.deepEqual(await ruleFindings('no-placeholders', [site]), [`${site}/content/docs/samples.md:27:1 no-placeholders`, `${site}/content/docs/samples.md:33:1 no-placeholders`]);
  // A sample whose closing tag shares its line is left as it is: no fence runs on to a later sample's end over the heading between.
  assert.deepEqual(await ruleFindings('no-broken-anchors', [site]), []);
});

test('hugo: which shortcode templates write their inner text as code', () => {
  assert.equal(writesInnerAsCode('{{ highlight .Inner "go" "" }}'), true);
  assert.equal(writesInnerAsCode('{{ $c := printf "```%s%s```" $lang .Inner }}{{ $c | markdownify }}'), true);
  assert.equal(writesInnerAsCode('<pre><code>{{ .Inner }}</code></pre>'), true);
  // The `%s` outside the fence, a `<pre>` closed before, markdownify inside a `<code>`: not code.
  assert.equal(writesInnerAsCode('{{ printf "```go\\n```\\n%s" .Inner | markdownify }}'), false);
  assert.equal(writesInnerAsCode('<pre>x</pre>{{ .Inner }}'), false);
  assert.equal(writesInnerAsCode('<code>{{ .Inner | markdownify }}</code>'), false);
  assert.equal(writesInnerAsCode('{{ with .Inner }}<p>hi</p>{{ end }}'), false);
});

test('hugo: a code shortcode opened again before its closing tag makes no fence: the prose after the unclosed one is checked', async () => {
  const {cpSync, writeFileSync} = await import('node:fs');
  const {join} = await import('node:path');
  const {findings, fixtures, postlintJson, tempFolder} = await import('./helpers.mjs');
  const copy = tempFolder('postlint-code-shortcodes-');
  cpSync(join(fixtures, site), copy, {recursive: true});
  const page = ['---', 'title: "Unclosed"', '---', '', '{{< listing >}}', '', 'TODO: a leftover after an unclosed listing.', '', 'A [broken anchor](#nowhere).', '', '{{< listing >}}', 'y = 2 # TODO: tune', '{{< /listing >}}', ''];
  writeFileSync(join(copy, 'content', 'docs', 'unclosed.md'), page.join('\n'));
  const rows = findings(postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: copy}).json, copy).filter((row) => row.startsWith('content/docs/unclosed.md') && /no-placeholders|no-broken-anchors/.test(row));
  // The second listing is a sample: its TODO is code.
  assert.deepEqual(rows.sort(), ['content/docs/unclosed.md:7:1 no-placeholders', 'content/docs/unclosed.md:9:3 no-broken-anchors']);
});

test('hugo: code shortcode fences stay linear (unclosed openings before one closing tag; closed pairs, each a fence)', async () => {
  const {fenceTemplateCode} = await import('../dist/src/template-code.js');
  const names = new Set(['listing']);
  const shapes = {unclosed: (count) => `${'{{< listing >}}\ntext\n'.repeat(count)}{{< /listing >}}\n`, pairs: (count) => '{{< listing >}}\ntext\n{{< /listing >}}\n'.repeat(count / 2)};
  for (const [shape, make] of Object.entries(shapes)) {
    const time = (count) => {
      const text = make(count);
      const start = performance.now();
      fenceTemplateCode(text, {codeShortcodes: names});
      return performance.now() - start;
    };
    time(1000);
    const small = time(10_000);
    const large = time(100_000);
    assert.ok(large < small * 30 + 50, `${shape}: 10k: ${small.toFixed(0)} ms, 100k: ${large.toFixed(0)} ms`);
  }
});
