// Eleventy builds only what is below its input folder (dir.input, however the config sets it): an
// old copy of the site or notes beside it are left out, not checked, while the README and the other
// files a forge shows stay checked. And a file a template writes at its permalink (search.json from
// a .njk, a .liquid, a .11ty.js, a .md) is a link target like a page. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {findings, postlint, postlintJson, tempSite} from './helpers.mjs';

const typo = 'We recieve mail.\n';

const archived = {
  'eleventy.config.js': 'module.exports = function (eleventyConfig) {\n  return {dir: {input: "src/site", output: "dist"}};\n};\n',
  'src/site/blog/post.md': `# Post\n\n${typo}`,
  'old/site/blog/post.md': `# Post\n\n${typo}`,
  'notes/idea.md': `# Idea\n\n${typo}`,
  'README.md': `# Site\n\n${typo}`,
  '.github/ISSUE_TEMPLATE/bug.md': `# Bug\n\n${typo}`,
};

test('eleventy: files outside dir.input are never built: left out; the page, README and .github/ files are checked', () => {
  const root = tempSite(archived, 'postlint-eleventy-input-');
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root});
  assert.deepEqual(findings(json, root).sort(), [
    '.github/ISSUE_TEMPLATE/bug.md:3:4 spelling',
    'README.md:3:4 spelling',
    'src/site/blog/post.md:3:4 spelling',
  ]);
  const {stderr} = postlint(['--offline', '--no-config', '--no-cache', '--verbose', '.'], {cwd: root});
  assert.match(stderr, /2 files left out: the site never builds them \(notes\/idea\.md: it is outside Eleventy's input folder \(dir\.input "src\/site"\)/);
});

test('eleventy: an input folder set by setInputDirectory is honoured; one computed in code leaves everything checked', () => {
  const api = tempSite({...archived, 'eleventy.config.js': 'export default function (eleventyConfig) {\n  eleventyConfig.setInputDirectory("src/site");\n}\n'}, 'postlint-eleventy-input-');
  assert.deepEqual(findings(postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: api}).json, api).filter((row) => row.startsWith('old/') || row.startsWith('notes/')), []);
  const computed = tempSite({...archived, 'eleventy.config.js': 'export const config = {dir: {input: process.env.INPUT}};\n'}, 'postlint-eleventy-input-');
  assert.deepEqual(findings(postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: computed}).json, computed).filter((row) => row.startsWith('old/') || row.startsWith('notes/')).sort(), [
    'notes/idea.md:3:4 spelling',
    'old/site/blog/post.md:3:4 spelling',
  ]);
});

const outputs = {
  'eleventy.config.js': 'export const config = {dir: {input: "src"}};\n',
  'src/search-index.njk': '---\npermalink: search.json\n---\n{"pages": []}\n',
  'src/feed.liquid': '---\npermalink: /feeds/all.txt\n---\n{{ site.title }}\n',
  'src/data.11ty.js': 'export default class {\n  data() {\n    return {permalink: "/api/data.csv"};\n  }\n  render() { return ""; }\n}\n',
  'src/robots.md': '---\npermalink: /robots.txt\n---\nUser-agent: *\n',
  'src/tags.njk': '---\npagination:\n  data: collections\n  size: 1\n  alias: tag\npermalink: /tags/{{ tag }}.json\n---\n[]\n',
  'src/links.md': [
    '# Links',
    '',
    '[Index](/search.json), [feed](/feeds/all.txt), [data](/api/data.csv), [robots](/robots.txt).',
    '',
    '[A tag](/tags/eleventy.json).',
    '',
    '[Missing](/missing.json) and ![missing image](/img/none.png).',
    '',
  ].join('\n'),
};

test('eleventy: a file a template writes at its permalink is found; one its template code may write is unverifiable; others are missing', () => {
  const root = tempSite(outputs, 'postlint-eleventy-outputs-');
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root});
  assert.deepEqual(findings(json, root).sort(), ['src/links.md:7:1 no-missing-files', 'src/links.md:7:30 no-missing-files']);
  const links = json.find((file) => file.filePath.endsWith('links.md'));
  assert.deepEqual(links.unverifiable.map(({line, column, url, reason}) => `${line}:${column} ${url}: ${reason}`), [
    '5:1 /tags/eleventy.json: no page has that URL, but tags.njk writes URLs from template code (permalink "/tags/{{ tag }}.json")',
  ]);
});

test('eleventy: with a template whose permalink is computed in JavaScript, a missing text file is unverifiable, a missing image still missing', () => {
  const root = tempSite({...outputs, 'src/computed.11ty.js': 'export default {\n  permalink: (data) => `/${data.name}.json`,\n  render() { return ""; },\n};\n'}, 'postlint-eleventy-outputs-');
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root});
  assert.deepEqual(findings(json, root).sort(), ['src/links.md:7:30 no-missing-files']);
  const links = json.find((file) => file.filePath.endsWith('links.md'));
  assert.ok(links.unverifiable.some(({line, column, reason}) => line === 7 && column === 1 && /compute their permalink in code \(computed\.11ty\.js\)/.test(reason)));
});
