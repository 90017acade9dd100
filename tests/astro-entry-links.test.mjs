// Astro without Starlight (generators/unknown.ts, astro-entry-links.ts): a relative link between two
// entries of a legacy content collection is read against the URLs its route serves them at, each
// path part slugged by github-slugger (which drops an apostrophe: `don't-panic/` is served at
// `/blog/dont-panic/`). A URL no entry has is still reported.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {filesOf, fixture, ruleFindings, siteFindings} from './rule-helpers.mjs';

test('a relative link to a collection entry by its slugged URL (`../dont-panic` for `don\'t-panic/index.mdx`) is found; a link to a URL no entry has is reported', async () => {
  assert.deepEqual(await ruleFindings('no-missing-files', ['astro-entry-links']), ['astro-entry-links/src/content/blog/other/index.mdx:7:6 no-missing-files']);
});

// The route's param is the slugged id only as the collection's kind names it (withastro/astro
// content/runtime.ts emulateLegacyEntry, loaders/glob.ts generateIdDefault): a legacy collection's
// `x.id` is the file's path with its extension (`don't-panic/index.mdx`), served at no `/blog/dont-panic/`.
test('a legacy collection whose route passes `x.id` (the raw file path) gives no entry URL: `../dont-panic` is reported as missing', async () => {
  const files = filesOf(fixture('astro-entry-links'));
  files['src/pages/blog/[slug].astro'] = files['src/pages/blog/[slug].astro'].replace('post.slug', 'post.id');
  assert.deepEqual(await siteFindings('no-missing-files', files), ['src/content/blog/other/index.mdx:5:6 no-missing-files', 'src/content/blog/other/index.mdx:7:6 no-missing-files']);
});

test('a front-matter `slug` is the entry\'s URL: `../calm` is found, the path-derived `../dont-panic` is reported', async () => {
  const files = filesOf(fixture('astro-entry-links'));
  files["src/content/blog/don't-panic/index.mdx"] = files["src/content/blog/don't-panic/index.mdx"].replace('title: Keep calm', 'title: Keep calm\nslug: calm');
  files['src/content/blog/other/index.mdx'] += '\nAnd [the calm one](../calm/).\n';
  assert.deepEqual(await siteFindings('no-missing-files', files), ['src/content/blog/other/index.mdx:5:6 no-missing-files', 'src/content/blog/other/index.mdx:7:6 no-missing-files']);
});

// Every entry's URL is worked out once per site and run, not once per link: a site of n entries,
// each linking the next, costs about 4× at 4n (a walk over every file per link cost 16×).
test('resolving links between collection entries costs time linear in the number of entries', async () => {
  const {resolveEntryLink} = await import('../dist/src/site/generators/astro-entry-links.js');
  const {assertLinearGrowth} = await import('./growth.mjs');
  const base = '/site/src/content/blog';
  const make = (n) => Array.from({length: n}, (_, at) => `${base}/don't-${at}/index.md`);
  const run = (paths) => {
    const facts = {};
    const site = {root: '/site', config: {collections: [{name: 'blog', base, rendered: true, urlPrefix: '/blog/'}]}};
    for (let at = 0; at < paths.length; at++) {
      const context = {site, from: paths[at], files: () => paths, facts: () => facts, frontMatterOf: () => ({data: {}})};
      const found = resolveEntryLink({path: `../dont-${(at + 1) % paths.length}`, siteRoot: false, folder: false, kind: 'link'}, context);
      assert.equal(found?.path, paths[(at + 1) % paths.length]);
    }
  };
  assertLinearGrowth('astro entry links', run, make, 500);
});
