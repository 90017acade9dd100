// Page URLs compared with their letter case (url-map.ts). The hosts these sites deploy to match paths
// case-sensitively (GitHub Pages, Vercel, S3/CloudFront serve /Foo/ and /foo/ apart; a Netlify site is unverifiable), so a
// link naming a page's URL in other case is no link to it there: a portability warning naming the
// URL, as for a file named in other case, never "found". Docusaurus's own router matches routes
// without regard to case (facebook/docusaurus#2235): there the link is unverifiable, not reported.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteFindings, siteJson, siteUnverifiable, tempSite} from './helpers.mjs';

const warnings = (root) => siteJson(root).flatMap((file) => file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.severity} ${m.message}`));

test('Starlight: a link to a page URL in other letter case is a case warning naming the URL; the URL as served is found', () => {
  const root = tempSite({
    'astro.config.mjs': "import {defineConfig} from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({integrations: [starlight({title: 'Docs'})]});\n",
    'src/content/docs/index.md': '---\ntitle: Start\n---\n\nRead [the intro](/guides/intro/) and [again](/Guides/Intro/).\n',
    'src/content/docs/guides/intro.md': '---\ntitle: Intro\n---\n\nSee [start](../../) and [up](../../Guides/intro/).\n',
  });
  assert.deepEqual(siteFindings(root), ['src/content/docs/guides/intro.md:5:25 no-missing-files', 'src/content/docs/index.md:5:38 no-missing-files']);
  const [first] = warnings(root).filter((row) => row.startsWith('5:38 '));
  assert.match(first, /^5:38 no-missing-files 1 Link target "\/Guides\/Intro\/" exists only with different letter case, as the URL of src\/content\/docs\/guides\/intro\.md, \/guides\/intro; hosts that match names case-sensitively/);
});

test('Hugo: a link to a page URL (lower-cased by Hugo) in other letter case is a case warning', () => {
  const root = tempSite({
    'hugo.toml': 'title = "T"\n',
    'content/posts/hello-world.md': '---\ntitle: Hello\ndate: 2020-01-01\n---\n\nText.\n',
    'content/about.md': '---\ntitle: About\n---\n\nRead [the post](/posts/hello-world/) and [again](/Posts/Hello-World/).\n',
  });
  assert.deepEqual(siteFindings(root), ['content/about.md:5:42 no-missing-files']);
});

test('Jekyll: a permalink keeps its letter case; a link in other case is a case warning, the permalink as written is found', () => {
  const root = tempSite({
    '_config.yml': 'title: T\n',
    'team.md': '---\ntitle: Team\npermalink: /About-Us/\n---\n\nText.\n',
    'index.md': '---\ntitle: Home\n---\n\nSee [us](/About-Us/) and [us again](/about-us/).\n',
  });
  assert.deepEqual(siteFindings(root), ['index.md:5:26 no-missing-files']);
});

test('Docusaurus: a route in other letter case is unverifiable (its router ignores case; a fresh load is the host\'s call), never reported', () => {
  const root = tempSite({
    'docusaurus.config.js': 'module.exports = {url: "https://example.org", baseUrl: "/"};\n',
    'docs/intro.md': '# Intro\n\nText.\n',
    'docs/start.md': '# Start\n\nRead [the intro](/docs/intro) and [again](/docs/Intro).\n',
  });
  assert.deepEqual(siteFindings(root), []);
  const rows = siteUnverifiable(root);
  assert.deepEqual(rows.map((row) => row.replace(/: .*/, '')), ['3:35 /docs/Intro']);
  assert.match(rows[0], /Docusaurus's router serves docs\/intro\.md here without regard to letter case; loaded fresh, whether the host does depends on the host/);
});
