import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {findings, fixtures, postlint, postlintJson, tempSite} from './helpers.mjs';

const rule = 'no-broken-anchors';
const sites = join(fixtures, rule);

/** This rule's messages as "path:line:column severity message", paths relative to `base`. */
function anchorFindings(json, base) {
  const rows = [];
  for (const file of json) {
    const rel = file.filePath.startsWith(base + '/') ? file.filePath.slice(base.length + 1) : file.filePath;
    for (const m of file.messages) {
      if (m.ruleId === rule) rows.push(`${rel}:${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warning'} ${m.message}`);
    }
  }
  return rows;
}

// One run over every flavor site (each has its own marker file) keeps the suite fast.
let all;
function allSites() {
  all ??= postlintJson(['--no-config', '--verbose', '.'], {cwd: sites});
  return all;
}

/** Rows of one site folder, paths (also inside messages) relative to that folder. */
function siteRows(site) {
  const prefix = `${site}/`;
  return anchorFindings(allSites().json, sites)
    .filter((row) => row.startsWith(prefix))
    .map((row) => row.split(prefix).join(''));
}

function run(site, args = ['--no-config']) {
  if (args.length === 1 && args[0] === '--no-config') return {rows: siteRows(site)};
  const cwd = join(sites, site);
  const {json, stderr} = postlintJson([...args, '.'], {cwd});
  return {rows: anchorFindings(json, cwd), json, stderr};
}

const where = (rows) => rows.map((row) => row.split(' ').slice(0, 2).join(' '));

test('github: pass/ holds valid anchors of every kind and gets no finding', () => {
  assert.deepEqual(run('github').rows.filter((row) => row.startsWith('pass/')), []);
});

test('github: fail/ reports typos, case, cross-file and folder-index fragments, raw HTML and definitions', () => {
  assert.deepEqual(run('github').rows.filter((row) => row.startsWith('fail/')), [
    'fail/broken.md:8:9 error Link to "#coroutine" matches no heading in fail/broken.md; did you mean "#coroutines"?',
    'fail/broken.md:9:13 error Link to "#Event-Loops" matches no heading in fail/broken.md: ids are case-sensitive; use "#event-loops"',
    'fail/broken.md:10:15 error Link to "#furhter-reading" matches no heading in fail/notes/reading.md; did you mean "#further-reading"?',
    'fail/broken.md:11:16 error Link to "#zebra-crossing" matches no heading in fail/broken.md; link to an existing heading or give one that id',
    'fail/broken.md:12:4 error Link to "#coroutnes" matches no heading in fail/broken.md; did you mean "#coroutines"?',
    'fail/broken.md:13:17 error Link to "#missing-part" matches no heading in fail/notes/index.md; did you mean "#existing-part"?',
    'fail/broken.md:23:1 error Link to "#Further-Reading" matches no heading in fail/notes/reading.md: ids are case-sensitive; use "#further-reading"',
    'fail/broken.md:27:5 error Link to "#description" matches no heading in fail/broken.md; link to an existing heading or give one that id',
    'fail/empty-section.md:8:27 warning Link to "#coroutines" links to an empty section: heading "Coroutines" (fail/empty-section.md:14) has no content; write the section or link elsewhere',
  ]);
});

test('hugo: bundles, explicit ids in the duplicate registry, ref/relref, site-root links', () => {
  const {rows} = run('hugo');
  assert.deepEqual(rows, [
    'content/posts/broken.md:6:3 error Link to "#why-queues" matches no heading in content/posts/queue-bundle/index.md; did you mean "#why"?',
    'content/posts/broken.md:7:3 error Link to "#setup-2" matches no heading in content/posts/queue-bundle/index.md; did you mean "#setup-1"?',
    'content/posts/broken.md:8:3 error Link to "#retries" matches no heading in content/posts/queue-bundle/index.md; link to an existing heading or give one that id',
    'content/posts/broken.md:9:3 error Link to "#Why" matches no heading in content/posts/queue-bundle/index.md: ids are case-sensitive; use "#why"',
    'content/posts/broken.md:10:3 error Link to "#settup" matches no heading in content/posts/queue-bundle/index.md; did you mean "#setup"?',
    'content/posts/broken.md:11:3 error Link to "#why-not" matches no heading in content/posts/queue-bundle/index.md; did you mean "#why"?',
    'content/posts/broken.md:12:3 error Link to "#fn:2" matches no heading in content/posts/queue-bundle/index.md; did you mean "#fn:1"?',
  ]);
});

test('hugo-ascii (hugo.yaml autoIDType): accents stripped, trailing hyphen kept', () => {
  assert.deepEqual(run('hugo-ascii').rows, [
    'content/accents.md:17:33 error Link to "#résumé-writing" matches no heading in content/accents.md; did you mean "#resume-writing"?',
  ]);
});

test('hugo-blackfriday (config.toml, older autoHeadingIDType): runs of punctuation become one hyphen', () => {
  assert.deepEqual(run('hugo-blackfriday').rows, [
    'content/blackfriday.md:17:26 error Link to "#lets-try-this-shall-we" matches no heading in content/blackfriday.md; did you mean "#let-s-try-this-shall-we"?',
  ]);
});

test('jekyll with kramdown input: raw-source ids, {#id}, IAL on the next line, section fallback, fn:1', () => {
  assert.deepEqual(run('jekyll-kramdown').rows, [
    '_posts/2024-07-01-kramdown-ids.md:38:6 error Link to "#getting-started" matches no heading in _posts/2024-07-01-kramdown-ids.md; did you mean "#getting-istartedi"?',
    '_posts/2024-07-01-kramdown-ids.md:38:41 error Link to "#attribute-list-on-the-next-line" matches no heading in _posts/2024-07-01-kramdown-ids.md; link to an existing heading or give one that id',
  ]);
});

test('jekyll with the default GFM input: GitHub-style ids', () => {
  assert.deepEqual(run('jekyll-gfm').rows, [
    '_posts/2024-07-02-gfm-ids.md:17:6 error Link to "#getting-started" matches no heading in _posts/2024-07-02-gfm-ids.md; did you mean "#1-getting-started"?',
  ]);
});

test('mkdocs: _1 suffixes, attr_list ids taken before automatic ones, cross-file', () => {
  assert.deepEqual(run('mkdocs').rows, [
    'docs/index.md:33:6 error Link to "#header-1" matches no heading in docs/index.md; did you mean "#header_1"?',
    'docs/index.md:33:43 error Link to "#later-heading" matches no heading in docs/index.md; link to an existing heading or give one that id',
  ]);
});

test('docusaurus: GitHub-style ids and {#custom} ids', () => {
  assert.deepEqual(run('docusaurus').rows, [
    'docs/intro.md:17:6 error Link to "#getting-started_1" matches no heading in docs/intro.md; did you mean "#getting-started-1"?',
  ]);
});

test('anchors.slugger in the postlint config overrides the detected flavor', () => {
  assert.deepEqual(run('override', ['--no-config']).rows, [
    'content/forced.md:8:7 error Link to "#little-pigs" matches no heading in content/forced.md; did you mean "#3-little-pigs"?',
  ]);
  assert.deepEqual(run('override', []).rows, [
    'content/forced.md:10:6 error Link to "#3-little-pigs" matches no heading in content/forced.md; did you mean "#little-pigs"?',
  ]);
});

test('--verbose names the flavor, the folder and the file it came from, once per site', () => {
  const lines = allSites().stderr.split('\n').filter((line) => line.startsWith(`${rule}:`)).sort();
  assert.deepEqual(lines, [
    'no-broken-anchors: slug flavor "github" for docusaurus from docusaurus/docusaurus.config.js (Docusaurus uses GitHub-style ids)',
    'no-broken-anchors: slug flavor "github" for files outside any site (no site config found; GitHub-style ids)',
    'no-broken-anchors: slug flavor "github" for jekyll-gfm from jekyll-gfm/_config.yml (kramdown input GFM (the Jekyll default) makes GitHub-style ids; footnotes are kramdown\'s)',
    'no-broken-anchors: slug flavor "hugo" for hugo from hugo/hugo.toml (Hugo default autoIDType "github")',
    'no-broken-anchors: slug flavor "hugo" for override from override/hugo.toml (Hugo default autoIDType "github")',
    'no-broken-anchors: slug flavor "hugo-ascii" for hugo-ascii from hugo-ascii/hugo.yaml (markup.goldmark.parser.autoIDType = "github-ascii")',
    'no-broken-anchors: slug flavor "hugo-blackfriday" for hugo-blackfriday from hugo-blackfriday/config.toml (markup.goldmark.parser.autoHeadingIDType = "blackfriday")',
    'no-broken-anchors: slug flavor "kramdown" for jekyll-kramdown from jekyll-kramdown/_config.yml (kramdown.input: kramdown)',
    'no-broken-anchors: slug flavor "mkdocs" for mkdocs from mkdocs/mkdocs.yml (Python-Markdown toc slugify)',
  ]);
});

test('the message names the fragment and the file and suggests the closest id', () => {
  const root = tempSite({'post.md': '# Post\n\nSee [co](#coroutine).\n\n## Coroutines\n\nText.\n'});
  const {code, json} = postlintJson(['--no-config', '.'], {cwd: root});
  assert.equal(code, 1);
  assert.deepEqual(anchorFindings(json, root), ['post.md:3:5 error Link to "#coroutine" matches no heading in post.md; did you mean "#coroutines"?']);
});

test('a link to an empty section is a warning even at error level, and can be turned off', () => {
  const files = {'post.md': '# Post\n\nSee [co](#coroutines).\n\n## Coroutines\n\n## Next\n\nText.\n'};
  const root = tempSite(files);
  const {code, json} = postlintJson(['--no-config', '--rule', `${rule}:error`, '.'], {cwd: root});
  assert.equal(code, 0);
  assert.deepEqual(where(anchorFindings(json, root)), ['post.md:3:5 warning']);
  const quiet = tempSite({...files, '.postlintrc.json': JSON.stringify({rules: {[rule]: ['error', {emptySections: false}]}})});
  assert.deepEqual(anchorFindings(postlintJson(['.'], {cwd: quiet}).json, quiet), []);
});

test('ids made by templates are not reported, unless showUnverifiable asks', () => {
  const post = '# Post\n\n[Contents](#TableOfContents) and [custom](#made-by-theme).\n';
  const root = tempSite({'post.md': post, '.postlintrc.json': JSON.stringify({rules: {[rule]: ['error', {generated: ['TableOfContents', 'made-by-theme']}]}})});
  assert.deepEqual(anchorFindings(postlintJson(['.'], {cwd: root}).json, root), []);
  const shown = tempSite({'post.md': post, '.postlintrc.json': JSON.stringify({rules: {[rule]: ['error', {generated: ['TableOfContents'], showUnverifiable: true}]}})});
  const {json} = postlintJson(['.'], {cwd: shown});
  assert.deepEqual(where(anchorFindings(json, shown)), ['post.md:3:1 warning', 'post.md:3:34 error']);
  assert.deepEqual(json[0].messages.find((m) => m.ruleId === rule).data, {unverifiable: true});
});

test('external URLs, non-Markdown targets, files outside the run and code are left alone', () => {
  const root = tempSite({
    'post.md': [
      '# Post',
      '',
      '[ext](https://example.com/page#nope) [mail](mailto:a@example.com#x) [proto](//example.com/a#b)',
      '[svg](pic.svg#nope) [missing file](missing.md#nope) [html](page.html#nope)',
      '',
      '```',
      '[in code](#nope)',
      '```',
      '',
    ].join('\n'),
    'pic.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
    'page.html': '<p>hi</p>\n',
  });
  assert.deepEqual(anchorFindings(postlintJson(['--no-config', '.'], {cwd: root}).json, root), []);
});

test('an invalid anchors.slugger is a usage error', () => {
  const root = tempSite({'post.md': '# Post\n', '.postlintrc.json': JSON.stringify({anchors: {slugger: 'jekyll'}})});
  const {code, stderr} = postlint(['.'], {cwd: root});
  assert.equal(code, 2);
  assert.match(stderr, /anchors\.slugger/);
});

test('site settings reach the slugger: kramdown auto_id_prefix, Hugo autoHeadingID = false', () => {
  const jekyll = tempSite({
    '_config.yml': 'kramdown:\n  input: kramdown\n  auto_id_prefix: "h-"\n',
    '_posts/2024-01-01-a.md': '---\ntitle: A\n---\n\n## Install\n\nText.\n\n[good](#h-install) [bad](#install)\n',
  });
  const rows = anchorFindings(postlintJson(["--no-config", "."], {cwd: jekyll}).json, jekyll);
  assert.deepEqual(rows, ['_posts/2024-01-01-a.md:9:20 error Link to "#install" matches no heading in _posts/2024-01-01-a.md; did you mean "#h-install"?']);

  const hugo = tempSite({
    'hugo.toml': '[markup.goldmark.parser]\nautoHeadingID = false\n',
    'content/a.md': '---\ntitle: A\n---\n\n## Install\n\nText.\n\n## Explicit {#explicit}\n\nText.\n\n[auto](#install) [explicit](#explicit)\n',
  });
  assert.deepEqual(where(anchorFindings(postlintJson(['--no-config', '.'], {cwd: hugo}).json, hugo)), ['content/a.md:13:1 error']);
});

test('hugo: a page-URL link from a regular page (../b/#x) is checked against the regular page b.md', () => {
  const root = tempSite({
    'hugo.toml': 'title = "t"\n',
    'content/posts/a.md': '---\ntitle: A\ndate: 2020-01-01\n---\n\nSee [b](../b/#nope) and [b2](../b/#real).\n',
    'content/posts/b.md': '---\ntitle: B\ndate: 2020-01-01\n---\n\n## Real\n\nText.\n',
  });
  const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: root});
  assert.deepEqual(anchorFindings(json, root), ["content/posts/a.md:6:5 error Link to \"#nope\" matches no heading in content/posts/b.md; link to an existing heading or give one that id"]);
});

test('no-broken-anchors: a link to a heading that is the content (a procedure step) is no link to an empty section; a link to a lone empty heading is', () => {
  const root = tempSite({
    'a.md': '# Guide\n\nSee [step four](steps.md#4-repeat-for-every-member) and [notes](steps.md#notes).\n',
    'steps.md': '# Steps\n\nText.\n\n## 3. Stop it\n\nText.\n\n## 4. Repeat for every member\n\n## 5. Finish\n\nDone.\n\n## Notes\n\n## End\n\nText.\n',
  });
  const {json} = postlintJson(['--no-config', '--offline', '.'], {cwd: root});
  assert.deepEqual(findings(json, root), ['a.md:3:57 no-broken-anchors', 'steps.md:15:1 no-empty-sections']);
});
