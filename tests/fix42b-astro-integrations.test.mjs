// Astro/Starlight: routes the config's integrations inject (round 41's astro-integration-injects-route):
// a known integration's files are no missing files, an unknown integration makes a path nothing
// serves unverifiable, and with only known integrations a missing path stays missing; asserted by
// exact rule id, line and column, both ways.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteFindings} from './rule-helpers.mjs';

const config = (extra = '') => `import {defineConfig} from "astro/config";
import starlight from "@astrojs/starlight";
import sitemap from "@astrojs/sitemap";
import llmsTxt from "starlight-llms-txt";
${extra}
function llmsWithoutIndex(options) {
  const plugin = llmsTxt(options);
  return {...plugin};
}

export default defineConfig({
  site: "https://example.org",
  integrations: [starlight({title: "Kiln", plugins: [llmsWithoutIndex()]}), sitemap()${extra ? ', blog()' : ''}],
});
`;

const page = '---\ntitle: Start\n---\n\n[all](/llms-full.txt) [set](/_llms-txt/basics.txt) [gone](/gone.txt) [page](/nope/)\n';
const files = (extra) => ({'astro.config.mjs': config(extra), 'package.json': '{"dependencies":{"astro":"5.0.0","@astrojs/starlight":"0.30.0"}}', 'src/content/docs/start.md': page});

test('starlight: files a known plugin injects (through a wrapper the config defines) are served; other paths stay missing', async () => {
  assert.deepEqual(await siteFindings('no-missing-files', files()), ['src/content/docs/start.md:5:52 no-missing-files', 'src/content/docs/start.md:5:70 no-missing-files']);
});

test('starlight: an integration postlint does not know may inject any route: a path nothing serves is unverifiable', async () => {
  assert.deepEqual(await siteFindings('no-missing-files', files('import blog from "starlight-blog";')), []);
});

test('starlight: the site\'s own integration module serves routes only if it calls injectRoute', async () => {
  const own = (body) => ({...files(), 'astro.config.mjs': config('import shelf from "./shelf.mjs";').replace('blog()', 'shelf()'), 'shelf.mjs': `export default function shelf() { return {name: "shelf", hooks: {${body}}}; }\n`});
  assert.deepEqual(await siteFindings('no-missing-files', own('')), ['src/content/docs/start.md:5:52 no-missing-files', 'src/content/docs/start.md:5:70 no-missing-files']);
  assert.deepEqual(await siteFindings('no-missing-files', own('"astro:config:setup": ({injectRoute}) => injectRoute({pattern: "/shelf", entrypoint: "./s.astro"})')), []);
});

test('starlight (review mend42b): the site\'s own integration whose hook hands its options to a local module that calls injectRoute serves routes; a module none of whose files does stays quiet', async () => {
  const own = (setup) => ({
    ...files(),
    'astro.config.mjs': config('import shelf from "./integrations/shelf.mjs";').replace('blog()', 'shelf()'),
    'integrations/shelf.mjs': 'import {setup} from "./setup.js";\nexport default function shelf() { return {name: "shelf", hooks: {"astro:config:setup": (params) => setup(params)}}; }\n',
    'integrations/setup.ts': `export function setup(params) { ${setup} }\n`,
  });
  assert.deepEqual(await siteFindings('no-missing-files', own('params.injectRoute({pattern: "/shelf", entrypoint: "./s.astro"});')), []);
  assert.deepEqual(await siteFindings('no-missing-files', own('params.logger.info("shelf");')), ['src/content/docs/start.md:5:52 no-missing-files', 'src/content/docs/start.md:5:70 no-missing-files']);
  // A local module postlint cannot find (its file missing) may inject routes too.
  const unread = own('');
  delete unread['integrations/setup.ts'];
  assert.deepEqual(await siteFindings('no-missing-files', unread), []);
});
