import {test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {lintSite, ruleFindings, ruleMessages, siteFindings} from './rule-helpers.mjs';
import {postlint, tempSite} from './helpers.mjs';
import {lintRule} from 'postlint/testing';

const rule = 'front-matter';

test('front-matter flags syntax errors, missing fields, unreadable dates, wrong types and empty titles at their lines', async () => {
  assert.deepEqual(await ruleFindings(rule, ['front-matter/fail']), [
    'front-matter/fail/bad-values.md:2:1 front-matter', // title: "  "
    'front-matter/fail/bad-values.md:3:1 front-matter', // date: 2024-02-30
    'front-matter/fail/bad-values.md:4:1 front-matter', // lastmod: last Tuesday
    'front-matter/fail/missing-fields.md:1:1 front-matter', // no date
    'front-matter/fail/missing-fields.md:1:1 front-matter', // no title
    'front-matter/fail/toml-syntax.md:2:18 front-matter',
    'front-matter/fail/wrong-types.md:2:1 front-matter', // title: 2024
    'front-matter/fail/wrong-types.md:4:1 front-matter', // draft: "no"
    'front-matter/fail/wrong-types.md:5:1 front-matter', // tags: a map
    'front-matter/fail/yaml-syntax.md:2:8 front-matter',
  ]);
  const messages = await ruleMessages(rule, ['front-matter/fail/bad-values.md', 'front-matter/fail/wrong-types.md']);
  assert.deepEqual(messages.map((m) => m.message.split(';')[0]), [
    'Title is empty',
    '"date" is not a date generators can read ("2024-02-30")',
    '"lastmod" is not a date generators can read ("last Tuesday")',
    '"title" should be a string, not a number (2024)',
    '"draft" should be a boolean, not a string ("no")',
    '"tags" should be an array or a string, not an object ({"python":true})',
  ]);
});

test('front-matter passes complete YAML and TOML, Jekyll file-name dates, section pages and files without front matter', async () => {
  assert.deepEqual(await ruleFindings(rule, ['front-matter/pass']), []);
});

test('front-matter options: required fields, types, and requireFrontMatter', async () => {
  const {rows, messages} = await lintSite(rule, {
    'a.md': '---\ntitle: A\ndate: 2024-01-01\nweight: "3"\n---\n\nText.\n',
    'b.md': '# No front matter\n\nText.\n',
  }, {severity: 'error', options: {required: ['title', 'author'], types: {weight: 'number'}, requireFrontMatter: true}});
  assert.deepEqual(rows, ['a.md:1:1 front-matter', 'a.md:4:1 front-matter', 'b.md:1:1 front-matter']);
  assert.match(messages[0].message, /no "author" field/);
  assert.match(messages[2].message, /^File has no front matter/);
});

test('front-matter rejects a bad types option as a usage error', async () => {
  const root = tempSite({'a.md': '---\ntitle: A\n---\n'});
  writeFileSync(join(root, '.postlintrc.json'), JSON.stringify({rules: {[rule]: ['error', {types: {weight: 'integer'}}]}}));
  const {code, stderr} = postlint(['.'], {cwd: root});
  assert.equal(code, 2);
  assert.match(stderr, /front-matter/);
});

test('front-matter: Hugo reads front-matter keys without regard to case (Title:, Draft:); Jekyll does not', async () => {
  const hugo = {
    'hugo.toml': 'baseURL = "https://example.org/"\n',
    'content/post/a.md': '---\nTitle: How I Blog\ndate: 2009-10-07\n---\n\nText.\n',
    'content/post/b.md': '---\nDraft: true\nTitle: Secret\ndate: 2009-10-07\n---\n\nText.\n',
    'content/post/c.md': '---\ndate: 2009-10-07\n---\n\nText.\n',
  };
  assert.deepEqual(await siteFindings(rule, hugo), ['content/post/c.md:1:1 front-matter']);
  assert.deepEqual(await siteFindings('no-drafts', hugo), ['content/post/b.md:2:1 no-drafts']);
  const jekyll = {'_config.yml': 'title: Blog\n', '_posts/2009-10-07-a.md': '---\nTitle: How I Blog\nlayout: post\n---\n\nText.\n'};
  assert.deepEqual(await siteFindings(rule, jekyll), []);
  assert.deepEqual(await siteFindings('no-drafts', jekyll), []);
});

// Issue 16's front-matter classes: files the site never builds, and titles a generator takes from elsewhere.
test('front-matter: files the site never builds need no page fields; a title the generator takes from a heading or the file name is no missing title', async () => {
  const hugo = await lintRule({
    rule,
    files: {
      'hugo.toml': 'baseURL = "https://example.org/"\n',
      'archetypes/default.md': '---\ntitle: "{{ replace .Name "-" " " | title }}"\ndate: {{ .Date }}\n---\n',
      '.github/ISSUE_TEMPLATE/bug.md': "---\nname: Bug\ntitle: ''\nlabels: bug\n---\n\nWhat happened?\n",
      'README.md': '---\nlayout: none\n---\n\n# The site\n',
      'content/posts/headless/index.md': '---\nheadless: true\n---\n\nParts for other pages.\n',
      'content/posts/untitled.md': '---\ndate: 2024-01-01\n---\n\n# A heading is no title to Hugo\n',
    },
  });
  assert.deepEqual(hugo.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`), ['content/posts/untitled.md:1:1 front-matter']);
  const mkdocs = await lintRule({
    rule,
    files: {
      'mkdocs.yml': 'site_name: Docs\n',
      'docs/index.md': '---\ntags: [start]\n---\n\n# Welcome\n',
      'docs/setup.md': '---\nsearch:\n  boost: 2\n---\n\nNo heading: the file name is the title.\n',
    },
  });
  assert.deepEqual(mkdocs.findings, []);
  const docusaurus = await lintRule({
    rule,
    files: {
      'docusaurus.config.js': 'module.exports = {title: "Docs", presets: [["classic", {docs: {}}]]};\n',
      'docs/intro.md': '---\nsidebar_position: 1\n---\n\n# Introduction\n',
    },
  });
  assert.deepEqual(docusaurus.findings, []);
});

test('front-matter: a page written as something other than an HTML document (Hugo url: index.json or outputs [json], Jekyll or Eleventy permalink: feed.xml) needs no title; an HTML page still does', async () => {
  const hugo = {
    'hugo.toml': 'baseURL = "https://example.org/"\n',
    'content/search-index.md': '---\ntype: search-index\nurl: index.json\n---\n',
    'content/data.md': '---\noutputs: [json]\n---\n',
    'content/about.md': '---\nurl: /about/\n---\n\nAbout us.\n',
    'content/both.md': '---\noutputs: [html, json]\n---\n\nBoth.\n',
  };
  assert.deepEqual(await siteFindings(rule, hugo), ['content/about.md:1:1 front-matter', 'content/both.md:1:1 front-matter']);
  const jekyll = {
    '_config.yml': 'title: Site\n',
    'feed.md': '---\npermalink: /feed.xml\n---\n',
    'page.md': '---\npermalink: /page/\n---\n\nA page.\n',
  };
  assert.deepEqual(await siteFindings(rule, jekyll, {options: {required: ['title']}, config: {site: {guard: false}}}), ['page.md:1:1 front-matter']);
  const eleventy = {
    'eleventy.config.js': 'export default function () {}\n',
    'feed.md': '---\npermalink: feed.xml\n---\n',
    'page.md': '---\npermalink: /page/\n---\n\nA page.\n',
  };
  // Eleventy takes a title from data files or the layout: a field the user asks for shows the difference.
  assert.deepEqual(await siteFindings(rule, eleventy, {options: {required: ['author']}, config: {site: {guard: false}}}), ['page.md:1:1 front-matter']);
});

test('front-matter: a tab starting a line inside a flow sequence is white space to Psych (Jekyll), js-yaml (Docusaurus) and Hugo\'s Go readers (goccy/go-yaml, go-yaml v2)', async () => {
  const block = '---\ntitle: Tabs\nrelated: [\n\t"One post",\n\t"Another"\n]\n---\n\nText.\n';
  assert.deepEqual(await siteFindings(rule, {'_config.yml': 'title: Site\n', 'page.md': block}), []);
  assert.deepEqual(await siteFindings(rule, {'docusaurus.config.js': "module.exports = {url: 'https://example.org', baseUrl: '/'};\n", 'docs/page.md': block}), []);
  assert.deepEqual(await siteFindings(rule, {'hugo.toml': 'baseURL = "https://example.org/"\n', 'content/page.md': block}), []);
  // A tab as block indentation is an error to every reader.
  assert.deepEqual(await siteFindings(rule, {'_config.yml': 'title: Site\n', 'page.md': '---\ntitle: Tabs\nmenu:\n\tmain: 1\n---\n'}), ['page.md:4:1 front-matter']);
});

test('front-matter: a key given twice where the generator keeps the last one (Jekyll\'s Psych) counts for every rule at the repeat\'s line; where it refuses the block (Docusaurus\'s js-yaml), no field counts', async () => {
  const page = '---\ntitle: A page\npublished: true\npublished: false\n---\n\nText.\n';
  const jekyll = {'_config.yml': 'title: Site\n', 'page.md': page};
  assert.deepEqual(await siteFindings(rule, jekyll), ['page.md:4:1 front-matter']);
  assert.deepEqual(await siteFindings('no-drafts', jekyll), ['page.md:4:1 no-drafts']);
  const docusaurus = {'docusaurus.config.js': "module.exports = {url: 'https://example.org', baseUrl: '/'};\n", 'docs/page.md': page.replace(/published/g, 'draft')};
  assert.deepEqual(await siteFindings(rule, docusaurus), ['docs/page.md:4:1 front-matter']);
  assert.deepEqual(await siteFindings('no-drafts', docusaurus), []);
});
