// Hugo image render hooks whose found branch is an `if` (`if $img`, `if and $img …`, the `else` of
// `if not $img`) rather than `with $img`: the branch taken when the lookup found nothing keeps the
// destination as written, so a missing image is reported; a hook whose not-found branch rewrites,
// or whose condition is not only a lookup's, still reads as rewriting. Each on a small site of its
// own, asserted by exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {tempSite, siteFindings as run, siteUnverifiable} from './helpers.mjs';

const {readHook} = await import('../dist/src/site/generators/hugo-hooks.js');

// The found branch renders a processed image through a partial; the other writes the destination.
const lookup = '{{ $img := .Page.Resources.GetMatch .Destination }}';
const found = '{{ partial "processed-image.html" (dict "img" $img "alt" .Text) }}';
const plain = '<img src="{{ .Destination | safeURL }}" alt="{{ .Text }}">';

const hooks = {
  ifFound: `${lookup}\n{{ if $img }}\n  ${found}\n{{ else }}\n  ${plain}\n{{ end }}\n`,
  ifNotFound: `${lookup}\n{{- if not $img -}}\n  ${plain}\n{{- else -}}\n  ${found}\n{{- end -}}\n`,
  ifAnd: `${lookup}\n{{ if and $img (ne $img.MediaType.SubType "svg") }}\n  ${found}\n{{ else }}\n  ${plain}\n{{ end }}\n`,
  // Nothing yet, then a lookup only for a page with a file; the found branch chains an `else if`.
  nothingFirst: `{{ $img := false }}\n{{ if .Page.File }}{{ $img = .Page.Resources.Get .Destination }}{{ end }}\n{{ if $img }}\n  ${found}\n{{ else if eq .Title "x" }}\n  ${plain}\n{{ else }}\n  ${plain}\n{{ end }}\n`,
};

const page = [
  '---', // 1
  'title: Trip',
  'date: 2024-05-01T10:00:00Z',
  '---',
  '', // 5
  '![Route](route.png)',
  '',
  '![Logo](/images/logo.png)',
  '',
  '![Lost photo](lost-photo.png)', // 10
  '',
].join('\n');

const hookSite = (hook) => tempSite({
  'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "Blog"\n',
  'layouts/_markup/render-image.html': hook,
  'content/posts/trip/index.md': page,
  'content/posts/trip/route.png': 'png',
  'static/images/logo.png': 'png',
});

for (const [name, hook] of Object.entries(hooks)) {
  test(`hugo image hook found by \`if\` (${name}): what is not found is kept as written, so a missing image is reported and the others are found`, () => {
    assert.equal(readHook(hook, 'image'), 'lookup');
    assert.deepEqual(run(hookSite(hook)), ['content/posts/trip/index.md:10:1 no-missing-files']);
  });
}

test('hugo image hook with `if`: a not-found branch that rewrites, or a condition that is not only a lookup\'s, still reads as rewriting', () => {
  // The branch taken when nothing is found goes through a partial: unverifiable, with the reason.
  const partialNotFound = hooks.ifNotFound.replace(plain, '{{ partial "raw-img.html" . }}');
  assert.equal(readHook(partialNotFound, 'image'), 'rewrites');
  const root = hookSite(partialNotFound);
  assert.deepEqual(run(root), []);
  // (The bundle's own resource is found whatever the hook does with a destination it does not find.)
  assert.deepEqual(siteUnverifiable(root), ['10:1 lost-photo.png: the site\'s image render hook rewrites destinations']);
  // `or` is true without the lookup; a variable that is not only a lookup's; a rewritten destination when not found.
  assert.equal(readHook(hooks.ifFound.replace('if $img', 'if or $img .Title'), 'image'), 'rewrites');
  assert.equal(readHook(hooks.ifFound.replace('{{ if $img }}', '{{ $img = .Title }}{{ if $img }}'), 'image'), 'rewrites');
  assert.equal(readHook(hooks.ifAnd.replace(plain, '<img src="{{ printf "/photos/%s" .Destination }}">'), 'image'), 'rewrites');
  // `if not` over something else: its else branch is read, partial and all.
  assert.equal(readHook(hooks.ifNotFound.replace('if not $img', 'if not .Title'), 'image'), 'rewrites');
});

test('readHook: a hook of unclosed `{{ if $img }}` blocks or unclosed `{{` is read in linear time (cost 4× on 4×)', async () => {
  const {assertLinearGrowth} = await import('./growth.mjs');
  // Before: each found block scanned forward to the end for its `end`, and the tag pattern scanned to the end from each unclosed `{{`.
  const head = '{{ $img := .Page.Resources.GetMatch .Destination }}\n';
  const blocks = (n) => `${head}${'{{ if $img }}<img src="{{ $img.RelPermalink }}">\n'.repeat(n)}`;
  const unclosed = (n) => `${head}${'{{ x\n'.repeat(n)}`;
  assert.equal(readHook(`${head}{{ if $img }}<img src="{{ $img.RelPermalink }}">{{ else }}<img src="{{ .Destination | safeURL }}">{{ end }}`, 'image'), 'lookup');
  assertLinearGrowth('readHook, unclosed if $img blocks', (text) => readHook(text, 'image'), blocks, 500);
  assertLinearGrowth('readHook, unclosed {{', (text) => readHook(text, 'image'), unclosed, 2000);
});
