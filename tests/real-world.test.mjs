// Classes of false alarms seen on real documentation sites (Hugo docs, MkDocs Material, Docusaurus,
// Jekyll), each reproduced in a small site of our own under fixtures/real-world/: zero findings.
// Each site also gets one deliberate mistake in a copy, to show the rules are still awake there.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, appendFileSync, mkdtempSync, writeFileSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fixtures, findings, postlint, postlintJson, tempSite} from './helpers.mjs';

const base = join(fixtures, 'real-world');
const sites = ['hugo-docs', 'hugo-docsy', 'hugo-blog-configdir', 'hugo-theme-example', 'mkdocs-material', 'mkdocs-plain', 'docusaurus-monorepo', 'vitepress-site', 'jekyll-site', 'placeholders'];

// Hugo archetypes are the templates `hugo new` copies, never pages: not checked. Nor is a test's golden page
// outside content/ (hugo-docsy tests/goldens/), nor hugo-docsy's top-level NOTICE.md: no page includes them and no
// forge shows them by itself (it is no README or community health file). Nor hugo-blog-configdir's headless
// homepage bundle's about.md: a resource Hugo never publishes, and no layout of the site reads its text.
function markdownCount(dir) {
  return readdirSync(dir, {recursive: true}).filter((name) => /\.(md|markdown|mdx)$/.test(String(name)) && !/^(?:archetypes|tests)\/|^NOTICE\.md$|^content\/homepage\/about\.md$/.test(String(name))).length;
}

test('real-world classes: every fixture site is checked file by file with zero findings', () => {
  const {code, json} = postlintJson(['--offline', ...sites.map((site) => `fixtures/real-world/${site}`)]);
  assert.deepEqual(findings(json, base), []);
  const expected = sites.reduce((sum, site) => sum + markdownCount(join(base, site)), 0);
  assert.equal(json.length, expected, 'every Markdown file was checked');
  assert.equal(code, 0);
});

function copy(site) {
  const root = mkdtempSync(join(tmpdir(), 'postlint-real-'));
  cpSync(join(base, site), root, {recursive: true});
  return root;
}

test('hugo docs: wrong term ids are still reported, and unverifiable links are shown on request', () => {
  const root = copy('hugo-docs');
  appendFileSync(join(root, 'content/en/settings/all.md'), '\nA [wrong term](#keep-warm) and the [timer again](#timer-2).\n');
  // Hugo lowercases URLs: /settings/heater/ is settings/Heater.md, whose ids are checked.
  appendFileSync(join(root, 'content/en/_index.md'), '\nThe [heater watts](/settings/heater/#watts).\n');
  // An include shown in a code sample pulls nothing in: the coffee page's ids are still known.
  appendFileSync(join(root, 'content/en/tea/index.md'), '\nAnd [roasting](../cafe/#roasting).\n');
  // A rendered docs page needs a title (not a date); a snippet under the never-rendered folder needs neither.
  writeFileSync(join(root, 'content/en/settings/untitled.md'), '---\nweight: 3\n---\n\nNo title here.\n');
  writeFileSync(join(root, 'content/en/_snippets/untitled.md'), '---\nweight: 3\n---\n\nNo title here either.\n');
  writeFileSync(join(root, '.postlintrc.json'), JSON.stringify({rules: {'no-broken-anchors': ['error', {showUnverifiable: true}]}}));
  const {json} = postlintJson(['--offline', '.'], {cwd: root});
  const rows = json.flatMap((file) => file.messages.map((m) => ({file: file.filePath.slice(root.length + 1), line: m.line, rule: m.ruleId, severity: m.severity, message: m.message})));
  assert.deepEqual(rows.map((r) => `${r.file}:${r.line} ${r.rule} ${r.severity}`), [
    'content/en/_index.md:7 no-broken-anchors 2',
    'content/en/settings/all.md:21 no-broken-anchors 1',
    'content/en/settings/all.md:23 no-broken-anchors 2',
    'content/en/settings/all.md:23 no-broken-anchors 2',
    'content/en/settings/untitled.md:1 front-matter 2',
    'content/en/tea/index.md:9 no-broken-anchors 2',
  ]);
  assert.match(rows.shift().message, /"#watts" matches no heading in content\/en\/settings\/Heater\.md/);
  assert.match(rows[0].message, /"#scale" cannot be checked: .*glossary\/_index\.md pulls in content postlint cannot see/);
  assert.match(rows[1].message, /"#keep-warm" matches no heading/);
  assert.match(rows[2].message, /"#timer-2" matches no heading/);
  const unverifiable = json.flatMap((file) => file.messages).filter((m) => m.data?.unverifiable === true);
  assert.equal(unverifiable.length, 1, 'the glossary link is marked unverifiable in the JSON');
});

test('mkdocs material: a third tab that is not there is reported', () => {
  const root = copy('mkdocs-material');
  appendFileSync(join(root, 'docs/index.md'), '\nThe [third tab](wicks.md#__tabbed_1_3).\n');
  const {json} = postlintJson(['--offline', '.'], {cwd: root});
  assert.deepEqual(findings(json, root), ['docs/index.md:10:5 no-broken-anchors']);
});

test('jekyll permalinks: a page-relative link to a page that does not exist is reported', () => {
  const root = copy('jekyll-site');
  appendFileSync(join(root, '_guides/glazes.md'), '\nAnd [trimming](../wheel/trimming/).\n');
  const {json} = postlintJson(['--offline', '.'], {cwd: root});
  assert.deepEqual(findings(json, root), ['_guides/glazes.md:13:5 no-missing-files']);
});

test('odd files: a URI that does not decode, a huge table and a Latin-1 file are all reported, each on its own file', () => {
  let table = '# Big table\n\n| n | link |\n|---|---|\n';
  for (let i = 0; i < 5000; i++) table += `| ${i} | [top](#big-table) |\n`;
  const root = tempSite({
    'bad-uri.md': '# Bad\n\nSee [x](%zz/other.md) and [y](#a%b).\n',
    'table.md': `${table}\nLast [row](#no-such-row).\n`,
  });
  // Latin-1 bytes: the file is listed with its problem, not skipped.
  writeFileSync(join(root, 'latin1.md'), Buffer.from('# Caf\xe9\n\nCr\xe8me.\n', 'latin1'));
  const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: root});
  assert.equal(json.length, 3, 'every file is in the report');
  assert.deepEqual(findings(json, root), ['bad-uri.md:3:5 no-missing-files', 'bad-uri.md:3:27 no-broken-anchors', 'latin1.md:1:1 fatal', 'table.md:5006:6 no-broken-anchors']);
  assert.match(json.find((file) => file.filePath.endsWith('latin1.md')).messages[0].message, /not valid UTF-8/);
});

test('a Hugo config directory (config/_default/) is a site: its archetypes are not posts', () => {
  const root = copy('hugo-blog-configdir');
  const {stderr} = postlint(['--offline', '--verbose', '.'], {cwd: root});
  assert.match(stderr, /site \. \(hugo, from config\/_default\/hugo\.yaml\)/);
  // Raw HTML passes through no render hook, and this heading hook keeps Hugo's ids: all three are checked.
  appendFileSync(join(root, 'content/posts/vogels-tellen/index.md'), '\n![Een mus](mus.png)\n\n<video src="clips/duif.webm"></video>\n\n[Telling](#tellingen)\n');
  const {json} = postlintJson(['--offline', '.'], {cwd: root});
  assert.deepEqual(findings(json, root), [
    'content/posts/vogels-tellen/index.md:14:1 no-missing-files',
    'content/posts/vogels-tellen/index.md:16:8 no-missing-files',
    'content/posts/vogels-tellen/index.md:18:1 no-broken-anchors',
  ]);
});

test('no-missing-files: links only the generator can resolve are quiet, and marked unverifiable on request', () => {
  const root = copy('hugo-docs');
  writeFileSync(join(root, '.postlintrc.json'), JSON.stringify({rules: {'no-missing-files': ['error', {showUnverifiable: true}]}}));
  const {json} = postlintJson(['--offline', '.'], {cwd: root});
  const shown = json.flatMap((file) => file.messages.filter((m) => m.ruleId === 'no-missing-files').map((m) => `${file.filePath.slice(root.length + 1)}:${m.line}:${m.column} ${m.severity} ${m.data?.unverifiable}`));
  assert.deepEqual(shown, ['content/en/settings/all.md:8:27 1 true']);
});

test('a heading render hook that makes its own ids leaves fragments unverifiable, not broken', () => {
  const root = copy('hugo-blog-configdir');
  writeFileSync(join(root, 'layouts/_default/_markup/render-heading.html'), '<h{{ .Level }} id="h-{{ .Text | anchorize }}">{{ .Text }}</h{{ .Level }}>\n');
  appendFileSync(join(root, 'content/posts/vogels-tellen/index.md'), '\n[Telling](#h-telling)\n');
  assert.deepEqual(findings(postlintJson(['--offline', '.'], {cwd: root}).json, root), []);
});

test('mkdocs (directory URLs): links relative to the page URL resolve, and a wrong one is still reported', () => {
  const root = copy('mkdocs-plain');
  appendFileSync(join(root, 'docs/guide/pouring.md'), '\nSee [cooling](../cooling/) and <img src="../../img/missing.png" alt="">.\n');
  appendFileSync(join(root, 'docs/guide/settings.md'), '\nThe [colour](#colour) option.\n');
  const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: root});
  assert.deepEqual(findings(json, root), ['docs/guide/pouring.md:7:5 no-missing-files', 'docs/guide/pouring.md:7:37 no-missing-files', 'docs/guide/settings.md:12:5 no-broken-anchors']);
  // With use_directory_urls off, a page is served as a file: `../settings/` from guide/pouring.md leads nowhere.
  appendFileSync(join(root, 'mkdocs.yml'), 'use_directory_urls: false\n');
  const flat = findings(postlintJson(['--offline', '--no-config', 'docs/guide/pouring.md'], {cwd: root}).json, root);
  assert.ok(flat.includes('docs/guide/pouring.md:3:29 no-missing-files'), flat.join('\n'));
});

test('vitepress: srcDir, public/, page links without extension and title from the # heading; wrong links are still reported', () => {
  const root = copy('vitepress-site');
  appendFileSync(join(root, 'src/about/faq.md'), '\nThe [missing answer](#refunds), the [shop](/about/shop) and [jobs](./jobs).\n');
  writeFileSync(join(root, 'src/about/untitled.md'), '---\noutline: deep\n---\n\nNo heading and no title.\n');
  const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: root});
  assert.deepEqual(findings(json, root), [
    'src/about/faq.md:9:5 no-broken-anchors',
    'src/about/faq.md:9:37 no-missing-files',
    'src/about/faq.md:9:61 no-missing-files',
    'src/about/untitled.md:1:1 front-matter',
  ]);
});

test('hugo (Docsy): mounted pages and files, home outputs, code tabs and comment shortcodes are understood; real mistakes still show', () => {
  const root = copy('hugo-docsy');
  // A French page link to a page neither language has; a missing mounted file; a TODO outside the comment.
  appendFileSync(join(root, 'content/fr/_index.md'), '\nEt la [FAQ](docs/faq/).\n');
  appendFileSync(join(root, 'content/en/_index.md'), '\nThe [licence](project/LICENCE.md). TODO: more.\n');
  const {json} = postlintJson(['--offline', '--no-config', '--rule', 'spelling:off', '.'], {cwd: root});
  assert.deepEqual(findings(json, root), ['content/en/_index.md:7:5 no-missing-files', 'content/en/_index.md:7:36 no-placeholders', 'content/fr/_index.md:7:7 no-missing-files']);
});

test('hugo theme example site: a theme title template that falls back on the file name makes title optional; without it, it is required', () => {
  const root = copy('hugo-theme-example');
  assert.deepEqual(findings(postlintJson(['--offline', '--no-config', 'exampleSite'], {cwd: root}).json, root), []);
  writeFileSync(join(root, 'layouts/_partials/docs/title.html'), '{{ return .Title }}\n');
  assert.deepEqual(findings(postlintJson(['--offline', '--no-config', 'exampleSite'], {cwd: root}).json, root), ['exampleSite/content/docs/menus.md:1:1 front-matter']);
});

test('docusaurus: file links from the docs folder and doc URLs by id resolve, MDX pages are checked; wrong ones are still reported', () => {
  const root = copy('docusaurus-monorepo');
  appendFileSync(join(root, 'docs/usage/patterns/Twill.md'), '\nSee [tangles](../untangling) and [the spool](api/Spool.md).\n');
  // MDX pages are walked by default, and their links checked like any other.
  appendFileSync(join(root, 'docs/usage/looms.mdx'), '\nAnd [the weft](#weft-length).\n');
  const {json} = postlintJson(['--offline', '--no-config', 'docs'], {cwd: root});
  assert.deepEqual(findings(json, root), ['docs/usage/looms.mdx:28:5 no-broken-anchors', 'docs/usage/patterns/Twill.md:7:5 no-missing-files', 'docs/usage/patterns/Twill.md:7:34 no-missing-files']);
});
