// Eleventy pages made by templates (`.njk`, `.html`, `.11ty.js`, pagination, tag pages) as link
// targets: a URL a template writes is found; one its template code may write is unverifiable with
// the template named; one nothing writes is still missing. Files .eleventyignore lists are never
// built, so not checked. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {findings, postlint, postlintJson, tempSite} from './helpers.mjs';

const page = [
  '# Links',
  '',
  '[Home](/), [features](/features), [a feature](/features/weak-refs/), [about](/about/).',
  '',
  '[Feed](/feed.xml), [tag](/blog/tags/intl/), [page two](/archive/2/).',
  '',
  '[Wrong tag folder](/blog/tagz/intl/) and [nothing](/nothing/).',
  '',
].join('\n');

const site = {
  'eleventy.config.js': 'export default function (config) { config.addPassthroughCopy("img"); }\n',
  '.eleventyignore': '**/_*.md\n',
  'index.njk': '---\nlayout: base.njk\n---\n<h1>Home</h1>\n',
  'features.njk': '---\npermalink: /features/\n---\n<h1>Features</h1>\n',
  'features/weak-refs.md': '# Weak references\n\nText.\n',
  'about.html': '<h1>About</h1>\n',
  'feed.11ty.js': 'export default class {\n  data() {\n    return {permalink: "/feed.xml"};\n  }\n  render() { return ""; }\n}\n',
  'blog/tag.njk': '---\npagination:\n  data: collections\n  size: 1\n  alias: tag\npermalink: /blog/tags/{{ tag | slug }}/\n---\n<h1>{{ tag }}</h1>\n',
  'archive.njk': '---\npagination:\n  data: collections.posts\n  size: 10\n---\n<h1>Archive</h1>\n',
  'links.md': page,
  'features/_unfinished.md': '# Notes\n\n[Broken](/does-not-exist/) and ![missing](/img/none.png).\n',
};

test('eleventy: URLs templates write are pages; URLs template code may write are unverifiable; others are missing', () => {
  const root = tempSite(site, 'postlint-eleventy-');
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root});
  assert.deepEqual(findings(json, root).filter((row) => !/spelling|brand-casing/.test(row)).sort(), [
    'links.md:7:1 no-missing-files',
    'links.md:7:42 no-missing-files',
  ]);
  const links = json.find((file) => file.filePath.endsWith('links.md'));
  assert.deepEqual(links.unverifiable.map(({line, column, url, reason}) => `${line}:${column} ${url}: ${reason}`), [
    '5:20 /blog/tags/intl/: no page has that URL, but blog/tag.njk writes URLs from template code (permalink "/blog/tags/{{ tag | slug }}/")',
    '5:45 /archive/2/: no page has that URL, but archive.njk paginates at /archive/<n>/',
  ]);
});

test('eleventy: a file .eleventyignore lists is never built: left out, as --verbose says', () => {
  const root = tempSite(site, 'postlint-eleventy-');
  const {stderr} = postlint(['--offline', '--no-config', '--no-cache', '--verbose', '.'], {cwd: root});
  assert.match(stderr, /1 file left out: the site never builds them \(features\/_unfinished\.md: Eleventy ignores it/);
});

// A Markdown page's own front-matter permalink with template code (pagination over data: one page per
// item) is unknown only in its template code: its literal parts bound the URLs, as a template's do.
const paginated = {
  'eleventy.config.js': 'export default function () { return {dir: {input: "src"}}; }\n',
  'src/tools/hammer.md': '# Hammer\n\nText.\n',
  'src/parts/part.md': '---\npagination:\n  data: parts\n  size: 1\npermalink: "parts/{{ pagination.items[0].name | slugify }}/index.html"\n---\n## Name\n\nText.\n',
  'src/links.md': '# Links\n\n[Hammer](/tools/hammer), [a part](/parts/bolt/).\n\n[Hammers](/tools/hammers) and [no page](/nails/).\n',
};

// The paginated page's own permalink, as `permalink` or as `eleventyComputed.permalink`.
const bounded = [
  ['permalink', 'permalink: "parts/{{ pagination.items[0].name | slugify }}/index.html"'],
  ['eleventyComputed permalink', 'eleventyComputed:\n  permalink: "parts/{{ pagination.items[0].name | slugify }}/index.html"'],
];

for (const [key, setting] of bounded) {
  test(`eleventy: a Markdown page whose ${key} template code writes bounds its URLs; a link outside them is missing`, () => {
    const root = tempSite({...paginated, 'src/parts/part.md': `---\npagination:\n  data: parts\n  size: 1\n${setting}\n---\n## Name\n\nText.\n`}, 'postlint-eleventy-');
    const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root});
    assert.deepEqual(findings(json, root).filter((row) => !/spelling|brand-casing/.test(row)).sort(), [
      'src/links.md:5:1 no-missing-files',
      'src/links.md:5:31 no-missing-files',
    ]);
    const links = json.find((file) => file.filePath.endsWith('links.md'));
    assert.deepEqual(links.unverifiable.map(({line, column, url, reason}) => `${line}:${column} ${url}: ${reason}`), [
      '3:26 /parts/bolt/: no page has that URL, but parts/part.md writes URLs from template code (permalink "parts/{{ pagination.items[0].name | slugify }}/index.html")',
    ]);
  });
}

test('eleventy: a Markdown page\'s eleventyComputed permalink wins over its permalink: one with no literal part leaves every missed URL unverifiable', () => {
  const root = tempSite({...paginated, 'src/parts/part.md': '---\neleventyComputed:\n  permalink: "{{ name }}/"\npermalink: "parts/{{ name }}/"\n---\n## Name\n\nText.\n'}, 'postlint-eleventy-');
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root});
  assert.deepEqual(findings(json, root).filter((row) => !/spelling|brand-casing/.test(row)), []);
  const links = json.find((file) => file.filePath.endsWith('links.md'));
  assert.deepEqual(links.unverifiable.map(({line, column, url}) => `${line}:${column} ${url}`), ['3:26 /parts/bolt/', '5:1 /tools/hammers', '5:31 /nails/']);
  assert.match(links.unverifiable[0].reason, /parts\/part\.md writes URLs from template code \(permalink "\{\{ name \}\}\/"\)/);
});

// `eleventyComputed.permalink` in a page's front matter sets its URL as `permalink` does, and wins
// over it (11ty/eleventy src/Template.js `_getLink`; test/TemplateTest-ComputedData.js "eleventyComputed
// permalink": page.url is the computed one): the page is not at its file name's URL.
const computed = {
  'eleventy.config.js': 'export default function () { return {dir: {input: "src"}}; }\n',
  'src/guides/hammer.md': '# Hammer\n\nText.\n',
  'src/nails.md': '# Nails\n\nText.\n',
  'src/raw.md': '---\neleventyComputed:\n  permalink: "/guides/raw/"\n---\n# Raw\n\n[Hammer](../hammer/) and [nails](../nails/).\n',
  'src/links.md': '# Links\n\n[Raw](/guides/raw/) and [old raw](/raw/).\n',
};

test('eleventy: a Markdown page\'s eleventyComputed permalink is its URL, for links to it and its relative links', () => {
  const root = tempSite(computed, 'postlint-eleventy-');
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root});
  assert.deepEqual(findings(json, root).filter((row) => !/spelling|brand-casing/.test(row)).sort(), [
    'src/links.md:3:25 no-missing-files',
    'src/raw.md:7:26 no-missing-files',
  ]);
});
