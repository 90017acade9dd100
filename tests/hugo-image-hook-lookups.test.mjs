// Hugo image render hooks that look a destination up and otherwise keep it as written, and relative
// images on a home or section page (read from the page's URL), each on a small site of its own,
// asserted by exact rule id, line and column (or the reason a destination was left unchecked).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {tempSite, siteFindings as run, siteUnverifiable} from './helpers.mjs';

const {readHook} = await import('../dist/src/site/generators/hugo-hooks.js');

// A theme's hook: a page resource, else a global resource at the page's folder (below assets/);
// a found image goes through a partial, anything else is written as it is.
const keepingHook = [
  '{{ $u := urls.Parse .Destination }}',
  '{{ $name := $u.Path }}',
  '{{ $res := .Page.Resources.GetMatch $name }}',
  '{{- if and (not $res) .Page.File }}',
  '  {{ $res = resources.Get (path.Join .Page.File.Dir $name) }}',
  '{{ end -}}',
  '<figure>',
  '  {{- with $res -}}',
  '    {{ partial "figure-picture.html" (dict "res" . "alt" $.Text) }}',
  '  {{- else -}}',
  '    <img src="{{ .Destination | safeURL }}" alt="{{ $.Text }}">',
  '  {{- end -}}',
  '</figure>',
  '',
].join('\n');

const page = [
  '---', // 1
  'title: Trip',
  'date: 2024-05-01T10:00:00Z',
  '---',
  '', // 5
  '![Route](route.png)',
  '',
  '![Shared map](shared-map.png)',
  '',
  '![Lost photo](lost-photo.png)', // 10
  '',
].join('\n');

const hookSite = (hook) => tempSite({
  'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "Blog"\ntheme = "plain"\n',
  'themes/plain/layouts/_markup/render-image.html': hook,
  'content/posts/trip/index.md': page,
  'content/posts/trip/route.png': 'png',
  'assets/posts/trip/shared-map.png': 'png',
});

test('hugo image hook that looks a destination up (page resource, then resources.Get from the page\'s folder) and otherwise keeps it: a missing image is reported, a bundle resource and a file below assets/ at the page\'s folder are found', () => {
  assert.equal(readHook(keepingHook, 'image'), 'lookup');
  assert.deepEqual(run(hookSite(keepingHook)), ['content/posts/trip/index.md:10:1 no-missing-files']);
});

test('hugo image hook: a destination the fallback branch rewrites, or a partial outside the found branch, stays unverifiable, with a reason naming the image hook', () => {
  const rewritten = keepingHook.replace('src="{{ .Destination | safeURL }}"', 'src="{{ printf "/photos/%s" .Destination }}"');
  assert.equal(readHook(rewritten, 'image'), 'rewrites');
  const root = hookSite(rewritten);
  assert.deepEqual(run(root), []);
  assert.deepEqual(siteUnverifiable(root), ['10:1 lost-photo.png: the site\'s image render hook rewrites destinations']);
  // A partial in the branch taken when nothing is found renders the element elsewhere.
  const partialElse = keepingHook.replace('<img src="{{ .Destination | safeURL }}" alt="{{ $.Text }}">', '{{ partial "raw-img.html" . }}');
  assert.equal(readHook(partialElse, 'image'), 'rewrites');
  // A `with` over something other than a lookup is not a found branch.
  assert.equal(readHook('{{ with .Title }}{{ partial "t.html" . }}{{ else }}<img src="{{ .Destination }}">{{ end }}', 'image'), 'rewrites');
  // A lookup by a path built otherwise (from the section) finds files postlint does not look for.
  assert.equal(readHook(keepingHook.replace('path.Join .Page.File.Dir $name', 'path.Join .Page.Section $name'), 'image'), 'rewrites');
});

test('hugo home and section pages (no image hook): a relative image is read from the page\'s URL too, so static/ at that URL serves it; one found nowhere is reported', () => {
  const root = tempSite({
    'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "Docs"\n',
    'content/_index.md': '---\ntitle: Home\n---\n\n![Logo](images/logo.png)\n\n![Banner](images/banner-missing.png)\n',
    'content/guide/_index.md': '---\ntitle: Guide\n---\n\n![Shot](shots/setup.png)\n\n![Own](own.png)\n\n![Gone](shots/gone.png)\n',
    'content/guide/own.png': 'png',
    'static/images/logo.png': 'png',
    'static/guide/shots/setup.png': 'png',
  });
  assert.deepEqual(run(root), ['content/_index.md:7:1 no-missing-files', 'content/guide/_index.md:9:1 no-missing-files']);
});
