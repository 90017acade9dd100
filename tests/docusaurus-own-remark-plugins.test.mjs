// A Docusaurus docs plugin that runs a remark plugin of the site's own (`remarkPlugins: [repoLinks]`,
// imported from './src/remark/repo-links.js'): such a plugin may rewrite a relative link that leaves
// the docs' pages folder (to the repository on GitHub, commonly), so a link out of that folder that
// names no file is unverifiable, naming the plugin. A link inside the folder is still checked, and so
// are the blog's links (its plugin list is a package's) and a site whose plugins are all packages'.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {fixtures, siteFindings, siteUnverifiable} from './helpers.mjs';

const {ownMarkdownPlugins} = await import('../dist/src/site/generators/own-markdown-plugins.js');

const site = join(fixtures, 'docusaurus-own-remark-plugins');

test('a link out of the docs pages folder is unverifiable under the site\'s own remark plugin; one inside, and the blog\'s, are still missing', () => {
  const found = siteFindings(site).filter((row) => row.includes('no-missing-files') && !row.startsWith('plain/'));
  assert.deepEqual(found, ['blog/2024-03-01-launch.md:5:24 no-missing-files', 'docs/current/guide/setup.md:5:60 no-missing-files']);
  const unverifiable = siteUnverifiable(site).filter((row) => /LICENSE-TERMS|build\.cfg/.test(row));
  assert.equal(unverifiable.length, 2);
  for (const row of unverifiable) assert.match(row, /leads out of docs\/current\/, and the docs plugin runs the site's own Markdown plugin repoLinks \(\.\/src\/remark\/repo-links\.js\)/);
});

test('without a plugin of the site\'s own the same link is missing', () => {
  assert.deepEqual(siteFindings(join(site, 'plain')).filter((row) => row.includes('no-missing-files')), ['docs/guide/setup.md:3:10 no-missing-files']);
});

test('plugins from the site\'s own modules: imports, requires and resolved paths; packages are not', () => {
  const config = "import links from './lib/links.ts';\nimport gfm from 'remark-gfm';\nconst tidy = require('../shared/tidy');\n";
  const options = "{path: 'docs', beforeDefaultRemarkPlugins: [gfm, [links, {x: 1}]], rehypePlugins: [tidy, require.resolve('./lib/ids.js')], remarkPlugins: []}";
  assert.deepEqual(ownMarkdownPlugins(options, config), ['links (./lib/links.ts)', 'tidy (../shared/tidy)', './lib/ids.js']);
  assert.deepEqual(ownMarkdownPlugins("{remarkPlugins: [gfm]}", config), []);
});
