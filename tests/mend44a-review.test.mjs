// Review of fix44a (markdown-it-replace-link read as data, Astro glob `generateId`), asserted by exact
// rule id, line and column, each case one the branch got wrong:
// - with `processHTML`, the plugin hands only `<a href>` and `<img src>` of raw HTML to replaceLink
//   (replaceNodes in martinheidegger/markdown-it-replace-link index.js): another element's missing
//   file is still reported; and `processHTML` is on whenever its value may be truthy (`opts.processHTML ||
//   false`): a value of code (`process.env.X !== "off"`) or a spread of other options may turn it on;
// - a one-statement branch ends at its line's end too (no semicolons, as the plugin's own README
//   writes): the next branch's guard is not swallowed into it, so a link that guard rewrites is
//   held back, not reported;
// - an Astro glob loader's `generateId` is an option of the code: one in a comment makes no ids
//   (the default ids stand, and a link nothing serves is reported), one given as a shorthand
//   property (`generateId,`) does (a link to an entry's computed URL is no finding);
// - the replaceLink function is found in time linear in the config's length, however its brackets
//   are left open (a `[^)]*` after an optional identifier backtracked quadratically);
// - config modules are read without their comments (localModules, since fix44a, for every generator)
//   in time linear in their length, however many `/` they hold (each division or regex literal read
//   back into the whole output so far, which the string's concatenation had to flatten).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {siteFindings} from './rule-helpers.mjs';
import {repoRoot} from './helpers.mjs';

const {linkReplacement} = await import(join(repoRoot, 'dist', 'src', 'site', 'generators', 'markdown-it-replace-link.js'));
const {withoutComments} = await import(join(repoRoot, 'dist', 'src', 'site', 'generators', 'js-source.js'));

/** An Eleventy config whose markdown-it runs markdown-it-replace-link with these options. */
const replaceConfig = (options) => `const markdownIt = require("markdown-it");
module.exports = function (eleventyConfig) {
  eleventyConfig.setLibrary("md", markdownIt({html: true}).use(require("markdown-it-replace-link"), ${options}));
  return {dir: {input: "src"}};
};
`;

test('markdown-it-replace-link with processHTML rewrites raw HTML <a href> and <img src> only: a missing <video src> is reported', async () => {
  const page = '# Tea\n\n<video src="steeping.mp4"></video>\n\n<img src="cup.png">\n\n<a href="leaflet.pdf">leaflet</a>\n';
  const files = {'.eleventy.js': replaceConfig('{processHTML: true, replaceLink: (link) => link.toLowerCase()}'), 'src/posts/tea.md': page};
  assert.deepEqual(await siteFindings('no-missing-files', files), ['src/posts/tea.md:3:8 no-missing-files']);
});

test('markdown-it-replace-link: a one-statement branch without a semicolon does not swallow the next guard', async () => {
  const replaceLink = `function (link) {
    if (/^\\.\\.\\/img\\//.test(link)) return "/img/" + link.slice(7)
    if (/^\\.\\.\\/media\\//.test(link)) return "https://cdn.example.org/media/" + link.slice(9);
    return link
  }`;
  const page = '# Tea\n\n![Cup](../media/cup.png)\n\n![Pot](../img/pot.png)\n\n![Tray](tray.png)\n';
  assert.deepEqual(await siteFindings('no-missing-files', {'.eleventy.js': replaceConfig(`{replaceLink: ${replaceLink}}`), 'src/posts/tea.md': page}), ['src/posts/tea.md:7:1 no-missing-files']);
});

/** An Astro site whose blog collection's glob loader has these extra options, with a catch-all route serving the entries by id. */
const astroFiles = (loaderOptions, before = '') => ({
  'package.json': '{"dependencies":{"astro":"5.0.0"}}',
  'astro.config.mjs': 'import {defineConfig} from "astro/config";\n\nexport default defineConfig({site: "https://example.org"});\n',
  'src/content.config.ts': `import {glob} from "astro/loaders";\nimport {defineCollection} from "astro:content";\n${before}\nconst blog = defineCollection({\n  loader: glob({\n    pattern: "**/*.md",\n    base: "./src/posts",${loaderOptions}\n  }),\n});\n\nexport const collections = {blog};\n`,
  'src/pages/[...slug].astro': '---\nimport {getCollection, render} from "astro:content";\nexport async function getStaticPaths() {\n  const posts = await getCollection("blog");\n  return posts.map((post) => ({params: {slug: post.id}, props: {post}}));\n}\nconst {post} = Astro.props;\nconst {Content} = await render(post);\n---\n<Content />\n',
  'src/posts/2024/2024-08-19-brewing.md': '---\ntitle: Brewing\n---\n\nSteep it.\n',
  'src/posts/2024/2024-08-20-pouring.md': '---\ntitle: Pouring\n---\n\nAfter [brewing](/2024/08/brewing), see [nothing](/nowhere/).\n',
});

test('astro: a generateId in a comment makes no ids: links nothing serves are reported', async () => {
  assert.deepEqual(await siteFindings('no-missing-files', astroFiles('\n    // generateId: ({entry}) => entry.replace(/^(\\d{4})-(\\d{2})-\\d{2}-/, "$1/$2/"),')), ['src/posts/2024/2024-08-20-pouring.md:5:7 no-missing-files', 'src/posts/2024/2024-08-20-pouring.md:5:40 no-missing-files']);
});

test('astro: a generateId given as a shorthand property makes the ids in code: no link is reported', async () => {
  const generateId = 'const generateId = ({entry}) => entry.replace(/\\d{4}-(\\d{2})-\\d{2}-/, "$1/").replace(/\\.md$/, "");\n';
  assert.deepEqual(await siteFindings('no-missing-files', astroFiles('\n    generateId,', generateId)), []);
});

test('markdown-it-replace-link: the replaceLink function is looked for in linear time, its brackets left open (10,000 vs 40,000 characters)', () => {
  const configs = [
    (n) => `md.use(require("markdown-it-replace-link"), {replaceLink: function (${'a'.repeat(n)}`,
    (n) => `md.use(require("markdown-it-replace-link"), {replaceLink: (${'a'.repeat(n)}`,
    (n) => `md.use(require("markdown-it-replace-link"));\n${'replaceLink: function ( '.repeat(n / 25)}`,
  ];
  for (const config of configs) {
    const time = (n) => {
      const text = config(n);
      const start = performance.now();
      // Nothing readable: every link may be rewritten.
      assert.equal(linkReplacement([{file: 'config.js', text}])?.guards, undefined);
      return performance.now() - start;
    };
    time(100);
    const small = time(10000);
    const large = time(40000);
    // 4× the text: about 4× the time when linear, 16× when quadratic (seconds before the fix); slack for a busy machine.
    assert.ok(large < small * 8 + 250, `${config(0)}: 10,000 characters ${small.toFixed(1)} ms, 40,000: ${large.toFixed(1)} ms`);
  }
});

test('withoutComments: a module of many divisions and regex literals is read in linear time (100,000 vs 400,000 characters), comments still left out', () => {
  const modules = [
    (n) => 'const half = width / 2; // a half\n'.repeat(n / 34),
    (n) => 'if (/^\\.\\.\\//.test(link)) link = link.slice(3) /* up */\n'.repeat(n / 50),
  ];
  for (const module of modules) {
    const time = (n) => {
      const text = module(n);
      const start = performance.now();
      const code = withoutComments(text);
      const ms = performance.now() - start;
      assert.doesNotMatch(code, /a half|\/\* up/);
      return ms;
    };
    time(1000);
    const small = time(100000);
    const large = time(400000);
    assert.ok(large < small * 8 + 250, `${module(50).split('\n')[0]}: 100,000 characters ${small.toFixed(1)} ms, 400,000: ${large.toFixed(1)} ms`);
  }
  // What is kept: strings, regex literals (no comment in `/\/\//`), the code either side of a comment.
  assert.equal(withoutComments('a = "//x"; b = /\\/\\//g; /* c */ return /* d */ /[/*]/.test(e) // f\ng'), 'a = "//x"; b = /\\/\\//g;  return  /[/*]/.test(e) \ng');
});

test('markdown-it-replace-link: processHTML set by code may be on: a raw <img> its guard matches is held back, not reported', async () => {
  const replaceLink = '(link) => { if (/^\\.\\.\\/media\\//.test(link)) { return "https://cdn.example.org" + link.slice(2); } return link; }';
  const page = '# Tea\n\n<img src="../media/cup.png">\n\n<img src="../trays/tray.png">\n';
  for (const options of [`{processHTML: process.env.RAW_LINKS !== "off", replaceLink: ${replaceLink}}`, `{...rawLinks, replaceLink: ${replaceLink}}`]) {
    assert.deepEqual(await siteFindings('no-missing-files', {'.eleventy.js': replaceConfig(options), 'src/posts/tea.md': page}), ['src/posts/tea.md:5:6 no-missing-files'], options);
  }
  // Written false, it is off: raw HTML is left as written, and its missing file reported.
  assert.deepEqual(await siteFindings('no-missing-files', {'.eleventy.js': replaceConfig(`{processHTML: false, replaceLink: ${replaceLink}}`), 'src/posts/tea.md': page}), ['src/posts/tea.md:3:6 no-missing-files', 'src/posts/tea.md:5:6 no-missing-files']);
});
