// Generator behaviours the round-8 held-out sites showed postlint lacked (Jekyll includes of Markdown
// partials, Eleventy permalinks computed from data, Hugo's theme choice and bundle index files,
// Docusaurus explicit ids, Astro collection filters), each on a small site of its own, asserted by exact
// rule id, line and column (or an unverifiable reason), passing and failing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {tempSite, siteFindings as run} from './helpers.mjs';

// ---- Jekyll: a Markdown file only included is pasted into the page; collections render documents only ----

const jekyllSpec = (collections) => ({
  '_config.yml': `collections:\n${collections}`,
  'index.md': '---\ntitle: Home\n---\n# Home\n\nThe [spec](/specs/v1/spec/).\n',
  '_specs/v1/spec.md': [
    '---',
    'title: Spec',
    '---',
    '# Spec',
    '',
    '{% include_relative parts/one.md %}',
    '',
    '{% include_relative parts/two.md %}',
    '',
    '{% include shared/common.md %}',
    '',
  ].join('\n'),
  // No front matter: a static file of the collection, never a page of its own.
  '_specs/v1/parts/one.md': '<a name="alpha"></a>\n## Alpha part\n\nSee [beta](#beta), [common](#commonThing) and [missing](#nowhere).\n',
  '_specs/v1/parts/two.md': '<a name="beta"></a>\n## Beta part\n\nText.\n',
  '_includes/shared/common.md': '<a name="commonThing"></a>\n### Common\n\nBack to [alpha](#alpha) or [gone](#gone).\n',
});

test('jekyll: fragments in partials (include_relative from the page, include from _includes) resolve on the page that includes them', () => {
  const root = tempSite(jekyllSpec('  specs:\n    output: true\n    permalink: /:collection/:path/\n'));
  assert.deepEqual(run(root), [
    '_includes/shared/common.md:4:28 no-broken-anchors',
    '_specs/v1/parts/one.md:4:47 no-broken-anchors',
  ]);
});

test('jekyll: a collection file WITH front matter is a page of its own, its fragments read on itself', () => {
  const files = jekyllSpec('  specs:\n    output: true\n');
  files['_specs/v1/parts/one.md'] = `---\ntitle: One\n---\n${files['_specs/v1/parts/one.md']}`;
  const root = tempSite(files);
  assert.deepEqual(run(root), [
    '_includes/shared/common.md:4:28 no-broken-anchors',
    '_specs/v1/parts/one.md:7:5 no-broken-anchors',
    '_specs/v1/parts/one.md:7:20 no-broken-anchors',
    '_specs/v1/parts/one.md:7:47 no-broken-anchors',
  ].sort());
});

test('jekyll: a collection without `output: true` writes no pages: its empty sections are no reader\'s', () => {
  const files = {
    '_config.yml': 'collections:\n  notes: {}\n  guides:\n    output: true\n',
    'index.md': '---\ntitle: Home\n---\n# Home\n\nWelcome.\n',
    '_notes/a.md': '---\ntitle: A\n---\n# A\n\n## Empty\n\n## Next\n\nText.\n',
    '_guides/b.md': '---\ntitle: B\n---\n# B\n\n## Empty\n\n## Next\n\nText.\n',
  };
  assert.deepEqual(run(tempSite(files)), ['_guides/b.md:6:1 no-empty-sections']);
});
