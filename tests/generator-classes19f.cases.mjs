import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ruleFindings, siteFindings} from './rule-helpers.mjs';

// Hugo: Markdown beside a leaf bundle's index.md (and in its subfolders) is a page resource, which Hugo
// never publishes as a page; beside a branch bundle's _index.md it is a page of its own.
test('hugo: a leaf bundle\'s Markdown resources are not checked; a branch bundle\'s pages are', async () => {
  assert.deepEqual(await ruleFindings('no-placeholders', ['generators/hugo-leaf-resources']), ['generators/hugo-leaf-resources/content/guides/setup.md:6:1 no-placeholders']);
  assert.deepEqual(await ruleFindings('no-drafts', ['generators/hugo-leaf-resources']), []);
});

const bundle = (layouts) => ({
  'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "Leaf bundles"\n',
  'content/posts/release/index.md': '---\ntitle: "Release day"\ndate: 2024-03-01\n---\n\nThe release post.\n',
  'content/posts/release/notes.md': '---\ntitle: "Working notes"\n---\n\nTODO: check the numbers with the team.\n',
  ...layouts,
});

test('hugo: a leaf bundle\'s Markdown resource a layout may render is checked as before', async () => {
  // A layout rendering the resource by a pattern that matches it: its text is shown.
  const single = {'layouts/_default/single.html': '{{ with .Resources.GetMatch "notes*" }}{{ .Content }}{{ end }}\n'};
  assert.deepEqual(await siteFindings('no-placeholders', bundle(single)), ['content/posts/release/notes.md:5:1 no-placeholders']);
  // A computed pattern may match any resource.
  const computed = {'layouts/partials/resource.html': '{{ with .Resources.GetMatch (printf "%s*" .Params.part) }}{{ .Content }}{{ end }}\n'};
  assert.deepEqual(await siteFindings('no-placeholders', bundle(computed)), ['content/posts/release/notes.md:5:1 no-placeholders']);
  // A pattern that cannot match it (images only) leaves it unshown.
  const images = {'layouts/_default/single.html': '{{ range .Resources.ByType "image" }}<img src="{{ .RelPermalink }}">{{ end }}{{ .Content }}\n'};
  assert.deepEqual(await siteFindings('no-placeholders', bundle(images)), []);
});

test('hugo: a shortcode rendering resources shows a leaf resource only where the bundle calls it', async () => {
  const shortcode = {'layouts/shortcodes/part.html': '{{ with $.Page.Resources.GetMatch (.Get 0) }}{{ .Content }}{{ end }}\n'};
  assert.deepEqual(await siteFindings('no-placeholders', bundle(shortcode)), []);
  const called = {...bundle(shortcode), 'content/posts/release/index.md': '---\ntitle: "Release day"\ndate: 2024-03-01\n---\n\n{{< part "notes.md" >}}\n'};
  assert.deepEqual(await siteFindings('no-placeholders', called), ['content/posts/release/notes.md:5:1 no-placeholders']);
  // One that fetches another page (`site.GetPage`) may show that page's resources on any page: judged like any layout.
  const fetching = {'layouts/shortcodes/part.html': '{{ with (site.GetPage (.Get 0)).Resources.GetMatch (.Get 1) }}{{ .Content }}{{ end }}\n'};
  assert.deepEqual(await siteFindings('no-placeholders', bundle(fetching)), ['content/posts/release/notes.md:5:1 no-placeholders']);
});

// Eleventy: a layout that never outputs `content` (a redirect layout) shows none of the page's body.
test('eleventy: nothing in a page\'s body is reported when its layout never outputs content', async () => {
  assert.deepEqual(await ruleFindings('no-placeholders', ['generators/eleventy-layout-language']), [
    // A layout that brings in another template (which could write `content`) is not judged: checked as before.
    'generators/eleventy-layout-language/src/docs/framed.md:6:1 no-placeholders',
    'generators/eleventy-layout-language/src/docs/setup.md:6:1 no-placeholders',
  ]);
});

// Eleventy: a folder's data file (`fr/fr.json` with `locale: fr`) gives its pages their language, title included.
test('eleventy: a page\'s language comes from its folder data file, and its title is in it too', async () => {
  assert.deepEqual(await ruleFindings('spelling', ['generators/eleventy-layout-language']), ['generators/eleventy-layout-language/src/en/docs/faces.md:2:15 spelling']);
});

// mdBook: a file SUMMARY.md does not list is never built. One a chapter links to is a chapter in waiting (a draft,
// and the link reaches no page); one nothing links to is a file left behind, no draft.
test('mdbook: an unlisted file is a draft only when a chapter links to it', async () => {
  assert.deepEqual(await ruleFindings('no-drafts', ['generators/mdbook-unlisted']), ['generators/mdbook-unlisted/src/planned.md:1:1 no-drafts']);
  assert.deepEqual(await ruleFindings('no-unpublished-links', ['generators/mdbook-unlisted']), ['generators/mdbook-unlisted/src/intro.md:3:19 no-unpublished-links']);
});

// The leaf-index reading lives as long as the site's other file reads: a file added (the language
// server's index calls forgetFileReads) makes a folder a leaf bundle from then on.
test('hugo: an index.md added to a folder makes its Markdown resources once the file reads are forgotten', async () => {
  const {tempSite} = await import('./helpers.mjs');
  const {writeFileSync} = await import('node:fs');
  const {join} = await import('node:path');
  const {forgetFileReads, siteFor} = await import('../dist/src/site/generators/index.js');
  const {leafResourceReason} = await import('../dist/src/site/generators/hugo-leaf-resources.js');
  const root = tempSite({'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "Leaf bundles"\n', 'content/posts/notes.md': '# Notes\n'});
  const notes = join(root, 'content', 'posts', 'notes.md');
  assert.equal(leafResourceReason(notes, await siteFor(root)), undefined);
  writeFileSync(join(root, 'content', 'posts', 'index.md'), '---\ntitle: Posts\n---\n');
  forgetFileReads();
  assert.equal(typeof leafResourceReason(notes, await siteFor(root)), 'string');
});

// Eleventy: the site halves of the link rules read the same model as every file half (src/hidden-body.ts): a link in
// the body of a page whose layout never outputs `content` is no broken link a reader meets; the same link on a page
// whose layout writes its body is reported.
test('eleventy: a missing link target in a body the layout never writes is not reported; in a shown body it is', async () => {
  assert.deepEqual(await ruleFindings('no-missing-files', ['generators/eleventy-hidden-body-links']), ['generators/eleventy-hidden-body-links/src/docs/guide.md:8:5 no-missing-files']);
});
