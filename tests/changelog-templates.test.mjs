// The line shapes of a changelog tool's Go template (src/spelling/changelog-templates.ts) and the attribute
// lists that hook a `#` link for a script (src/text/span-attributes.ts), read on their own.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {goTemplateShapes, templatedChangelogSpans} from '../dist/src/spelling/changelog-templates.js';
import {fixtures} from './helpers.mjs';
import {attributeListAt, marksScriptHook} from '../dist/src/text/span-attributes.js';

const parts = (template) => goTemplateShapes(template).map((shape) => shape.parts);

test('goTemplateShapes: a value is any text, a guarded run is there or not, an else is one branch or the other', () => {
  assert.deepEqual(parts('- {{ if .Scope }}**{{ .Scope }}:** {{ end }}{{ .Subject }}\n'), [['- **', null, ':** ', null], ['- ', null]].map((shape) => shape.map((part) => part ?? undefined)));
  assert.deepEqual(parts('## {{ if .Tag.Previous }}[{{ .Tag.Name }}]{{ else }}{{ .Tag.Name }}{{ end }} - {{ datetime "2006-01-02" .Tag.Date }}\n'), [
    ['## [', undefined, '] - ', undefined],
    ['## ', undefined, ' - ', undefined],
  ]);
});

test('goTemplateShapes: trim markers join lines, assignments and comments write nothing, a line of values alone is no shape', () => {
  const template = '{{ range .Versions -}}\n<a name="{{ .Tag.Name }}"></a>\n{{- /* a comment */ -}}\n{{ .Body }}\n[{{ $x := 1 }}{{ .Tag.Name }}]: {{ .Info.RepositoryURL }}/compare/{{ .Tag.Name }}\n{{ end }}';
  const shapes = goTemplateShapes(template);
  assert.deepEqual(shapes.map((shape) => shape.parts), [
    ['<a name="', undefined, '"></a>', undefined], // the comment's markers join the body to the anchor's line, as Go does
    ['[', undefined, ']: ', undefined, '/compare/', undefined],
  ]);
  assert.deepEqual(shapes.map((shape) => shape.lettered), [true, true]);
});

test('span attribute lists: read as each converter writes them; a class, an id, a control role, a handler or data- hooks a script, a target alone does not', () => {
  const text = 'x{: .copy }y';
  assert.equal(attributeListAt(text, 1, 'colon'), '.copy');
  assert.equal(attributeListAt('{.copy}', 0, 'colon'), undefined);
  assert.equal(attributeListAt('{.copy}', 0, 'optional-colon'), '.copy');
  assert.equal(attributeListAt('{ #share }', 0, 'brace'), '#share');
  assert.equal(attributeListAt(' {.copy}', 0, 'brace'), undefined);
  for (const list of ['.copyMe', '#share', 'role=button', 'onclick="go()"', 'data-copy=1', 'class="a b"', 'target=_blank .copy-line', '.md-button .copyMe']) assert.equal(marksScriptHook(list), true, list);
  for (const list of ['target=_blank', 'title="Copy it"', 'role=link', 'rel=nofollow']) assert.equal(marksScriptHook(list), false, list);
});

test('span attribute lists: a theme\'s button style alone (Material\'s .md-button, Just the Docs\' and Bootstrap\'s .btn, spacing utilities) hooks no script', () => {
  for (const list of ['.md-button', '.md-button .md-button--primary', 'target=_blank .btn', '.btn .btn-primary .fs-5 .mb-4 .mb-md-0 .mr-2', 'class="btn btn-outline"']) assert.equal(marksScriptHook(list), false, list);
});

test('templatedChangelogSpans: a page is read line by line against the template\'s shapes, linear in its lines (25,000 vs 100,000)', () => {
  const root = join(fixtures, 'classes35d', 'chglog');
  const page = (n) => Array.from({length: n}, (_, i) => (i % 10 === 0 ? `<a name="v${i}"></a>` : `- **scope${i}:** a commit subject number ${i} with a few more words`)).join('\n');
  templatedChangelogSpans(page(100), root);
  const time = (n) => {
    const source = page(n);
    const start = process.hrtime.bigint();
    const spans = templatedChangelogSpans(source, root);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    assert.equal(spans.length, n);
    return ms;
  };
  const small = time(25000);
  const large = time(100000);
  assert.ok(large < small * 12 + 50, `25,000 lines: ${small.toFixed(1)} ms, 100,000: ${large.toFixed(1)} ms`);
});
