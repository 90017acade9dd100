import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures, postlintJson, siteFindings, tempSite} from './helpers.mjs';

const rule = 'no-broken-anchors';
const sites = join(fixtures, rule);

/** The findings as "path:line:column severity message". */
const anchorRows = (findings) => findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message}`);

/** A small site ({path: text}) with only this rule on; `options` are the rule's. */
async function lintSite(files, options = {}) {
  const {findings} = await lintRule({rule, files, ...options});
  return {rows: anchorRows(findings), findings};
}

// One run over every flavor site (each has its own marker file) keeps the suite fast.
let all;
function allSites() {
  all ??= lintRule({rule, fixture: sites, configFile: false, run: {verbose: true}});
  return all;
}

/** Rows of one site folder, paths (also inside messages) relative to that folder. */
async function siteRows(site) {
  const prefix = `${site}/`;
  return anchorRows((await allSites()).findings)
    .filter((row) => row.startsWith(prefix))
    .map((row) => row.split(prefix).join(''));
}

/** One site folder of the fixtures: from the run over all of them, or alone with its own config file. */
async function run(site, {ownConfig = false} = {}) {
  if (!ownConfig) return {rows: await siteRows(site)};
  const {findings} = await lintRule({rule, fixture: join(sites, site)});
  return {rows: anchorRows(findings)};
}

const where = (rows) => rows.map((row) => row.split(' ').slice(0, 2).join(' '));

test('github: pass/ holds valid anchors of every kind and gets no finding', async () => {
  assert.deepEqual((await run('github')).rows.filter((row) => row.startsWith('pass/')), []);
});

test('github: fail/ reports typos, case, cross-file and folder-index fragments, raw HTML and definitions', async () => {
  assert.deepEqual((await run('github')).rows.filter((row) => row.startsWith('fail/')), [
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

test('hugo: bundles, explicit ids in the duplicate registry, ref/relref, site-root links', async () => {
  const {rows} = await run('hugo');
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

test('hugo-ascii (hugo.yaml autoIDType): accents stripped, trailing hyphen kept', async () => {
  assert.deepEqual((await run('hugo-ascii')).rows, [
    'content/accents.md:17:33 error Link to "#résumé-writing" matches no heading in content/accents.md; did you mean "#resume-writing"?',
  ]);
});

test('hugo-blackfriday (config.toml, older autoHeadingIDType): runs of punctuation become one hyphen', async () => {
  assert.deepEqual((await run('hugo-blackfriday')).rows, [
    'content/blackfriday.md:17:26 error Link to "#lets-try-this-shall-we" matches no heading in content/blackfriday.md; did you mean "#let-s-try-this-shall-we"?',
  ]);
});

test('jekyll with kramdown input: raw-source ids, {#id}, IAL on the next line, section fallback, fn:1', async () => {
  assert.deepEqual((await run('jekyll-kramdown')).rows, [
    '_posts/2024-07-01-kramdown-ids.md:38:6 error Link to "#getting-started" matches no heading in _posts/2024-07-01-kramdown-ids.md; did you mean "#getting-istartedi"?',
    '_posts/2024-07-01-kramdown-ids.md:38:41 error Link to "#attribute-list-on-the-next-line" matches no heading in _posts/2024-07-01-kramdown-ids.md; link to an existing heading or give one that id',
  ]);
});

test('jekyll with the default GFM input: GitHub-style ids', async () => {
  assert.deepEqual((await run('jekyll-gfm')).rows, [
    '_posts/2024-07-02-gfm-ids.md:17:6 error Link to "#getting-started" matches no heading in _posts/2024-07-02-gfm-ids.md; did you mean "#1-getting-started"?',
  ]);
});

test('mkdocs: _1 suffixes, attr_list ids taken before automatic ones, cross-file', async () => {
  assert.deepEqual((await run('mkdocs')).rows, [
    'docs/index.md:33:6 error Link to "#header-1" matches no heading in docs/index.md; did you mean "#header_1"?',
    'docs/index.md:33:43 error Link to "#later-heading" matches no heading in docs/index.md; link to an existing heading or give one that id',
  ]);
});

test('docusaurus: GitHub-style ids and {#custom} ids', async () => {
  assert.deepEqual((await run('docusaurus')).rows, [
    'docs/intro.md:17:6 error Link to "#getting-started_1" matches no heading in docs/intro.md; did you mean "#getting-started-1"?',
  ]);
});

test('anchors.slugger in the postlint config overrides the detected flavor', async () => {
  assert.deepEqual((await run('override')).rows, [
    'content/forced.md:8:7 error Link to "#little-pigs" matches no heading in content/forced.md; did you mean "#3-little-pigs"?',
  ]);
  assert.deepEqual((await run('override', {ownConfig: true})).rows, [
    'content/forced.md:10:6 error Link to "#3-little-pigs" matches no heading in content/forced.md; did you mean "#little-pigs"?',
  ]);
});

test('--verbose names the flavor, the folder and the file it came from, once per site', async () => {
  const lines = (await allSites()).log.filter((line) => line.startsWith(`${rule}:`)).sort();
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

test('the message names the fragment and the file and suggests the closest id', async () => {
  const {rows} = await lintSite({'post.md': '# Post\n\nSee [co](#coroutine).\n\n## Coroutines\n\nText.\n'});
  assert.deepEqual(rows, ['post.md:3:5 error Link to "#coroutine" matches no heading in post.md; did you mean "#coroutines"?']);
});

test('a link to an empty section is a warning even at error level, and can be turned off', async () => {
  const files = {'post.md': '# Post\n\nSee [co](#coroutines).\n\n## Coroutines\n\n## Next\n\nText.\n'};
  assert.deepEqual(where((await lintSite(files, {severity: 'error'})).rows), ['post.md:3:5 warning']);
  assert.deepEqual((await lintSite(files, {severity: 'error', options: {emptySections: false}})).rows, []);
});

test('a link to an empty section of its own page is one problem with that section: said once, by no-empty-sections', () => {
  const page = '# Notes\n\n- [Warning](#warning)\n- [Upgrade](#upgrade)\n\n## Warning\n\n## Upgrade\n\nRead the notes first.\n';
  const root = tempSite({'notes.md': page, 'other.md': '# Other\n\nSee [the warning](notes.md#warning).\n'});
  // The table of contents' link (3:3) to the empty "Warning" (6:1) is that section's finding; another page's link to it is its own.
  assert.deepEqual(siteFindings(root), ['notes.md:6:1 no-empty-sections', 'other.md:3:5 no-broken-anchors']);
  // The finding kept names the link that yielded to it, so removing the heading does not leave that link behind.
  const kept = postlintJson(['--offline', root]).json.flatMap((file) => file.messages).find((message) => message.ruleId === 'no-empty-sections');
  assert.match(kept.message, /; the link on line 3 leads to it$/);
  const twice = tempSite({'notes.md': page.replace('- [Upgrade]', '- [Again](#warning)\n- [Upgrade]')});
  const both = postlintJson(['--offline', twice]).json.flatMap((file) => file.messages).find((message) => message.ruleId === 'no-empty-sections');
  assert.match(both.message, /; the links on lines 3 and 4 lead to it$/);
  // Without no-empty-sections, the link says it.
  assert.deepEqual(siteFindings(root, ['--rule', 'no-empty-sections:off']), ['notes.md:3:3 no-broken-anchors', 'other.md:3:5 no-broken-anchors']);
  // A control comment silences no-empty-sections there, not the link: it yields only to a finding still reported.
  const silenced = tempSite({'notes.md': page.replace('## Warning', '<!-- postlint-disable-next-line no-empty-sections -->\n## Warning')});
  assert.deepEqual(siteFindings(silenced), ['notes.md:3:3 no-broken-anchors']);
  const own = tempSite({'own.md': 'See [notes](#notes).\n\n<!-- postlint-disable-next-line no-empty-sections -->\n## Notes\n\n## Next\n\nText.\n'});
  assert.deepEqual(siteFindings(own), ['own.md:1:5 no-broken-anchors']);
});

test('ids made by templates are not reported, unless showUnverifiable asks', async () => {
  const post = '# Post\n\n[Contents](#TableOfContents) and [custom](#made-by-theme).\n';
  assert.deepEqual((await lintSite({'post.md': post}, {severity: 'error', options: {generated: ['TableOfContents', 'made-by-theme']}})).rows, []);
  const {rows, findings} = await lintSite({'post.md': post}, {severity: 'error', options: {generated: ['TableOfContents'], showUnverifiable: true}});
  assert.deepEqual(where(rows), ['post.md:3:1 warning', 'post.md:3:34 error']);
  assert.deepEqual(findings[0].data, {unverifiable: true});
});

test('external URLs, non-Markdown targets, files outside the run and code are left alone', async () => {
  const {rows} = await lintSite({
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
  assert.deepEqual(rows, []);
});

test('an invalid anchors.slugger is a usage error', async () => {
  await assert.rejects(lintRule({rule, files: {'post.md': '# Post\n'}, config: {anchors: {slugger: 'jekyll'}}}), (error) => error.name === 'UsageError' && /anchors\.slugger/.test(error.message));
});

test('site settings reach the slugger: kramdown auto_id_prefix, Hugo autoHeadingID = false', async () => {
  const jekyll = await lintSite({
    '_config.yml': 'kramdown:\n  input: kramdown\n  auto_id_prefix: "h-"\n',
    '_posts/2024-01-01-a.md': '---\ntitle: A\n---\n\n## Install\n\nText.\n\n[good](#h-install) [bad](#install)\n',
  });
  assert.deepEqual(jekyll.rows, ['_posts/2024-01-01-a.md:9:20 error Link to "#install" matches no heading in _posts/2024-01-01-a.md; did you mean "#h-install"?']);

  const hugo = await lintSite({
    'hugo.toml': '[markup.goldmark.parser]\nautoHeadingID = false\n',
    'content/a.md': '---\ntitle: A\n---\n\n## Install\n\nText.\n\n## Explicit {#explicit}\n\nText.\n\n[auto](#install) [explicit](#explicit)\n',
  });
  assert.deepEqual(where(hugo.rows), ['content/a.md:13:1 error']);
});

test('hugo: a page-URL link from a regular page (../b/#x) is checked against the regular page b.md', async () => {
  const {rows} = await lintSite({
    'hugo.toml': 'title = "t"\n',
    'content/posts/a.md': '---\ntitle: A\ndate: 2020-01-01\n---\n\nSee [b](../b/#nope) and [b2](../b/#real).\n',
    'content/posts/b.md': '---\ntitle: B\ndate: 2020-01-01\n---\n\n## Real\n\nText.\n',
  }, {offline: true});
  assert.deepEqual(rows, ["content/posts/a.md:6:5 error Link to \"#nope\" matches no heading in content/posts/b.md; link to an existing heading or give one that id"]);
});

test('no-broken-anchors: a link to a heading that is the content (a procedure step) is no link to an empty section; a link to a lone empty heading is', async () => {
  const files = {
    'a.md': '# Guide\n\nSee [step four](steps.md#4-repeat-for-every-member) and [notes](steps.md#notes).\n',
    'steps.md': '# Steps\n\nText.\n\n## 3. Stop it\n\nText.\n\n## 4. Repeat for every member\n\n## 5. Finish\n\nDone.\n\n## Notes\n\n## End\n\nText.\n',
  };
  assert.deepEqual(where((await lintSite(files)).rows), ['a.md:3:57 warning']);
  // no-empty-sections agrees: the step is content, the lone Notes heading is not.
  assert.deepEqual((await lintRule({rule: 'no-empty-sections', files})).findings.map((f) => `${f.file}:${f.line}:${f.column}`), ['steps.md:15:1']);
});

// Hugo runs a shortcode inside an HTML comment (a relref to a missing page stops the build), but its
// output stays in the comment: a fragment there is no link a reader follows.
test('hugo: a relref inside an HTML comment is checked for its page, not its fragment', async () => {
  const files = {
    'hugo.toml': 'baseURL = "https://example.org/"\n',
    'content/docs/go.md': '---\ntitle: Go\n---\n\n## Dev stories\n\nText.\n',
    'content/docs/cpp.md': '---\ntitle: C++\n---\n\nNo stories yet.\n',
    'content/showcase.md': [
      '---', 'title: Showcase', '---', '',
      '- [Go]({{< relref "docs/go#dev-stories" >}})',
      '<!-- TODO: add once the section has stories: [C++]({{< relref "docs/cpp#dev-stories" >}}) -->',
      '- [C++]({{< relref "docs/cpp#dev-stories" >}})', '',
    ].join('\n'),
  };
  const anchors = await lintSite(files);
  assert.deepEqual(anchors.rows, ['content/showcase.md:7:9 error Link to "#dev-stories" matches no heading in content/docs/cpp.md; link to an existing heading or give one that id']);
  const missing = await lintRule({rule: 'no-missing-files', files: {...files, 'content/showcase.md': '---\ntitle: Showcase\n---\n\n<!-- later: [Rust]({{< relref "docs/rust#dev-stories" >}}) -->\n'}});
  assert.deepEqual(missing.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`), ['content/showcase.md:5:20 no-missing-files']);
});
