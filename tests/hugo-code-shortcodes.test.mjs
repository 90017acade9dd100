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
