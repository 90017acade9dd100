// Astro serves every page and public/ file below the config's top-level `base`, in dev and in the
// build, and leaves Markdown links as written (Astro configuration reference: `base`; Starlight
// discussion #1763): a site-root link carries the base (`/kettle/guides/x/`), and one written without
// it names nothing the build serves. Asserted by rule id, line and column, both ways.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintRule, lintSite, siteFindings} from './rule-helpers.mjs';
import {findings, postlintJson, tempSite} from './helpers.mjs';
import {astroBase} from '../dist/src/site/generators/astro-base.js';
import {withoutBasePath} from '../dist/src/site/files.js';

const dir = 'astro-base';
const page = (site) => `${dir}/${site}/src/content/docs/guides/brewing.md`;

test('astro base: links written with the base resolve below it (site computed, another integration\'s own `base` ignored); links without it are reported', async () => {
  const {rows, messages} = await lintRule('no-missing-files', [`${dir}/literal`]);
  assert.deepEqual(rows, [
    `${page('literal')}:9:22 no-missing-files`,
    `${page('literal')}:9:53 no-missing-files`,
    // The sidebar names `/guides/brewing` (Starlight adds the base to its own links), the page's Markdown link stays as written.
    `${page('literal')}:9:85 no-missing-files`,
    `${page('literal')}:11:28 no-missing-files`,
    `${page('literal')}:11:81 no-missing-files`,
  ]);
  assert.match(messages[0].message, /^Link target "\/guides\/steeping\/" is outside the site's base path \/kettle \(astro\.config\.mjs\).*write "\/kettle\/guides\/steeping\/"$/);
  assert.match(messages[1].message, /^Image target "\/images\/pot\.png" is outside the site's base path \/kettle .*write "\/kettle\/images\/pot\.png"$/);
  // A path that names nothing below the base either is missing as written.
  assert.match(messages[3].message, /^Link target "\/kettle\/guides\/cooling\/" does not exist/);
  assert.match(messages[4].message, /^Link target "\/guides\/cooling\/" does not exist/);
});

test('astro base: a computed base leaves a path below one of its values unverifiable; a path no value serves is still missing', async () => {
  const {rows} = await lintRule('no-missing-files', [`${dir}/computed`]);
  assert.deepEqual(rows, [`${page('computed')}:5:77 no-missing-files`]);
  const {messages} = await lintRule('no-missing-files', [`${dir}/computed`], {options: {showUnverifiable: true}});
  const unverifiable = messages.find((message) => message.line === 5 && message.column === 6);
  assert.match(unverifiable.message, /the config computes base \(its literal values: \/kettle\): where it is \/kettle this is src\/content\/docs\/guides\/steeping\.md/);
});

test('astro base: a Markdown plugin of the site\'s own may add the base, so a link without it is unverifiable, not broken', async () => {
  const {rows} = await lintRule('no-missing-files', [`${dir}/plugin`]);
  assert.deepEqual(rows, [`${page('plugin')}:5:77 no-missing-files`]);
  const {messages} = await lintRule('no-missing-files', [`${dir}/plugin`], {options: {showUnverifiable: true}});
  assert.match(messages.find((message) => message.column === 6).message, /serves the site below base \/kettle, and the site's Markdown plugin remarkBaseLinks .* may add it to links/);
});

test('astro base: only the config object\'s own top-level `base` counts; constants and computed values are read as text', () => {
  const nested = "export default defineConfig({integrations: [feed({base: 'feeds'}), starlight({title: 'K'})], vite: {base: '/assets'}});";
  assert.deepEqual(astroBase(nested), {});
  assert.deepEqual(astroBase("export default defineConfig({site: 'https://example.org', base: '/docs/'});"), {site: 'https://example.org', base: '/docs'});
  assert.deepEqual(astroBase("const BASE = '/kettle';\nexport default defineConfig({base: BASE});"), {base: '/kettle'});
  assert.deepEqual(astroBase("const base = '/kettle';\nexport default defineConfig({base, site: process.env.SITE});"), {base: '/kettle'});
  assert.deepEqual(astroBase("export default defineConfig({base: '/'});"), {});
  assert.deepEqual(astroBase("export default defineConfig({base: process.env.BASE_PATH});"), {});
  assert.deepEqual(astroBase("export default defineConfig({base: isProd ? '/kettle/' : '/'});"), {candidates: ['/kettle']});
  // A base in a comment is no option.
  assert.deepEqual(astroBase("export default defineConfig({\n  // base: '/old',\n  site: 'https://example.org',\n});"), {site: 'https://example.org'});
});

test('base path: the base itself is the home page', () => {
  assert.equal(withoutBasePath('/kettle', '/kettle'), '/');
  assert.equal(withoutBasePath('/kettle/x/', 'https://example.org/kettle/'), '/x/');
  assert.equal(withoutBasePath('/kettles/x/', '/kettle'), '/kettles/x/');
});

/** A Starlight site whose base the config reads from the environment: twelve guides, linked from one page as `/kettle/guides/gN/` (or `prefix`). */
function unreadBaseSite(prefix) {
  const files = {'astro.config.mjs': "import starlight from '@astrojs/starlight';\nexport default defineConfig({base: process.env.BASE_PATH, integrations: [starlight({title: 'K'})]});\n"};
  const links = [];
  for (let i = 0; i < 12; i++) {
    files[`src/content/docs/guides/g${i}.md`] = `---\ntitle: G${i}\n---\n\nText.\n`;
    links.push(`[g${i}](${prefix}g${i}/)`);
  }
  files['src/content/docs/index.md'] = `---\ntitle: Home\n---\n\n${links.join('\n\n')}\n`;
  return tempSite(files);
}

test('model guard: page URLs below a base the config does not name (`/kettle/guides/g1/` for guides/g1.md) are withheld as a base path; ones that name no page under any reading are reported', () => {
  const args = ['--no-config', '--offline', '--rule', 'no-missing-files:error', '.'];
  const based = unreadBaseSite('/kettle/guides/');
  const {json, stderr} = postlintJson(args, {cwd: based});
  assert.deepEqual(findings(json, based).filter((row) => row.endsWith(' no-missing-files')), []);
  assert.match(stderr, /12 of 12 links written like `\/folder\/` do not resolve: all of them resolve without their first path segment \(a base path\)/);
  const wrong = unreadBaseSite('/kettle/guide/');
  const reported = postlintJson(args, {cwd: wrong});
  assert.equal(findings(reported.json, wrong).filter((row) => row.endsWith(' no-missing-files')).length, 12);
});

test('docusaurus: a literal baseUrl is taken off site-root links even when the config computes `url` (Link adds the base only where it is not there)', async () => {
  const files = {
    'docusaurus.config.js': "const url = process.env.SITE_URL;\nmodule.exports = {title: 'Kettle', url, baseUrl: '/kettle/'};\n",
    'docs/steeping.md': '# Steeping\n\nSteep.\n',
    'static/img/pot.png': 'png',
    'docs/brewing.md': '# Brewing\n\n<img src="/kettle/img/pot.png" alt="pot"/> and <img src="/kettle/img/gone.png" alt="gone"/>\n',
  };
  assert.deepEqual(await siteFindings('no-missing-files', files), ['docs/brewing.md:3:53 no-missing-files']);
});

// Since Astro 1.0 `base` defaults to `/` (RFC 0019, config finalization): a path in `site` is no base.
const starlightFiles = (config) => ({
  'package.json': '{"name":"k","dependencies":{"astro":"4.0.0","@astrojs/starlight":"0.15.0"}}\n',
  'astro.config.mjs': `import {defineConfig} from 'astro/config';\nimport starlight from '@astrojs/starlight';\n\nexport default defineConfig({\n${config}\n  integrations: [starlight({title: 'Kettle'})],\n});\n`,
  'public/images/pot.png': 'png',
  'src/content/docs/index.md': '---\ntitle: Home\n---\n',
  'src/content/docs/guides/b.md': '---\ntitle: B\n---\n\nText.\n',
  'src/content/docs/guides/a.md': ['---', 'title: A', '---', '', 'Root: [four](/guides/b/) and ![pot](/images/pot.png).', '', 'Home: [home](/kettle) and [home2](/kettle/).', '', 'Below: [three](/kettle/guides/b/) and [gone](/kettle/guides/nope/).', '', 'Nowhere: [five](/guides/nope/).', ''].join('\n'),
});

test('astro base: a `site` with a path and no `base` serves at `/`: links without the path are found; with it, unverifiable (a build may pass --base); nothing under either is missing', async () => {
  const files = starlightFiles("  site: 'https://example.github.io/kettle',");
  assert.deepEqual(await siteFindings('no-missing-files', files), [
    'src/content/docs/guides/a.md:9:39 no-missing-files',
    'src/content/docs/guides/a.md:11:10 no-missing-files',
  ]);
  const {messages} = await lintSite('no-missing-files', files, {options: {showUnverifiable: true}});
  assert.match(messages.find((message) => message.line === 9 && message.column === 8).message, /site has the path \/kettle but no base, so Astro serves the site at \/ unless the build sets base another way/);
});

test('astro base: with a computed base, the bare base value (`/kettle`) is the home page, unverifiable like `/kettle/`', async () => {
  const files = starlightFiles("  site: 'https://example.github.io',\n  base: process.env.BASE_PATH || '/kettle',");
  const {messages} = await lintSite('no-missing-files', files, {options: {showUnverifiable: true}});
  const at = (column) => messages.find((message) => message.line === 7 && message.column === column);
  assert.match(at(7).message, /the config computes base \(its literal values: \/kettle\): where it is \/kettle this is src\/content\/docs\/index\.md/);
  assert.match(at(27).message, /the config computes base/);
  assert.ok(!(await siteFindings('no-missing-files', files)).some((row) => row.startsWith('src/content/docs/guides/a.md:7:')));
});

test('astro base: `base` and `site` from an object the config spreads from a module of its own (the one config reader VitePress uses)', () => {
  const root = tempSite({
    'site.config.mjs': "export const shared = {site: 'https://example.org', base: '/kettle/'};\n",
    'astro.config.mjs': "import starlight from '@astrojs/starlight';\nimport {shared} from './site.config.mjs';\nexport default defineConfig({...shared, integrations: [starlight({title: 'K'})]});\n",
  });
  const file = `${root}/astro.config.mjs`;
  const text = "import starlight from '@astrojs/starlight';\nimport {shared} from './site.config.mjs';\nexport default defineConfig({...shared, integrations: [starlight({title: 'K'})]});\n";
  assert.deepEqual(astroBase(text, file), {site: 'https://example.org', base: '/kettle'});
  // The object's own setting after the spread wins; a spread of a package's object after it may set them: neither is taken.
  assert.deepEqual(astroBase("import {shared} from './site.config.mjs';\nexport default defineConfig({...shared, base: '/pot'});\n", file), {site: 'https://example.org', base: '/pot'});
  // A spread postlint cannot read after `base` may set it: `/pot` is only a candidate, never read as the root.
  assert.deepEqual(astroBase("import {shared} from './site.config.mjs';\nexport default defineConfig({base: '/pot', ...makeShared()});\n", file), {candidates: ['/pot']});
  // A package's shared config does not know the site's URL: its spread sets no base or site.
  assert.deepEqual(astroBase("import {shared} from '@acme/astro-shared';\nexport default defineConfig({base: '/pot', ...shared});\n", file), {base: '/pot'});
});

test('astro base: a base a later unread spread may override makes links below it unverifiable, never missing as if base were `/`', async () => {
  const files = starlightFiles("  base: '/kettle',\n  ...makeShared(),");
  // `/kettle/guides/nope/` and `/guides/nope/` name no page under either base: still reported.
  assert.deepEqual(await siteFindings('no-missing-files', files), ['src/content/docs/guides/a.md:9:39 no-missing-files', 'src/content/docs/guides/a.md:11:10 no-missing-files']);
  const {messages} = await lintSite('no-missing-files', files, {options: {showUnverifiable: true}});
  assert.match(messages.find((message) => message.line === 9 && message.column === 8).message, /the config computes base \(its literal values: \/kettle\): where it is \/kettle this is src\/content\/docs\/guides\/b\.md/);
});
