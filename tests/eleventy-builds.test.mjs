// What an Eleventy build makes beyond its input folder's files (src/site/generators/eleventy-builds.ts):
// a second Eleventy run the package.json build runs with another config (npm's `postbuild`
// -> `eleventy --config=demo.config.js`, input demo/, output _site/demo) serves demo/'s pages
// below /demo/, so links there are resolved in demo/ (a page it lacks is still reported); pages a
// plugin in the repository adds with `eleventyConfig.addTemplate("sitemap.11ty.js", …)` are at
// URLs only running code gives, so a link at or below the virtual path's URL is unverifiable.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {findings, postlintJson} from './helpers.mjs';
import {gitRepo} from './git-helpers.mjs';

function check(root) {
  const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: root});
  const unverifiable = json.flatMap((file) => (file.unverifiable ?? []).map(({line, column, url, reason}) => `${file.filePath.slice(root.length + 1)}:${line}:${column} ${url}: ${reason}`)).sort();
  return {findings: findings(json, root).sort(), unverifiable};
}

const plugin = [
  'import {SitemapTemplate, TagsTemplate} from "./templates.js"',
  '',
  'export function demoPlugin(eleventyConfig, options = {}) {',
  '  eleventyConfig.addTemplate("_includes/layouts/base.njk", "<main>{{ content }}</main>")',
  '  if (options.sitemap) eleventyConfig.addTemplate("sitemap.11ty.js", new SitemapTemplate())',
  '  if (options.tags) eleventyConfig.addTemplate("tags.11ty.js", new TagsTemplate())',
  '}',
  '',
].join('\n');

const project = {
  'package.json': JSON.stringify({
    name: 'demo-docs',
    private: true,
    type: 'module',
    scripts: {build: 'eleventy', postbuild: 'npm run build:demo', 'build:demo': 'eleventy --config=demo.config.js'},
  }, null, 2),
  'eleventy.config.js': [
    'import {demoPlugin} from "./lib/plugin.js"',
    '',
    'export default function (eleventyConfig) {',
    '  eleventyConfig.addPlugin(demoPlugin, {sitemap: true})',
    '  return {dir: {input: "docs"}}',
    '}',
    '',
  ].join('\n'),
  'demo.config.js': [
    'import {demoPlugin} from "./lib/plugin.js"',
    '',
    'export default function (eleventyConfig) {',
    '  eleventyConfig.addPlugin(demoPlugin, {tags: true})',
    '  return {dir: {input: "demo", output: "_site/demo"}, pathPrefix: "/demo/"}',
    '}',
    '',
  ].join('\n'),
  'lib/plugin.js': plugin,
  'lib/templates.js': 'export class SitemapTemplate {}\nexport class TagsTemplate {}\n',
  'docs/index.md': '---\ntitle: Docs\n---\n\nWelcome to the docs.\n',
  'docs/guide.md': [
    '---',
    'title: Guide',
    '---',
    '',
    'See [the forms](/demo/forms) and [the demo](/demo/) and [a tag](/demo/tags/news/).',
    '',
    'Browse [the sitemap](/sitemap) or [the base](/base/).',
    '',
    'Not there: [demo gone](/demo/nowhere) and [gone](/nowhere).',
    '',
  ].join('\n'),
  'demo/index.md': '---\ntitle: Demo\ntags: news\n---\n\nA demo service.\n',
  'demo/forms.md': '---\ntitle: Forms\n---\n\nBack [home](/) or to [nothing](/nothing).\n',
};

test('Eleventy: a second run of the build (another --config) serves its input below its output folder; what it lacks is still reported', () => {
  const {findings: found, unverifiable} = check(gitRepo(project));
  assert.deepEqual(found, [
    // A layout added as a virtual template is no page; a link outside every virtual template's URL is checked.
    'docs/guide.md:7:35 no-missing-files',
    'docs/guide.md:9:12 no-missing-files',
    'docs/guide.md:9:43 no-missing-files',
    // demo/'s pages are the demo run's: their site-root links are read in it.
    'demo/forms.md:5:22 no-missing-files',
  ].sort());
  // The demo run's tags page and the main run's sitemap are virtual templates' pages.
  assert.deepEqual(unverifiable, [
    'docs/guide.md:5:57 /demo/tags/news/: a page Eleventy may write from a virtual template (addTemplate("tags.11ty.js") in lib/plugin.js), whose URL only running the code gives',
    'docs/guide.md:7:8 /sitemap: a page Eleventy may write from a virtual template (addTemplate("sitemap.11ty.js") in lib/plugin.js), whose URL only running the code gives',
  ]);
});

test('Eleventy: without the run that builds demo/, links into /demo/ are missing', () => {
  const scripts = {build: 'eleventy', 'dev:demo': 'eleventy --serve --config=demo.config.js'};
  const {findings: found} = check(gitRepo({...project, 'package.json': JSON.stringify({name: 'demo-docs', private: true, type: 'module', scripts}, null, 2)}));
  assert.deepEqual(found, [
    'docs/guide.md:5:5 no-missing-files',
    'docs/guide.md:5:34 no-missing-files',
    'docs/guide.md:5:57 no-missing-files',
    'docs/guide.md:7:35 no-missing-files',
    'docs/guide.md:9:12 no-missing-files',
    'docs/guide.md:9:43 no-missing-files',
  ].sort());
});

test('Eleventy: a virtual template added by a computed path, or by no plugin the config imports, answers nothing', () => {
  const computed = plugin.replace('"sitemap.11ty.js"', 'options.sitemapPath');
  const {findings: found} = check(gitRepo({...project, 'lib/plugin.js': computed}));
  assert.ok(found.includes('docs/guide.md:7:8 no-missing-files'), found.join('\n'));
  assert.ok(!found.some((line) => line.startsWith('docs/guide.md:5:')), found.join('\n'));
});
