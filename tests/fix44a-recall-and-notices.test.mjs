// Round 43's Eleventy recall miss and Astro notice reason (issue 16), asserted by exact rule id,
// line and column, both ways:
// - an Eleventy config's plugin registration commented out is no part of the build: the copies its
//   module would make (arguments postlint cannot read) no longer hide a missing image, and a plugin
//   really registered says so once per site, naming its file;
// - markdown-it-replace-link's `replaceLink` rewrites the links its guards match (those are
//   unverifiable, said once per site); a link no guard matches is checked as written;
// - astro-mermaid injects no route (its source: one `astro:config:setup` hook adding remark/rehype
//   plugins and a page script), so it holds no link back; a glob loader's `generateId` makes the
//   entries' ids in code, so a link to an entry's URL is unverifiable, not missing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {siteFindings} from './rule-helpers.mjs';
import {tempSite, repoRoot} from './helpers.mjs';

const dist = join(repoRoot, 'dist', 'src');
const {run} = await import(join(dist, 'index.js'));
const {linkReplacement, rewritesLink} = await import(join(dist, 'site', 'generators', 'markdown-it-replace-link.js'));
const {localModules} = await import(join(dist, 'site', 'generators', 'config-text.js'));

/** The notices a whole run of one rule gives on a small site. */
async function notices(rule, files) {
  const root = tempSite(files);
  const result = await run({cwd: root, paths: ['.'], offline: true, workers: 0, noConfig: true});
  return (result.notices ?? []).filter((notice) => notice.rule === rule).map((notice) => notice.message);
}

const cachePlugin = 'module.exports = (eleventyConfig, userOptions) => {\n  const options = {cachePath: "_cache", publicImagePath: "assets/cache", ...userOptions};\n  eleventyConfig.addPassthroughCopy({\n    [`${options.cachePath}/images`]: options.publicImagePath,\n  });\n};\n';
const eleventyConfig = (registration) => `// const phrases = require("./plugins/phrases");
module.exports = function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy("src/img");
  eleventyConfig.addPassthroughCopy({"theme/assets": "assets"});
${registration}
  return {dir: {input: "src", output: "_site"}};
};
`;
const post = '---\ntitle: Brewing\n---\n\n# Brewing\n\nSteep it for four minutes.\n\n![Kettle diagram](kettle-diagram.png)\n';
const eleventySite = (registration) => ({'.eleventy.js': eleventyConfig(registration), 'plugins/link-cache/index.js': cachePlugin, 'src/posts/brewing.md': post, 'src/img/logo.png': 'png'});

test('eleventy: a plugin registration commented out copies nothing: a missing image in a post is reported', async () => {
  const commented = '  /*eleventyConfig.addPlugin(require("./plugins/link-cache"), {\n    publicImagePath: "assets/cache",\n  });*/';
  assert.deepEqual(await siteFindings('no-missing-files', eleventySite(commented)), ['src/posts/brewing.md:9:1 no-missing-files']);
  assert.deepEqual(await notices('no-missing-files', eleventySite(commented)), []);
});

test('eleventy: a registered plugin whose passthrough copy postlint cannot read holds the image back, said once naming its file', async () => {
  const registered = '  eleventyConfig.addPlugin(require("./plugins/link-cache"), {publicImagePath: "assets/cache"});';
  assert.deepEqual(await siteFindings('no-missing-files', eleventySite(registered)), []);
  const said = await notices('no-missing-files', eleventySite(registered));
  assert.equal(said.length, 1);
  assert.match(said[0], /^1 relative link to a file the checkout lacks left unreported: plugins\/link-cache\/index\.js copies files with addPassthroughCopy arguments postlint cannot read \(1 call\)/);
});

test('config modules: an import or require in a comment is not followed', () => {
  const root = tempSite({'plugins/a.js': 'module.exports = 1;\n', 'plugins/b.js': 'module.exports = 2;\n', 'plugins/c.js': 'module.exports = 3;\n'});
  const text = '// const a = require("./plugins/a");\n/* require("./plugins/b") */\nconst url = "http://example.org/x"; const c = require("./plugins/c");\n';
  assert.deepEqual(localModules(join(root, 'config.js'), text).map((module) => module.file), [join(root, 'config.js'), join(root, 'plugins', 'c.js')]);
});

const replaceConfig = (replaceLink) => `const markdownIt = require("markdown-it");
module.exports = function (eleventyConfig) {
  let options = {
    html: true,
    replaceLink: ${replaceLink},
  };
  eleventyConfig.setLibrary("md", markdownIt(options).use(require("markdown-it-replace-link")));
  return {dir: {input: "src"}};
};
`;
const guarded = `function (link, env) {
      var mediaLink = /^\\.\\.\\/media\\//;
      if (link && mediaLink.test(link)) {
        return env.site.cdn + "/media/" + link.replace(mediaLink, "");
      } else {
        return link;
      }
    }`;
const replacePost = '# Tea\n\n![Cup](../media/cup.png)\n\n![Pot](teapot.png)\n';

test('eleventy: markdown-it-replace-link rewrites the links its guard matches (unverifiable, said once); another missing image is reported', async () => {
  const files = {'.eleventy.js': replaceConfig(guarded), 'src/posts/tea.md': replacePost};
  assert.deepEqual(await siteFindings('no-missing-files', files), ['src/posts/tea.md:5:1 no-missing-files']);
  const said = await notices('no-missing-files', files);
  assert.equal(said.length, 1);
  assert.match(said[0], /^1 link the site's replaceLink rewrites left unreported: \.eleventy\.js gives markdown-it-replace-link a replaceLink function that rewrites links matching \/\^\\\.\\\.\\\/media\\\/\//);
});

test('eleventy: a replaceLink postlint cannot read may rewrite any Markdown link: nothing missing is reported', async () => {
  for (const unread of ['(link) => link.toLowerCase()', 'function (link) { return link.replace(/\\.md$/, "/"); }', 'rewriteLinks']) {
    assert.deepEqual(await siteFindings('no-missing-files', {'.eleventy.js': replaceConfig(unread), 'src/posts/tea.md': replacePost}), [], unread);
  }
  // Without the plugin, replaceLink in markdown-it's options does nothing: both images are missing.
  const unused = replaceConfig(guarded).replace('.use(require("markdown-it-replace-link"))', '');
  assert.deepEqual(await siteFindings('no-missing-files', {'.eleventy.js': unused, 'src/posts/tea.md': replacePost}), ['src/posts/tea.md:3:1 no-missing-files', 'src/posts/tea.md:5:1 no-missing-files']);
});

test('markdown-it-replace-link: the guard shapes read as data, others not', () => {
  const read = (fn) => linkReplacement([{file: 'config.js', text: `md.use(require("markdown-it-replace-link"), {replaceLink: ${fn}});`}]);
  assert.deepEqual(read('(link) => { if (/^\\/old\\//.test(link)) return "/new/" + link.slice(5); return link; }').guards, [{source: '^\\/old\\/', flags: ''}]);
  assert.deepEqual(read('function (href) { if (/a/i.test(href)) { return "x"; } else if (/b/.test(href)) { return "y"; } return href; }').guards, [{source: 'a', flags: 'i'}, {source: 'b', flags: ''}]);
  // A negated guard, a rewrite of every link, a function that returns nothing for the rest: any link may change.
  for (const fn of ['(link) => { if (!/^http/.test(link)) { return "/x"; } return link; }', '(link) => { return link + "?v=1"; }', '(link) => { if (/a/.test(link)) { return "b"; } }']) {
    assert.equal(read(fn).guards, undefined, fn);
  }
  const replacement = read('(link) => { if (/^\\.\\.\\/img\\//.test(link)) { return "/img/"; } return link; }');
  assert.equal(rewritesLink(replacement, {path: '../img/a.png', kind: 'image'}), true);
  assert.equal(rewritesLink(replacement, {path: 'a.png', kind: 'image'}), false);
  // Raw HTML goes through it only with processHTML.
  assert.equal(rewritesLink(replacement, {path: '../img/a.png', kind: 'html', element: 'img src'}), false);
});

const astroFiles = (integration, loaderExtra) => ({
  'package.json': '{"dependencies":{"astro":"5.0.0"}}',
  'astro.config.mjs': `import {defineConfig} from "astro/config";\n${integration.import}\n\nexport default defineConfig({\n  site: "https://example.org",\n  integrations: [${integration.call}],\n});\n`,
  'src/content.config.ts': `import {glob} from "astro/loaders";\nimport {defineCollection} from "astro:content";\n\nconst blog = defineCollection({\n  loader: glob({\n    pattern: "**/*.md",\n    base: "./src/posts",${loaderExtra}\n  }),\n});\n\nexport const collections = {blog};\n`,
  'src/pages/[...slug].astro': '---\nimport {getCollection, render} from "astro:content";\nexport async function getStaticPaths() {\n  const posts = await getCollection("blog");\n  return posts.map((post) => ({params: {slug: post.id}, props: {post}}));\n}\nconst {post} = Astro.props;\nconst {Content} = await render(post);\n---\n<Content />\n',
  'src/posts/2024/2024-08-19-brewing.md': '---\ntitle: Brewing\n---\n\nSteep it.\n',
  'src/posts/2024/2024-08-20-pouring.md': '---\ntitle: Pouring\n---\n\nAfter [brewing](/2024/08/brewing) and [the old one](/2024/2024-08-19-brewing/), see [nothing](/nowhere/).\n',
});
const mermaid = {import: 'import mermaid from "astro-mermaid";', call: 'mermaid({theme: "forest"})'};

test('astro: astro-mermaid injects no route, so a path nothing serves is missing; an unknown integration still holds it back', async () => {
  assert.deepEqual(await siteFindings('no-missing-files', astroFiles(mermaid, '')), ['src/posts/2024/2024-08-20-pouring.md:5:7 no-missing-files', 'src/posts/2024/2024-08-20-pouring.md:5:85 no-missing-files']);
  const unknown = {import: 'import shelf from "astro-shelf-routes";', call: 'shelf()'};
  assert.deepEqual(await siteFindings('no-missing-files', astroFiles(unknown, '')), []);
  assert.match((await notices('no-missing-files', astroFiles(unknown, '')))[0], /the integration astro-shelf-routes may add routes postlint does not read/);
});

test('astro: a glob loader\'s generateId makes the entry ids in code: a link to an entry\'s URL is unverifiable, said once naming the route', async () => {
  const computed = '\n    generateId: ({entry, data}) => `${entry.slice(0, 4)}/08/${entry.slice(16).replace(/\\.md$/, "")}`,';
  assert.deepEqual(await siteFindings('no-missing-files', astroFiles(mermaid, computed)), []);
  const said = await notices('no-missing-files', astroFiles(mermaid, computed));
  assert.equal(said.length, 1);
  assert.match(said[0], /src\/pages\/\[\.\.\.slug\]\.astro/);
  assert.doesNotMatch(said[0], /astro-mermaid/);
});
