import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ruleFindings} from './rule-helpers.mjs';

// eleventy-plugin-page-assets copies the assets beside a covered template into its page's output
// folder, whatever the permalink computes (here `eleventyComputed.permalink`): a relative image on
// such a page is the file beside the template. One that is there is found; one that is not is missing.
test('eleventy: a page asset the page-assets plugin would copy is read beside the template, found or missing', async () => {
  assert.deepEqual(await ruleFindings('no-missing-files', ['generators/eleventy-page-assets']), [
    // A passthrough copy whose key is a template literal of the config's constants (`[`${rootDir}/img`]`) is read:
    // a page it does not cover is no longer left unverifiable.
    'generators/eleventy-page-assets/src/about.md:8:1 no-missing-files',
    'generators/eleventy-page-assets/src/posts/first-chart/index.md:11:1 no-missing-files',
  ]);
});

// A config that never calls setLibrary('md') may add a local plugin module that does: its
// markdown-it-anchor (options in a variable, npm slugify with literal options) gives the heading ids.
test('eleventy: heading ids from a Markdown library a local plugin module builds', async () => {
  assert.deepEqual(await ruleFindings('no-broken-anchors', ['generators/eleventy-plugin-library']), [
    'generators/eleventy-plugin-library/src/guides/setup.md:7:57 no-broken-anchors',
  ]);
});

// markdown-it-anchor's slugify named by a CommonJS binding (`const {slugifyHeading} = require('./lib/slug.js')`)
// is followed to `module.exports = {slugifyHeading}` and its one call of npm slugify with literal options.
test('eleventy: a slugify function from a CommonJS module gives the heading ids', async () => {
  assert.deepEqual(await ruleFindings('no-broken-anchors', ['generators/eleventy-cjs-slugify']), [
    'generators/eleventy-cjs-slugify/src/release.md:7:34 no-broken-anchors',
  ]);
});

// In MDX, a component imported from a package the project depends on reads its own props: astro-cloudinary's
// `<CldImage src="blog/demo-clip">` is a Cloudinary public id, no path. astro:assets' `<Image>` and a plain
// `<img>` name files: a missing one is still reported.
test('astro: a package component\'s src is no link; astro:assets Image and img still are', async () => {
  assert.deepEqual(await ruleFindings('no-missing-files', ['generators/astro-package-components']), [
    'generators/astro-package-components/src/content/blog/demo.mdx:13:8 no-missing-files',
    'generators/astro-package-components/src/content/blog/demo.mdx:15:6 no-missing-files',
  ]);
});

// markdown-it-anchor slugs the heading after markdown-it's typographer (its core rule is pushed after
// `replacements` and `smartquotes`): with `typographer: true`, `Don't Panic -- Yet` is `don’t-panic-–-yet`.
test('eleventy: heading ids after markdown-it\'s typographer', async () => {
  const {siteFindings} = await import('./rule-helpers.mjs');
  const config = [
    "const markdownIt = require('markdown-it');",
    "const markdownItAnchor = require('markdown-it-anchor');",
    'module.exports = (eleventyConfig) => {',
    "  eleventyConfig.setLibrary('md', markdownIt({html: true, typographer: true}).use(markdownItAnchor));",
    "  return {dir: {input: 'src'}};",
    '};',
    '',
  ].join('\n');
  const page = "---\ntitle: Guide\n---\n\n## Don't Panic -- Yet\n\n[Typeset](#don’t-panic-–-yet), [escaped](#don%E2%80%99t-panic-%E2%80%93-yet) and [plain](#don't-panic----yet).\n";
  assert.deepEqual(await siteFindings('no-broken-anchors', {'.eleventy.js': config, 'src/guide.md': page}), ['src/guide.md:7:82 no-broken-anchors']);
  // Without the typographer the plain id is the heading's.
  assert.deepEqual(await siteFindings('no-broken-anchors', {'.eleventy.js': config.replace('typographer: true', 'typographer: false'), 'src/guide.md': page}), [
    'src/guide.md:7:1 no-broken-anchors',
    'src/guide.md:7:32 no-broken-anchors',
  ]);
});

// Only a bare name (`guides/intro-clip`: no extension, no slash at the end, no `/`, `./`, scheme) in a
// package component's src/href is the package's own: Starlight's `<LinkCard href>` from
// `@astrojs/starlight/components` (a package the site depends on) is a link to a page, and a missing
// page is reported, root-relative or relative; the one that exists is not.
test('starlight: a package component\'s href written as a path is a link: a missing page behind a LinkCard is reported', async () => {
  assert.deepEqual(await ruleFindings('no-missing-files', ['generators/starlight-package-components']), [
    'generators/starlight-package-components/src/content/docs/guides/intro.mdx:10:27 no-missing-files',
    'generators/starlight-package-components/src/content/docs/guides/intro.mdx:13:39 no-missing-files',
  ]);
});

// One tag of many bare-valued attributes of a package component: the tag each belongs to is found by
// one forward scan, not by a look back over every earlier attribute (cost 4× on 4×).
test('mdx: the tag of a package component\'s attributes is found in linear time', async () => {
  const {mkdtempSync, writeFileSync} = await import('node:fs');
  const {tmpdir} = await import('node:os');
  const {join} = await import('node:path');
  const {unified} = await import('unified');
  const {default: remarkParse} = await import('remark-parse');
  const {VFile} = await import('vfile');
  const {extractFacts} = await import('../dist/src/facts.js');
  const {assertLinearGrowth} = await import('./growth.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'postlint-package-tag-'));
  writeFileSync(join(dir, 'package.json'), '{"dependencies": {"astro-cloudinary": "^1.3.0"}}\n');
  const path = join(dir, 'p.mdx');
  const page = (n) => `import { CldImage } from 'astro-cloudinary';\n\n<CldImage${' src="a/b"'.repeat(n)} />\n\n<img src="./c.png">\n`;
  const facts = (text) => {
    const file = new VFile({path, value: text});
    file.data.mdx = true;
    return extractFacts(unified().use(remarkParse).parse(text), file, undefined, path);
  };
  assert.deepEqual(facts(page(3)).links.map((link) => link.url), ['./c.png']);
  assertLinearGrowth('package component attributes', facts, page, 2000);
});

// markdown-it's smartquotes slices the string at every quote and walks its stack back for a quote of the
// same kind; the port keeps an array and a stack per kind: a heading of many apostrophes, or of many
// open double quotes then many closing single ones, costs 4× on 4×.
test('eleventy: the typographer port reads a heading of many quotes in linear time', async () => {
  const {typographerText} = await import('../dist/src/site/slug/typographer.js');
  const {assertLinearGrowth} = await import('./growth.mjs');
  assert.equal(typographerText('"Don\'t" -- \'panic\'...'), '“Don’t” – ‘panic’…');
  assertLinearGrowth('apostrophes', typographerText, (n) => "a'".repeat(n), 5000);
  assertLinearGrowth('unmatched kinds', typographerText, (n) => `${'"a '.repeat(n)}${"a' ".repeat(n)}`, 5000);
});
