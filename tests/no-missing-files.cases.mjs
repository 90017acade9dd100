import {test} from 'node:test';
import assert from 'node:assert/strict';
import {filesOf, fixture, lintRule, lintSite, ruleFindings, siteFindings} from './rule-helpers.mjs';

const rule = 'no-missing-files';
const hugoPosts = 'no-missing-files/hugo/content/posts';

test('no-missing-files flags missing and wrongly-cased targets in links, images, definitions and HTML', async () => {
  const {rows, messages} = await lintRule(rule, [`${hugoPosts}/links-broken.md`]);
  assert.deepEqual(rows, [
    `${hugoPosts}/links-broken.md:6:1 ${rule}`, // /images/missing.png
    `${hugoPosts}/links-broken.md:6:37 ${rule}`, // /images/Logo.png (is logo.png)
    `${hugoPosts}/links-broken.md:7:5 ${rule}`, // bundle/Cover.png (is cover.png)
    `${hugoPosts}/links-broken.md:7:32 ${rule}`, // no-such-post.md
    `${hugoPosts}/links-broken.md:7:59 ${rule}`, // empty-folder/ (no index file)
    `${hugoPosts}/links-broken.md:8:5 ${rule}`, // /images/team%20photos.png
    `${hugoPosts}/links-broken.md:10:6 ${rule}`, // <img src="images/chart.svg">
    `${hugoPosts}/links-broken.md:12:1 ${rule}`, // [old]: ../files/report.pdf
  ]);
  assert.match(messages[0].message, /^Image target "\/images\/missing\.png" does not exist \(no file under static\/, assets\/ or content\/\)/);
  assert.match(messages[1].message, /^Image target "\/images\/Logo\.png" exists only with different letter case, as \S*static\/images\/logo\.png; .*Linux/);
  assert.match(messages[2].message, /^Link target "bundle\/Cover\.png" exists only with different letter case, as \S*bundle\/cover\.png/);
  assert.match(messages[4].message, /is a folder with no index file/);
  assert.match(messages[5].message, /"\/images\/team photos\.png" does not exist/);
});

test('no-missing-files passes static roots, bundles, index files, encoded names, queries and Hugo page URLs', async () => {
  assert.deepEqual(await ruleFindings(rule, [`${hugoPosts}/links-ok.md`, `${hugoPosts}/bundle`, 'no-missing-files/hugo/content/docs']), []);
});

test('no-missing-files resolves site-root paths against the Jekyll site root and leaves Liquid alone', async () => {
  const {rows, messages: [message]} = await lintRule(rule, ['no-missing-files/jekyll']);
  assert.deepEqual(rows, ['no-missing-files/jekyll/_posts/2024-02-01-diagrams.md:6:45 no-missing-files']);
  assert.match(message.message, /no file under the site root/);
});

test('no-missing-files staticRoots option and the config root for sites without a generator', async () => {
  const files = {
    'public/logo.svg': '<svg/>',
    'docs/page.md': '# Page\n\n![Logo](/logo.svg) ![Gone](/gone.svg)\n',
  };
  // No generator and no root: site-root paths cannot be checked.
  assert.deepEqual(await siteFindings(rule, files), []);
  assert.deepEqual(await siteFindings(rule, files, {config: {root: '.'}, options: {staticRoots: ['public']}}), ['docs/page.md:3:20 no-missing-files']);
});

test('no-missing-files: a relative folder link resolves to README.md; a missing relative .html page is left to the generator', async () => {
  const rows = await siteFindings(rule, {
    'guide/README.md': '# Guide\n\nText.\n',
    'index.md': '# Home\n\n[Guide](guide/) [Generated](archive.html) [Source](about.html) [Gone](gone.md)\n',
    'about.md': '# About\n\nText.\n',
  });
  assert.deepEqual(rows, ['index.md:3:64 no-missing-files']);
});

test('no-missing-files: a base URL path prefix, compiled stylesheets and generated feeds are not missing files', async () => {
  const rows = await siteFindings(rule, {
    'hugo.toml': 'baseURL = "https://example.org/blog/"\n',
    'static/images/x.png': 'png',
    'static/css/site.scss': 'body {}',
    'content/posts/p.md': '---\ntitle: P\ndate: 2024-01-01\n---\n\n![x](/blog/images/x.png) ![y](/images/x.png) [css](/css/site.css) [feed](/index.xml) ![gone](/blog/images/gone.png)\n',
  });
  assert.deepEqual(rows, ['content/posts/p.md:6:86 no-missing-files']);
});

// A URL wrapped in angle brackets inside an HTML attribute (Markdown's `<…>` does not apply there) or
// in parentheses inside `<…>`: browsers read it as a relative path; the message says what it is.
test('no-missing-files: a URL wrapped in other characters is named as such, not as a missing file', async () => {
  const {messages: findings} = await lintSite(rule, {
    'post.md': '# Post\n\n<a href="<https://example.org/course>">the course</a> and [notes](<(https://example.org/a)>).\n\nA [real](missing.md) one.\n',
  });
  const messages = findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`);
  assert.deepEqual(messages, [
    'post.md:3:4 Link target "<https://example.org/course>" is a malformed URL: an absolute URL inside "<…>"; write the URL alone',
    'post.md:3:59 Link target "(https://example.org/a)" is a malformed URL: an absolute URL inside "(…)"; write the URL alone',
    'post.md:5:3 Link target "missing.md" does not exist (no file at missing.md); fix the path or add the file',
  ]);
});

test('no-missing-files: an mdBook site-root link to a chapter without its `.html` (`/guide/setup` for guide/setup.md) is a portability warning naming the URL mdBook writes and the file to link; a link to no chapter is still missing; a repository file\'s missing link names the path GitHub looks at, not a static/ candidate of the site\'s reading', async () => {
  const book = await lintSite('no-missing-files', filesOf(fixture('classes38e', 'mdbook-extensionless')));
  assert.deepEqual(book.rows, ['src/guide/index.md:7:14 no-missing-files', 'src/guide/index.md:9:1 no-missing-files']);
  assert.equal(book.messages[0].severity, 'error'); // /guide/upgrade: no chapter of that name
  assert.match(book.messages[0].message, /^Link target "\/guide\/upgrade" does not exist \(no file under src\/\)/);
  assert.equal(book.messages[1].severity, 'warning'); // [setup]: /guide/setup
  assert.match(book.messages[1].message, /^Link target "\/guide\/setup" names the page of src\/guide\/setup\.md without its extension: the generator writes it as \/guide\/setup\.html, .*write "\/guide\/setup\.html" or link the file, "setup\.md"$/);
  const repo = await lintSite('no-missing-files', filesOf(fixture('classes38e', 'repo-file-links')));
  assert.deepEqual(repo.rows, ['README.md:5:22 no-missing-files']);
  assert.match(repo.messages[0].message, /\(no file at docs\/release\.md\)/);
});

test('no-missing-files: an mdBook site-root link to `/guide/README` names no page (mdBook writes README.md as index.html, no README.html): a missing file, an error; `/guide/index` is that chapter\'s page without its extension, the portability warning', async () => {
  const files = {
    'book.toml': '[book]\ntitle = "Widget handbook"\nsrc = "src"\n',
    'src/SUMMARY.md': '# Summary\n\n- [Guide](./guide/README.md)\n- [Other](./other.md)\n',
    'src/guide/README.md': '# Guide\n\nText.\n',
    'src/other.md': '# Other\n\nSee [the guide](/guide/README) or [its page](/guide/index).\n',
  };
  const book = await lintSite('no-missing-files', files);
  assert.deepEqual(book.rows, ['src/other.md:3:5 no-missing-files', 'src/other.md:3:35 no-missing-files']);
  assert.equal(book.messages[0].severity, 'error');
  assert.match(book.messages[0].message, /^Link target "\/guide\/README" does not exist/);
  assert.equal(book.messages[1].severity, 'warning');
  assert.match(book.messages[1].message, /^Link target "\/guide\/index" names the page of src\/guide\/README\.md without its extension: the generator writes it as \/guide\/index\.html/);
});
