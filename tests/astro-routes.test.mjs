// Astro without Starlight (generators/unknown.ts, astro-routes.ts): a site-root link is read against
// the routes the site's files make: src/pages/ file routes (`about.md` at /about), public/ files, and
// the entries of a collection its dynamic route lists (`guides/[id].astro` passing `guide.id`, the
// collection loaded through a function imported one relative import away) at /guides/<id>/. A path a
// route whose params code computes (`note.id.slice(2)`) may serve is unverifiable, said once.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {filesOf, fixture, lintSite, ruleFindings, ruleMessages, siteFindings} from './rule-helpers.mjs';

test('a site-root link to no route, file or listed entry is reported; pages, entries, public files and the home page are found', async () => {
  assert.deepEqual(await ruleFindings('no-missing-files', ['astro-routes']), [
    'astro-routes/src/content/guides/first-steps.md:7:32 no-missing-files',
    'astro-routes/src/content/guides/first-steps.md:11:41 no-missing-files',
  ]);
});

test('a fragment of a page a site-root link reaches is checked against the ids Astro makes (github-slugger)', async () => {
  assert.deepEqual(await ruleFindings('no-broken-anchors', ['astro-routes']), ['astro-routes/src/content/guides/first-steps.md:9:34 no-broken-anchors']);
});

test('a path a dynamic route whose params code computes may serve is unverifiable with the route named, and listed with showUnverifiable', async () => {
  const messages = await ruleMessages('no-missing-files', ['astro-routes'], {options: {showUnverifiable: true}});
  const note = messages.find((message) => message.line === 11 && message.column === 3);
  assert.ok(note, JSON.stringify(messages.map((message) => [message.line, message.column, message.message])));
  assert.match(note.message, /src\/pages\/notes\/\[id\]\.astro/);
});

test('with the route passing the entry id as it is, the note\'s URL is its slugged id: /notes/a-note/ is reported', async () => {
  const files = filesOf(fixture('astro-routes'));
  files['src/pages/notes/[id].astro'] = files['src/pages/notes/[id].astro'].replace('note.id.slice(2)', 'note.id');
  files['src/content/guides/first-steps.md'] += '\nThe [first note](/notes/1-a-note/).\n';
  assert.deepEqual(await siteFindings('no-missing-files', files), [
    'src/content/guides/first-steps.md:7:32 no-missing-files',
    'src/content/guides/first-steps.md:11:3 no-missing-files',
    'src/content/guides/first-steps.md:11:41 no-missing-files',
  ]);
});

test('an integration postlint does not know may add routes: a path nothing serves is unverifiable, not missing', async () => {
  const files = filesOf(fixture('astro-routes'));
  files['astro.config.mjs'] = files['astro.config.mjs'].replace("import mdx from '@astrojs/mdx';", "import mdx from '@astrojs/mdx';\nimport pages from 'astro-extra-pages';").replace('[mdx()]', '[mdx(), pages()]');
  assert.deepEqual(await siteFindings('no-missing-files', files), []);
});

test('a page\'s URL in other letter case is a case warning, naming the page\'s URL; a path no page has in any case is missing', async () => {
  const files = filesOf(fixture('astro-routes'));
  files['src/content/guides/more.md'] += '\nSee [us](/About) and [them](/Others).\n';
  const {messages} = await lintSite('no-missing-files', files);
  const rows = messages.filter((message) => message.file.endsWith('more.md')).map((message) => `${message.line}:${message.column} ${message.severity}`);
  assert.deepEqual(rows, ['11:5 warning', '11:22 error']);
});

// Astro serves below `base` (astro-base.ts): a site-root link without it that names a page below it is
// reported; an absolute URL of the site (`site` + `base`) is already below the base and names that page.
test('with `site` and `base`, an absolute URL of the site reaches the page; a site-root link without the base is reported', async () => {
  const files = filesOf(fixture('astro-routes'));
  files['astro.config.mjs'] = files['astro.config.mjs'].replace('integrations:', "site: 'https://example.org',\n  base: '/docs',\n  integrations:");
  files['src/content/guides/more.md'] += '\nSee [us](https://example.org/docs/about/), [them](https://example.org/docs/missing/) and [home](/about/).\n';
  const rows = (await siteFindings('no-missing-files', files)).filter((row) => row.includes('more.md'));
  // The page's own `/guides/first-steps#…` (line 9) is written without the base too.
  assert.deepEqual(rows, ['src/content/guides/more.md:9:9 no-missing-files', 'src/content/guides/more.md:11:44 no-missing-files', 'src/content/guides/more.md:11:90 no-missing-files']);
});

// The config's `redirects` (astro-redirects.ts) are followed one hop: to a page, found; two redirects
// to each other end on no page (unverifiable), and resolving them ends.
test('a redirect to a page is followed; redirects that point at each other are unverifiable, not followed for ever', async () => {
  const files = filesOf(fixture('astro-routes'));
  files['astro.config.mjs'] = files['astro.config.mjs'].replace('integrations:', "redirects: {'/team': '/about', '/a': '/b', '/b': '/a'},\n  integrations:");
  files['src/content/guides/more.md'] += '\nSee [the team](/team), [a](/a) and [c](/c).\n';
  const rows = (await siteFindings('no-missing-files', files)).filter((row) => row.includes('more.md'));
  assert.deepEqual(rows, ['src/content/guides/more.md:11:36 no-missing-files']);
});

// createFileBasedRoutes (withastro/astro core/routing/manifest/create.ts): pages are `.astro`, every Markdown extension
// Astro reads (`.mdown`, `.mkd`, …), `.html` and integrations' (`.mdx`); endpoints are `.js`/`.ts` only.
test('a page in any of Astro\'s Markdown extensions is a route; an endpoint in another script extension is none', async () => {
  const files = filesOf(fixture('astro-routes'));
  files['src/pages/legal.mdown'] = '---\ntitle: Legal\n---\n\n# Legal\n';
  files['src/pages/feed.json.mjs'] = 'export const GET = () => new Response("{}");\n';
  files['src/pages/rss.xml.ts'] = 'export const GET = () => new Response("<rss/>");\n';
  files['src/content/guides/more.md'] += '\nThe [legal page](/legal/), [feed](/feed.json) and [rss](/rss.xml).\n';
  const rows = (await siteFindings('no-missing-files', files)).filter((row) => row.includes('more.md'));
  assert.deepEqual(rows, ['src/content/guides/more.md:11:28 no-missing-files']);
});

// A collection's route serves only its entries when each `params` it writes is the entry's id; a route that adds
// paths of its own (or paginates) serves others only its code knows: a path it may serve is unverifiable there.
test('a collection route whose getStaticPaths adds a path of its own: a path it may serve is unverifiable, not missing', async () => {
  const files = filesOf(fixture('astro-routes'));
  files['src/pages/guides/[id].astro'] = files['src/pages/guides/[id].astro'].replace(
    'return (await allGuides()).map((guide) => ({params: {id: guide.id}, props: {guide}}));',
    "const guides = (await allGuides()).map((guide) => ({params: {id: guide.id}, props: {guide}}));\n  return [...guides, {params: {id: 'archive'}, props: {guide: undefined}}];",
  );
  files['src/content/guides/more.md'] += '\nThe [archive](/guides/archive/) and [more](/guides/more/).\n';
  assert.deepEqual(await siteFindings('no-missing-files', files), ['src/content/guides/first-steps.md:11:41 no-missing-files']);
});

// An integration the config makes itself (an object with `hooks`, or a call of a function it defines) may injectRoute:
// a path nothing of the site's files serves is then unverifiable, as with an integration package postlint does not know.
test('an integration the config defines itself may add routes: a path nothing serves is unverifiable, not missing', async () => {
  const files = filesOf(fixture('astro-routes'));
  const own = "const extra = {name: 'extra', hooks: {'astro:config:setup': ({injectRoute}) => injectRoute({pattern: '/nowhere', entrypoint: './src/extra.astro'})}};\n";
  files['astro.config.mjs'] = own + files['astro.config.mjs'].replace('[mdx()]', '[mdx(), extra]');
  assert.deepEqual(await siteFindings('no-missing-files', files), []);
  files['astro.config.mjs'] = files['astro.config.mjs'].replace('[mdx(), extra]', '[mdx(), routes()]').replace('const extra =', 'const routes = () =>');
  assert.deepEqual(await siteFindings('no-missing-files', files), []);
});
