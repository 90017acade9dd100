// Generator behaviours the round-6 held-out sites showed postlint lacked, each on a small site of
// its own, asserted by exact rule id, line and column (or no finding at all), passing and failing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {findings, postlintJson, tempSite, siteFindings as run, siteUnverifiable as unverifiable} from './helpers.mjs';

const {forgetSites} = await import('../dist/src/site/generators/index.js');

// A chapter whose links only a preprocessor can make good: a rule id as a link destination
// (mdbook-spec), a fragment such a preprocessor writes an element for, a chapter it may add;
// and what no preprocessor can make: an image file that is not there.
const chapter = [
  '# Items',
  '',
  'See [static items] and [the rule](other.md#r-items.static.intro).',
  '',
  'Also [a new chapter](generated/list.md).',
  '',
  '![diagram](img/missing.png)',
  '',
  'And [the diagram file](img/missing.svg), [a table](data/table.csv), [a typo](../src/other.mdr).',
  '',
  '[static items]: items.static',
  '',
].join('\n');

// What no preprocessor can make: the image, and paths to files of other kinds than chapters.
const kept = ['src/items.md:7:1 no-missing-files', 'src/items.md:9:42 no-missing-files', 'src/items.md:9:5 no-missing-files', 'src/items.md:9:69 no-missing-files'];

function book(preprocessor) {
  return tempSite({
    'book.toml': `[book]\ntitle = "Book"\n${preprocessor}`,
    'src/SUMMARY.md': '# Summary\n\n- [Items](items.md)\n- [Other](other.md)\n',
    'src/items.md': chapter,
    'src/other.md': '# Other\n\nr[items.static.intro]\nText.\n',
  });
}

test('mdbook preprocessors: a custom preprocessor may rewrite links and make ids (unverifiable, named); a missing image stays missing', () => {
  const root = book('\n[preprocessor.spec]\ncommand = "cargo run --release --manifest-path tools/spec/Cargo.toml"\n');
  assert.deepEqual(run(root), kept);
  // The reason names the preprocessor and its command.
  const reasons = unverifiable(root);
  assert.deepEqual(reasons.map((entry) => entry.split(' ')[0]), ['11:1', '3:24', '5:6']);
  for (const reason of reasons) assert.match(reason, /preprocessor spec \(`cargo run --release --manifest-path tools\/spec\/Cargo\.toml`: the book's own code, which postlint does not read\)/);
  // Without a command, `[preprocessor.<name>]` runs `mdbook-<name>`: just as unknown.
  assert.deepEqual(run(book('\n[preprocessor.glossary]\n')), kept);
});

test('mdbook preprocessors: without one, or with built-in and known code-block preprocessors only, every finding stays', () => {
  const expected = [
    'src/items.md:11:1 no-missing-files',
    'src/items.md:3:24 no-broken-anchors',
    'src/items.md:5:6 no-missing-files',
    'src/items.md:7:1 no-missing-files',
    'src/items.md:9:42 no-missing-files',
    'src/items.md:9:5 no-missing-files',
    'src/items.md:9:69 no-missing-files',
  ];
  assert.deepEqual(run(book('')), expected);
  assert.deepEqual(run(book('\n[preprocessor.links]\n\n[preprocessor.index]\n\n[preprocessor.mermaid]\ncommand = "mdbook-mermaid"\n\n[preprocessor.katex]\n')), expected);
});
const {readHook} = await import('../dist/src/site/generators/hugo-hooks.js');

test('hugo hooks: a link hook that writes the looked-up page\'s URL with the fragment put back reads as a lookup; other formats rewrite', () => {
  const getPage = (output) => [
    '{{- $href := .Destination -}}',
    '{{- $u := urls.Parse .Destination -}}',
    '{{- $hash := "" -}}',
    '{{- with $u.Fragment }}{{ $hash = printf "#%s" . }}{{ end -}}',
    '{{- with .PageInner.GetPage $u.Path }}' + output + '{{ end -}}',
    '<a href="{{ $href | safeURL }}">{{ .Text }}</a>',
  ].join('\n');
  assert.equal(readHook(getPage('{{ $href = printf "%s%s" .RelPermalink $hash }}'), 'link'), 'lookup');
  assert.equal(readHook(getPage('{{ $href = printf "%s#%s" .RelPermalink $u.Fragment }}'), 'link'), 'lookup');
  // A prefix, a suffix that is not the fragment, or a fragment variable that holds anything else: the template's own URL.
  assert.equal(readHook(getPage('{{ $href = printf "/en%s%s" .RelPermalink $hash }}'), 'link'), 'rewrites');
  assert.equal(readHook(getPage('{{ $href = printf "%s%s" .RelPermalink .Title }}'), 'link'), 'rewrites');
  assert.equal(readHook(getPage('{{ $href = printf "%s%s" .RelPermalink $hash }}{{ $hash = "?x" }}'), 'link'), 'rewrites');
});

// A Hugo site whose content is mounted from content/en, with a link hook that looks `/section/page.md` up with GetPage.
const getPageHook = '{{- $href := .Destination -}}\n{{- $u := urls.Parse .Destination -}}\n{{- $hash := "" -}}\n{{- with $u.Fragment }}{{ $hash = printf "#%s" . }}{{ end -}}\n{{- if $u.Path }}{{ with .PageInner.GetPage $u.Path }}{{ $href = printf "%s%s" .RelPermalink $hash }}{{ end }}{{ end -}}\n<a href="{{ $href | safeURL }}">{{ .Text }}</a>\n';

function mountedHugo(extra = {}) {
  return tempSite({
    'hugo.yaml': 'baseURL: /\ntitle: Docs\nmodule:\n  mounts:\n    - source: content/en\n      target: content\n    - source: content/de\n      target: content\n      lang: de\ndefaultContentLanguage: en\nlanguages:\n  en: {}\n  de: {}\n',
    'content/en/docs/_index.md': '---\ntitle: Docs\n---\n\nText.\n',
    'content/en/docs/setup.md': '---\ntitle: Setup\n---\n\n## Install\n\nText.\n',
    'content/en/docs/started.md': '---\ntitle: Started\n---\n\nText.\n',
    'content/en/docs/bundle/index.md': '---\ntitle: Bundle\n---\n\nText.\n',
    'content/en/docs/bundle/shot.png': 'png\n',
    'content/de/docs/nur-de.md': '---\ntitle: Nur\n---\n\nText.\n',
    'content/en/docs/guide.md': [
      '---', 'title: Guide', '---', '',
      'See [setup](/docs/setup.md), [install](/docs/setup.md#install), [the section](/docs/_index.md),',
      '[the bundle](/docs/bundle/index.md) and ![a shot](/docs/bundle/shot.png).',
      '',
      'Broken: [gone](/docs/gone.md), [a bad id](/docs/setup.md#uninstall), [German only](/docs/nur-de.md).',
      '',
      'Logical: [started](/docs/started/index.md).',
      '',
    ].join('\n'),
    ...extra,
  });
}

test('hugo mounts and GetPage: content mounted from content/en is served from the root; a GetPage hook finds /section/page.md; other languages and missing pages are still reported', () => {
  const expected = ['content/en/docs/guide.md:8:32 no-broken-anchors', 'content/en/docs/guide.md:8:70 no-missing-files', 'content/en/docs/guide.md:8:9 no-missing-files'];
  // GetPage reads `/docs/started/index.md` as the logical path /docs/started: the page started.md.
  assert.deepEqual(run(mountedHugo({'layouts/_default/_markup/render-link.html': getPageHook})), expected);
  // The same links without a hook: the mounted files are still the root's content tree, but no file is at /docs/started/index.md.
  assert.deepEqual(run(mountedHugo()), [...expected, 'content/en/docs/guide.md:10:10 no-missing-files'].sort());
});

test('hugo permalinks: a relative image in a regular page is read from the URL the permalink pattern gives it', () => {
  const post = (front, image) => `---\n${front}\n---\n\nText.\n\n![Diagram](${image})\n`;
  const root = tempSite({
    'hugo.toml': 'baseURL = "https://example.org/"\n[permalinks]\nblog = "/:section/:year/:month/:slug/"\nnotes = "/:year/:sectionslug/:slug/"\ndays = "/:year/:weekdayname/:slug/"\n',
    'static/img/diagram.png': 'png\n',
    'content/blog/2021-01-06-update.md': post('title: January Update\ndate: 2021-01-06 12:30:00+00:00', '../../../../img/diagram.png'),
    // The URL is /blog/2021/01/own-slug/: three levels up is /blog/, not the root.
    'content/blog/2021-02-01-short.md': post('title: Short\nslug: own-slug\ndate: "2021-02-01"', '../../../img/diagram.png'),
    // A token postlint does not read (:sectionslug, the section page's slug or title) leaves the URL unknown: no reading, no finding either way.
    'content/notes/n.md': post('title: Note\ndate: 2021-01-06', '../../../../img/diagram.png'),
    // :weekdayname is the date's weekday (permalinks.go): /2021/wednesday/day/, two levels up is /2021/.
    'content/days/d.md': post('title: Day\ndate: 2021-01-06', '../../img/diagram.png'),
  });
  assert.deepEqual(run(root), ['content/blog/2021-02-01-short.md:9:1 no-missing-files', 'content/days/d.md:8:1 no-missing-files']);
  assert.deepEqual(unverifiable(root), ['8:1 ../../../../img/diagram.png: the page is served at a URL the permalink pattern "/:year/:sectionslug/:slug/" makes, which postlint cannot work out, and the browser reads this path from there']);
});

function starlightSite(config) {
  return tempSite({
    'astro.config.mjs': config,
    // A plugin of the site's own that rewrites link destinations.
    'plugins/fix-links.mjs': 'export default function fixLinks() { return (tree) => { for (const node of tree.children) if (node.url) node.url = node.url.replace(/\\.md$/, ""); }; }\n',
    'public/sponsors/logo.png': 'png\n',
    'public/team/photo.png': 'png\n',
    'src/content/docs/sponsors.mdx': '---\ntitle: Sponsors\n---\n\nThanks.\n',
    'src/content/docs/guides/b.mdx': '---\ntitle: B\n---\n\nText.\n',
    'src/content/docs/guides/a.md': '---\ntitle: A\n---\n\nSee [b](./b.md), [c](./c.md), [sponsors](/sponsors) and [team](/team).\n',
  });
}

const starlightConfig = (imports, markdown) => `import {defineConfig} from 'astro/config';\nimport starlight from '@astrojs/starlight';\n${imports}\nexport default defineConfig({\n  ${markdown}\n  integrations: [starlight({title: 'Docs'})],\n});\n`;

test('starlight: a Markdown plugin the config adds may strip ".md" (unverifiable, named); a page wins over a public/ folder with no index', () => {
  const root = starlightSite(starlightConfig("import fixLinks from './plugins/fix-links.mjs';\nimport remarkMath from 'remark-math';", 'markdown: {remarkPlugins: [remarkMath, [fixLinks, {strip: true}]]},'));
  assert.deepEqual(run(root), ['src/content/docs/guides/a.md:5:18 no-missing-files', 'src/content/docs/guides/a.md:5:57 no-missing-files']);
  assert.deepEqual(unverifiable(root), ['5:5 ./b.md: the site\'s Markdown plugin fixLinks (./plugins/fix-links.mjs) may rewrite it; without the file extension it names src/content/docs/guides/b.mdx']);
});

test('starlight: without a plugin that may rewrite links (none, or only ones known to leave them alone), "./b.md" naming b.mdx is missing', () => {
  const expected = ['src/content/docs/guides/a.md:5:18 no-missing-files', 'src/content/docs/guides/a.md:5:5 no-missing-files', 'src/content/docs/guides/a.md:5:57 no-missing-files'];
  assert.deepEqual(run(starlightSite(starlightConfig('', ''))), expected);
  assert.deepEqual(run(starlightSite(starlightConfig("import remarkMath from 'remark-math';\nimport rehypeKatex from 'rehype-katex';", 'markdown: {remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex]},'))), expected);
});

test('build output: without a .git folder, a site outside the working folder reads its own ignore files, so a link into a git-ignored folder a script fills is unverifiable', () => {
  const root = tempSite({
    'mkdocs.yml': 'site_name: S\n',
    '.gitignore': 'docs/reference/generated/\n',
    'docs/reference/generated/.gitkeep': '',
    'docs/index.md': '# Home\n\nSee [the API](reference/generated/api.md) and [gone](reference/gone.md).\n',
  });
  const elsewhere = tempSite({'README.txt': 'another folder\n'});
  forgetSites();
  const {json} = postlintJson(['--offline', '--no-config', root], {cwd: elsewhere});
  assert.deepEqual(findings(json, root), ['docs/index.md:3:47 no-missing-files']);
  assert.deepEqual(json.flatMap((file) => (file.unverifiable ?? []).map((entry) => `${entry.line}:${entry.column} ${entry.reason}`)), [
    '3:5 generated by the build: docs/reference/generated/api.md is git-ignored (.gitignore: docs/reference/generated/; no git repository here, so the ignore file alone decides)',
  ]);
});
