// Generator behaviours modelled from each generator's own source and docs (round 6): Hugo render
// hooks read from their templates, Docusaurus slugs, VitePress anchor options, MkDocs snippets,
// repository files outside a site. Each on a small site of its own, asserted by exact rule id,
// line and column (the resolution rows are in fixtures/generators/*.json).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {findings, postlintJson, repoRoot, tempSite} from './helpers.mjs';

const args = ['--no-config', '--offline', '--rule', 'spelling:off'];
const {readHook} = await import(join(repoRoot, 'dist', 'src', 'site', 'generators', 'hugo-hooks.js'));

function run(files, extra = []) {
  const root = tempSite(files);
  const {json} = postlintJson([...args, ...extra, '.'], {cwd: root});
  return {root, json, rows: findings(json, root).sort()};
}

test('hugo: what a render hook template does with .Destination, followed to the src or href attribute', () => {
  const cases = [
    ['<img src="{{ .Destination }}">', 'image', 'as-written'],
    ['{{ $src := .Destination | safeURL }}{{ $id := .Destination | replaceRE ".png" "" }}<img src="{{ $src }}" id="{{ $id }}">', 'image', 'as-written'],
    ['<a href="{{ .Destination | safeURL }}">{{ .Text }}</a>', 'link', 'as-written'],
    ['<img src="{{ .Destination | relURL }}">', 'image', 'from-root'],
    ['<img src="{{ absURL .Destination }}">', 'image', 'from-root'],
    ['{{ $u := urls.Parse .Destination }}{{ $src := $u.String }}{{ with resources.Get $u.Path }}{{ $src = .RelPermalink }}{{ end }}<img src="{{ $src }}">', 'image', 'lookup'],
    ['{{ $src := printf "/img/%s" .Destination }}<img src="{{ $src }}">', 'image', 'rewrites'],
    ['<img src="{{ replace .Destination "a" "b" }}">', 'image', 'rewrites'],
    ['{{ partial "img.html" . }}', 'image', 'rewrites'],
    ['{{ with .Page.Resources.GetMatch (printf "*%s*" .Destination) }}<img src="{{ .RelPermalink }}">{{ end }}', 'image', 'rewrites'],
    ['<img src="{{ .Destination }}">', 'link', 'rewrites'], // a link hook that writes no href
    ['', 'image', 'rewrites'],
  ];
  for (const [template, kind, reading] of cases) assert.equal(readHook(template, kind), reading, template);
});

test('hugo: a missing image is found again behind an image hook that passes .Destination through; a rewriting hook still abstains', () => {
  const page = (image) => `---\ntitle: Page\n---\n\nSome text.\n\n![Diagram](${image})\n`;
  const {json, rows, root} = run({
    'pass/hugo.toml': 'baseURL = "https://example.org/"\n',
    'pass/layouts/_default/_markup/render-image.html': '{{ $src := .Destination | safeURL }}\n{{ $id := index (last 1 (split .Destination "/")) 0 | replaceRE ".png" "" }}\n<figure><img src="{{ $src }}" id="{{ $id }}"></figure>\n',
    'pass/content/docs/page.md': page('planted-missing.png'),
    'pass/content/docs/ok.md': page('ok.png'),
    'pass/content/docs/ok.png': 'png\n',
    'rewrite/hugo.toml': 'baseURL = "https://example.org/"\n',
    'rewrite/layouts/_markup/render-image.html': '{{ $src := printf "/images/%s" .Destination }}<img src="{{ $src }}">\n',
    'rewrite/content/docs/page.md': page('elsewhere.png'),
  });
  assert.deepEqual(rows, ['pass/content/docs/page.md:7:1 no-missing-files']);
  const rewritten = json.find((file) => file.filePath === join(root, 'rewrite', 'content', 'docs', 'page.md'));
  assert.deepEqual(rewritten.unverifiable.map((u) => `${u.line}:${u.column} ${u.url}`), ['7:1 elsewhere.png']);
});

test('docusaurus: a link by a page URL that a slug, an id or a numbered file answers resolves to that doc, and its anchors are checked there', () => {
  const {rows, json, root} = run({
    'docusaurus.config.js': "export default {url: 'https://docs.example.org', baseUrl: '/', presets: [['classic', {docs: {routeBasePath: 'docs'}}]]};\n",
    'docs/01-start/01-install.md': '---\nslug: /install\n---\n\n# Install\n\n## Requirements\n\nNode 20.\n',
    'docs/reference/02-api.md': '---\nid: api-ref\n---\n\n# API\n\n## Methods\n\nAll of them.\n',
    'docs/03-usage.md': '# Usage\n\nSee [requirements](/docs/install#requirements), [typo](/docs/install#requirement),\n[methods](./reference/api-ref#methods), [gone](./reference/api-ref#gone) and [usage](/docs/usage#usage).\n\nAlso [nothing](/docs/no-such-page#x).\n',
  });
  assert.deepEqual(rows, [
    'docs/03-usage.md:3:49 no-broken-anchors', // /docs/install is 01-start/01-install.md (slug: /install); it has #requirements
    'docs/03-usage.md:4:41 no-broken-anchors', // ./reference/api-ref from /docs/usage is reference/02-api.md (id: api-ref)
  ]);
  // A URL no doc answers stays unverifiable (routes and plugins make pages too), never "broken".
  const usage = json.find((file) => file.filePath === join(root, 'docs', '03-usage.md'));
  assert.deepEqual(usage.unverifiable.map((u) => `${u.line}:${u.column} ${u.url}`), ['6:6 /docs/no-such-page#x']);
});

test('mkdocs: snippets (line and block forms, sections, SVG files) bring their ids to the including page; a snippet not found leaves its fragments unverifiable, listed with the file named', () => {
  const {rows, json, root} = run({
    'mkdocs.yml': 'site_name: S\nexclude_docs: |\n  snippets/\nmarkdown_extensions:\n  - pymdownx.snippets\n',
    'docs/snippets/intro.md': '## Intro heading\n\nText.\n',
    'docs/snippets/more.md': '## More heading\n\nText.\n',
    'docs/snippets/parts.md': '## Usage part\n\nText.\n',
    'docs/img/shot.svg': '<svg xmlns="http://www.w3.org/2000/svg"><g id="fig-1"></g></svg>\n',
    'docs/index.md': '# Home\n\n--8<-- "docs/snippets/intro.md"\n\n--8<--\ndocs/snippets/more.md\n;docs/snippets/off.md\n--8<--\n\n--8<-- "docs/snippets/parts.md:usage"\n\n--8<-- "docs/img/shot.svg"\n',
    'docs/page2.md': '# Two\n\n--8<-- "docs/snippets/nowhere.md"\n\nText.\n',
    'docs/other.md': '# Other\n\n[a](index.md#intro-heading) [b](index.md#more-heading) [c](index.md#usage-part)\n[d](index.md#fig-1) [e](index.md#gone) [f](page2.md#anything)\n',
  });
  assert.deepEqual(rows, ['docs/other.md:4:21 no-broken-anchors']);
  const other = json.find((file) => file.filePath === join(root, 'docs', 'other.md'));
  assert.deepEqual(other.unverifiable.map((u) => `${u.line}:${u.column} ${u.url}`), ['4:40 page2.md#anything']);
  assert.match(other.unverifiable[0].reason, /"docs\/snippets\/nowhere\.md", line 3, is not found/);
});

test('vitepress: markdown.attrs delimiters (%{#id}%) and markdown.anchor.slugify read from the config and the modules it imports; a slugify written as string methods is followed, any other function leaves automatic ids unverifiable, never broken', () => {
  const shared = (markdown) => `import {defineConfig} from 'vitepress'\nconst rSpecial = /[\\s~\`!@#$%^&*()\\-_+=[\\]{}|\\\\;:"'<>,.?/]+/g\n// we don't lower-case\nexport const slugify = (str: string): string =>\n  str\n    .normalize('NFKD')\n    // runs of specials become one dash\n    .replace(rSpecial, '-')\n    .replace(/^(\\d)/, '_$1')\n\nexport const shared = defineConfig({title: 'P', markdown: ${markdown}})\n`;
  const page = '# Getters %{#getters}%\n\nText.\n\n## Other Thing\n\nText.\n\n## Plain {#x}\n\nText.\n';
  const links = '# Links\n\n[a](./a.md#getters) [b](./a.md#other-thing) [c](./a.md#nope) [d](./a.md#x) [e](./a.md#Other-Thing)\n';
  const {rows, json, root} = run({
    'own/.vitepress/config/index.ts': "import {defineConfig} from 'vitepress'\nimport {shared} from './shared'\nexport default defineConfig({...shared})\n",
    'own/.vitepress/config/shared.ts': shared("{attrs: {leftDelimiter: '%{', rightDelimiter: '}%'}, anchor: {slugify}}"),
    'own/a.md': page,
    'own/b.md': links,
    'opaque/.vitepress/config.mts': "import {defineConfig} from 'vitepress'\nimport {slug} from 'some-slugger'\nexport default defineConfig({markdown: {anchor: {slugify: (s) => slug(s)}}})\n",
    'opaque/a.md': page.replace('%{#getters}%', '{#getters}'),
    'opaque/b.md': links,
    'delims/.vitepress/config.ts': shared("{attrs: {leftDelimiter: '%{', rightDelimiter: '}%'}}").replace('export const shared =', 'export default'),
    'delims/a.md': page,
    'delims/b.md': links,
    // VitePress 1 matches a link's fragment as written (2.0.0-alpha.5 slugifies it: generator-classes17e).
    'delims/package.json': JSON.stringify({devDependencies: {vitepress: '^1.6.4'}}),
  });
  assert.deepEqual(rows, [
    'delims/b.md:3:45 no-broken-anchors', // #nope
    'delims/b.md:3:62 no-broken-anchors', // #x: `{#x}` is text when the delimiters are %{ }% (the id is plain-x)
    'delims/b.md:3:76 no-broken-anchors', // #Other-Thing: VitePress's own slugify lower-cases
    'own/b.md:3:21 no-broken-anchors', // #other-thing: the site's slugify keeps capitals (Other-Thing)
    'own/b.md:3:45 no-broken-anchors', // #nope
    'own/b.md:3:62 no-broken-anchors', // #x: the id is Plain-x-
  ]);
  const opaque = json.find((file) => file.filePath === join(root, 'opaque', 'b.md'));
  assert.deepEqual(opaque.unverifiable.map((u) => `${u.line}:${u.column} ${u.url}`), ['3:21 ./a.md#other-thing', '3:45 ./a.md#nope', '3:76 ./a.md#Other-Thing']); // #x is the explicit {#x});
  assert.match(opaque.unverifiable[0].reason, /markdown\.anchor\.slugify: a function\), which postlint does not run/);
});

test('a README beside the docs folder is a repository file: its links from "/" are read from the repository root (as GitHub shows it), never called broken; pages are still checked', () => {
  const {rows, json, root} = run({
    'mkdocs.yml': 'site_name: S\n',
    'CONTRIBUTING.md': '# Contributing\n\nText.\n',
    'scripts/build.sh': 'echo\n',
    'README.md': '# Project\n\nRead [contributing](/CONTRIBUTING.md), the [scripts](/scripts) and ![a shot](/images/nowhere.png).\n',
    'docs/index.md': '# Home\n\nSee ![a missing image](/nowhere.png).\n',
  });
  assert.deepEqual(rows, ['docs/index.md:3:5 no-missing-files']);
  const readme = json.find((file) => file.filePath === join(root, 'README.md'));
  assert.deepEqual(readme.unverifiable.map((u) => `${u.line}:${u.column} ${u.url}`), ['3:68 /images/nowhere.png']);
  assert.match(readme.unverifiable[0].reason, /not a page of the site: GitHub reads a link from "\/" in it from the repository root/);
});

test('vitepress: a slugify whose regular expression JavaScript rejects (/[a{]/gg) leaves automatic ids unverifiable, never a crash', () => {
  const {rows, json, root} = run({
    '.vitepress/config.ts': "import {defineConfig} from 'vitepress'\nconst slugify = (str) => str.replace(/[a{]/gg, '-').toLowerCase()\nexport default defineConfig({markdown: {anchor: {slugify}}})\n",
    'a.md': '# Other Thing\n\nText.\n',
    'b.md': '# Links\n\n[a](./a.md#other-thing)\n',
  });
  assert.deepEqual(rows, []);
  const links = json.find((file) => file.filePath === join(root, 'b.md'));
  assert.deepEqual(links.unverifiable.map((u) => `${u.line}:${u.column} ${u.url}`), ['3:1 ./a.md#other-thing']);
  assert.match(links.unverifiable[0].reason, /the function "slugify"/);
});

test('vitepress: the default slugify imported under a name with a `$` (slugify as $slug) is still VitePress\'s own: automatic ids are checked', () => {
  const {rows, json} = run({
    '.vitepress/config.ts': "import {defineConfig} from 'vitepress'\nimport {slugify as $slug} from '@mdit-vue/shared'\nexport default defineConfig({markdown: {anchor: {slugify: $slug}}})\n",
    'a.md': '# Other Thing\n\nText.\n',
    'b.md': '# Links\n\n[a](./a.md#other-thing) [b](./a.md#nope)\n',
  });
  assert.deepEqual(rows, ['b.md:3:25 no-broken-anchors']);
  assert.deepEqual(json.flatMap((file) => file.unverifiable ?? []), []);
});

test('a README outside any .git folder: a link from "/" is looked for up to the run\'s folder, never on the machine (/usr, /tmp)', () => {
  const {rows, json, root} = run({
    'mkdocs.yml': 'site_name: S\n',
    'scripts/build.sh': 'echo\n',
    'README.md': '# Project\n\nSee [scripts](/scripts), [usr](/usr) and [tmp](/tmp).\n',
    'docs/index.md': '# Home\n\nText.\n',
  });
  assert.deepEqual(rows, []);
  const readme = json.find((file) => file.filePath === join(root, 'README.md'));
  assert.deepEqual(readme.unverifiable.map((u) => `${u.line}:${u.column} ${u.url}`), ['3:26 /usr', '3:42 /tmp']);
  assert.match(readme.unverifiable[0].reason, /no \.git folder/);
});
