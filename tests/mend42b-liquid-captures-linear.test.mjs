// Review mend42b: liquid-captures.ts read a page's Liquid tags in time quadratic in the page when a tag is left
// open (each `{% capture %}` without its `{% endcapture %}`, each `{{ x | f` without `}}`, scanned to the page's end).
// The captures found are unchanged (fix42b-liquid-captures.test.mjs); here, 4× the open tags cost about 4×, not 16×.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {rewrittenCaptures} from '../dist/src/text/liquid-captures.js';

function linear(page, expected) {
  rewrittenCaptures(page(100));
  const time = (n) => {
    const source = page(n);
    const start = process.hrtime.bigint();
    const found = rewrittenCaptures(source);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    assert.deepEqual(found.map((capture) => capture.use), expected);
    return ms;
  };
  const small = time(6000);
  const large = time(24000);
  assert.ok(large < small * 8 + 100, `6,000 open tags: ${small.toFixed(1)} ms, 24,000: ${large.toFixed(1)} ms`);
}

test('liquid captures: captures never closed (a rewriting use above them) are read in linear time, none found', () => {
  linear((n) => '{{ lamp | replace: "0", "desk" }}\n' + '{% capture lamp %}\n'.repeat(n), []);
});

test('liquid captures: output tags never closed are read in linear time; a closed capture after them is still found', () => {
  linear((n) => '{% capture lamp %}[a](/a-0/){% endcapture %}\n' + '{{ lamp | replace\n'.repeat(n) + '{{ lamp | remove: "0" }}\n', ['{{ lamp | remove: "0" }}']);
});

test('liquid captures: a capture closed, then a second one left open: the first is found, its use as written', () => {
  const source = '{% capture a %}[x](/x-0/){% endcapture %}\n{%- capture b -%}[y](/y-0/)\n{{ a | replace: "0", "1" }} {{ b | slice: 1 }}\n';
  const found = rewrittenCaptures(source);
  assert.deepEqual(found, [{range: [0, 41], use: '{{ a | replace: "0", "1" }}'}]);
});

test('liquid captures: a capture the page also outputs as written ({{ lamp }} beside {{ lamp | replace: … }}) writes its links as written: not a template', () => {
  const source = '{% capture lamp %}[a](/a-0/){% endcapture %}\n{{ lamp }} {{ lamp | replace: "0", "1" }}\n';
  assert.deepEqual(rewrittenCaptures(source), []);
  // Through a filter that keeps the text (strip) it is output as written too; only rewriting uses make it a template.
  assert.deepEqual(rewrittenCaptures(source.replace('{{ lamp }}', '{{- lamp | strip -}}')), []);
  assert.deepEqual(rewrittenCaptures(source.replace('{{ lamp }}', '{{ other }}')).map((capture) => capture.use), ['{{ lamp | replace: "0", "1" }}']);
});
