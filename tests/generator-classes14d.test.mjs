// Generator behaviours the round-12 tune set showed postlint lacked (Astro redirects, Docusaurus
// baseUrl, Eleventy libraries and permalinks), each on a small site of its own, asserted by exact
// rule id, line and column (or an unverifiable reason), passing and failing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {tempSite, siteFindings as run, siteUnverifiable as unverifiable} from './helpers.mjs';

// ---- Astro: the config's `redirects` are routes the site serves ----

const astroConfig = (redirects) => [
  "import {defineConfig} from 'astro/config';",
  "import starlight from '@astrojs/starlight';",
  'export default defineConfig({',
  "  site: 'https://docs.example.org',",
  "  integrations: [starlight({title: 'Docs'})],",
  `  redirects: {${redirects}},`,
  '});',
  '',
].join('\n');

const astroPage = [
  '---',
  'title: Start',
  '---',
  '',
  'See [the old guide](/guides/old/), [its picture](/guides/old/shot.png), [by URL](https://docs.example.org/guides/older/) and [gone](/guides/gone/).',
  '',
].join('\n');

test('astro redirects: a link to a redirect source whose destination is a page or file is found; a path no redirect names is reported', () => {
  const root = tempSite({
    'astro.config.mjs': astroConfig("\n    // moved\n    '/guides/old': '/guides/new',\n    \"/guides/old/shot.png\": '/shot.png',\n    '/guides/older': {status: 302, destination: '/guides/new/'},\n  "),
    'src/content/docs/index.md': astroPage,
    'src/content/docs/guides/new.md': '---\ntitle: New\n---\n\nText.\n',
    'public/shot.png': 'png',
  });
  assert.deepEqual(run(root), ['src/content/docs/index.md:5:126 no-missing-files']);
  assert.deepEqual(unverifiable(root), []);
});

test('astro redirects: a destination that is no page, another host or a route with parameters makes the link unverifiable, never found', () => {
  const root = tempSite({
    'astro.config.mjs': astroConfig("'/guides/old': '/guides/missing', '/guides/old/shot.png': 'https://cdn.example.net/shot.png', '/guides/[...rest]': '/docs/[...rest]'"),
    'src/content/docs/index.md': astroPage,
  });
  assert.deepEqual(run(root), []);
  assert.deepEqual(unverifiable(root).map((row) => row.replace(/: .*/, '')), ['5:126 /guides/gone/', '5:36 /guides/old/shot.png', '5:5 /guides/old/', '5:73 https://docs.example.org/guides/older/']);
  assert.match(unverifiable(root).find((row) => row.startsWith('5:5 ')), /astro\.config\.mjs redirects \/guides\/old to \/guides\/missing, which matches no page/);
});

// ---- Docusaurus: a raw-HTML path that carries a computed baseUrl ----

const docusaurusPage = [
  '# Start',
  '',
  '<img src="/proj/img/logo.svg" height="90" align="right"/>',
  '',
  '<img src="/proj/img/gone.svg" height="90"/> <img src="/other/img/logo.svg" height="90"/>',
  '',
].join('\n');

test('docusaurus computed baseUrl: a raw-HTML path below one of its literal values that static/ serves under it is unverifiable; one no reading serves is reported', () => {
  const root = tempSite({
    'docusaurus.config.js': 'module.exports = {\n  url: "https://example.github.io/",\n  baseUrl: process.env.PREVIEW ? "/" : "/proj/",\n};\n',
    'docs/start.md': docusaurusPage,
    'static/img/logo.svg': '<svg/>',
  });
  assert.deepEqual(run(root), ['docs/start.md:5:50 no-missing-files', 'docs/start.md:5:6 no-missing-files']);
  const rows = unverifiable(root);
  assert.deepEqual(rows.map((row) => row.replace(/: .*/, '')), ['3:6 /proj/img/logo.svg']);
  assert.match(rows[0], /the config computes baseUrl \(one of '\/', '\/proj\/'\): where it is '\/proj\/' this is static\/img\/logo\.svg, otherwise no file/);
});

test('docusaurus literal baseUrl: the base is removed from the path and the file is found; without a base the same path is reported', () => {
  const files = (baseUrl) => ({'docusaurus.config.js': `module.exports = {url: "https://example.github.io/", baseUrl: "${baseUrl}"};\n`, 'docs/start.md': docusaurusPage, 'static/img/logo.svg': '<svg/>'});
  assert.deepEqual(run(tempSite(files('/proj/'))), ['docs/start.md:5:50 no-missing-files', 'docs/start.md:5:6 no-missing-files']);
  assert.deepEqual(run(tempSite(files('/'))), ['docs/start.md:3:6 no-missing-files', 'docs/start.md:5:50 no-missing-files', 'docs/start.md:5:6 no-missing-files']);
});

// ---- Eleventy: a Markdown library built in a local module; a permalink whose block may write nothing ----

const eleventyPage = [
  '---',
  'title: Post',
  '---',
  '',
  '## Final result',
  '',
  'Jump to [the result](#final-result) or [a place](#no-such-place).',
  '',
].join('\n');

test('eleventy setLibrary: heading ids come from the markdown-it-anchor the imported library module adds; without it they stay unknown', () => {
  const library = "import markdownIt from 'markdown-it'\nimport anchor from 'markdown-it-anchor'\n\nexport default markdownIt({html: true}).use(anchor, {permalink: anchor.permalink.headerLink()})\n";
  const withLibrary = tempSite({
    'eleventy.config.js': "import markdown from './lib/markdown.js'\n\nexport default function (config) {\n  config.setLibrary('md', markdown)\n  return {dir: {input: 'src'}}\n}\n",
    'lib/markdown.js': library,
    'src/post.md': eleventyPage,
  });
  assert.deepEqual(run(withLibrary), ['src/post.md:7:40 no-broken-anchors']);
  const plain = tempSite({
    'eleventy.config.js': "export default function (config) {\n  return {dir: {input: 'src'}}\n}\n",
    'lib/markdown.js': library,
    'src/post.md': eleventyPage,
  });
  assert.deepEqual(run(plain), []);
});

test('eleventy permalink: a URL the page writes when its `{% if %}` block writes nothing is unverifiable; a path beside it is reported', () => {
  const root = tempSite({
    'eleventy.config.js': "export default function (config) {\n  return {dir: {input: 'src'}}\n}\n",
    'src/pages/notes.njk': '---\npermalink: "notes/{% if pagination.pageNumber %}{{ pagination.pageNumber }}/{% endif %}"\npagination:\n  data: collections.notes\n  size: 10\n---\n<ul></ul>\n',
    'src/notes/one.md': '---\ntitle: One\n---\n\nA note.\n',
    'src/post.md': '---\ntitle: Post\n---\n\nSee [the notes](/notes), [page two](/notes/1/) and [the notices](/notices).\n',
  });
  assert.deepEqual(run(root), ['src/post.md:5:52 no-missing-files']);
  assert.deepEqual(unverifiable(root).map((row) => row.replace(/: .*/, '')), ['5:26 /notes/1/', '5:5 /notes']);
});
