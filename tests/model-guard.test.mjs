// The model guard: a large share of one shape of links failing, with evidence of a reading the build
// makes that postlint does not (another folder, extension or slugger; ids of a form no heading
// gets), is postlint's model of the site being wrong, said once and left unverifiable. Failing
// wholesale with nothing to explain it is the site's own mistake, and is reported; so are a few
// failures among many successes.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {postlint, postlintJson, findings, tempSite} from './helpers.mjs';

const range = (n) => Array.from({length: n}, (_, i) => i);

/**
 * A plain Markdown folder: 32 links to rule ids like `#r-alpha.5` in rules.md from 8 chapters, a
 * form no heading of this site gets (ids here have no dots; a preprocessor would make them): only
 * 2 name an id rules.md has (HTML anchors). A gallery of 20 images that exist and one that does not.
 */
function preprocessedSite() {
  const files = {'rules.md': '# Rules\n\n<a id="r-alpha.0"></a>\n\n## R alpha 0\n\nText.\n\n<a id="r-alpha.1"></a>\n\n## R alpha 1\n\nText.\n'};
  for (const chapter of range(8)) {
    files[`ch${chapter}.md`] = `# Chapter ${chapter}\n\n${range(4).map((i) => `See [rule](rules.md#r-alpha.${chapter * 4 + i}).`).join('\n\n')}\n`;
  }
  const images = range(20).map((i) => `![Picture ${i}](images/p${i}.png)`);
  // The missing image on line 3 + 20 * 2 = 43, column 1.
  files['gallery.md'] = `# Gallery\n\n${images.join('\n\n')}\n\n![Gone](images/missing.png)\n`;
  for (const i of range(20)) files[`images/p${i}.png`] = 'png';
  return tempSite(files);
}

const linkRules = ['--no-config', '--offline', '--rule', 'no-broken-anchors:error', '--rule', 'no-missing-files:error'];
const only = (json, base, rules) => findings(json, base).filter((row) => rules.some((rule) => row.endsWith(` ${rule}`)));

test('30 of 32 fragments of a form no heading gets failing are withheld with one notice; the one missing image among 20 is still reported', () => {
  const site = preprocessedSite();
  const {json, stderr, code} = postlintJson([...linkRules, '.'], {cwd: site});
  assert.deepEqual(only(json, site, ['no-broken-anchors', 'no-missing-files']), ['gallery.md:43:1 no-missing-files']);
  assert.equal(code, 1);
  const notices = stderr.split('\n').filter((line) => line.startsWith('postlint: no-broken-anchors'));
  assert.equal(notices.length, 1, stderr);
  assert.match(notices[0], /30 of 32 fragments of a form no heading of this site gets as its id match no id postlint knows: no heading of this site gets such an id, .*left unverifiable/);
  assert.doesNotMatch(stderr, /no-missing-files in site/, 'no notice for a class with nothing withheld');
  // JSON lists the withheld links as unverifiable, with the reason.
  const chapter = json.find((file) => file.filePath === join(site, 'ch1.md'));
  assert.equal(chapter.unverifiable.length, 4);
  assert.match(chapter.unverifiable[0].reason, /30 of 32 fragments/);
});

test('site.guard: false reports every failure, and no notice', () => {
  const site = preprocessedSite();
  writeFileSync(join(site, '.postlintrc.json'), JSON.stringify({site: {guard: false}, rules: {'no-broken-anchors': 'error', 'no-missing-files': 'error'}}));
  const off = postlintJson(['--offline', '.'], {cwd: site});
  assert.equal(only(off.json, site, ['no-broken-anchors']).length, 30);
  assert.doesNotMatch(off.stderr, /left unverifiable/);
});

test('one renamed heading among many good fragments is reported at its place', () => {
  const headings = range(12).map((i) => `## Step ${i}\n\nDo step ${i}.\n`).join('\n');
  const files = {'guide.md': `# Guide\n\n${headings}`};
  files['index.md'] = `# Index\n\n${range(12).map((i) => `- [Step ${i}](guide.md#step-${i})`).join('\n')}\n- [Old](guide.md#old-step)\n`;
  const site = tempSite(files);
  const {json, stderr} = postlintJson([...linkRules, '.'], {cwd: site});
  // 2 heading lines, 12 list items: the 13th item is line 15, its link at column 3.
  assert.deepEqual(only(json, site, ['no-broken-anchors']), ['index.md:15:3 no-broken-anchors']);
  assert.doesNotMatch(stderr, /left unverifiable/);
});

test('one renamed heading that twelve pages link to is one mistake, still reported on each', () => {
  const files = {'guide.md': '# Guide\n\n## Setup\n\nSet up.\n'};
  for (const i of range(12)) files[`page${i}.md`] = `# Page ${i}\n\nSee [setup](guide.md#installation).\n`;
  const site = tempSite(files);
  const {json} = postlintJson([...linkRules, '.'], {cwd: site});
  assert.equal(only(json, site, ['no-broken-anchors']).length, 12);
});

test('near misses (`#Step-3` where the page has `#step-3`) are never withheld, however many', () => {
  const files = {'guide.md': `# Guide\n\n${range(12).map((i) => `## Step ${i}\n\nDo it.\n`).join('\n')}`};
  for (const i of range(12)) files[`page${i}.md`] = `# Page ${i}\n\nSee [step](guide.md#Step-${i}).\n`;
  const site = tempSite(files);
  const {json, stderr} = postlintJson([...linkRules, '.'], {cwd: site});
  assert.deepEqual(only(json, site, ['no-broken-anchors']), range(12).map((i) => `page${i}.md:3:5 no-broken-anchors`).sort());
  assert.doesNotMatch(stderr, /left unverifiable/);
});

test('fragments that differ from an id in letter case only are the writer\'s slip, reported however many other sluggers make them', () => {
  // The site's own slugify keeps the heading's case (`Step-3`); every link writes `#step-3`, which
  // most sluggers would make, but a browser matches ids with their case: each one is broken.
  const files = {'.vitepress/config.mjs': 'const keepCase = (str) => str.replace(/\\s+/g, \'-\')\nexport default { markdown: { anchor: { slugify: keepCase } } }\n'};
  files['guide.md'] = `# Guide\n\n${range(12).map((i) => `## Step ${i}\n\nDo it.\n`).join('\n')}`;
  files['index.md'] = `# Index\n\n${range(12).map((i) => `- [Step ${i}](guide.md#step-${i})`).join('\n')}\n`;
  const site = tempSite(files);
  const {json, stderr} = postlintJson([...linkRules, '.'], {cwd: site});
  assert.deepEqual(only(json, site, ['no-broken-anchors']), range(12).map((i) => `index.md:${3 + i}:3 no-broken-anchors`));
  assert.doesNotMatch(stderr, /left unverifiable/);
});

test('fragments naming a heading by its leading words (`#orca` for "Orca 8.27.4") are the writer\'s, reported however many', () => {
  // A generated changelog: each component's heading says its version, the list at the top links the bare name.
  const names = ['orca', 'deck', 'gate', 'echo', 'igor', 'fiat', 'clouddriver', 'front', 'kayenta', 'rosco', 'keel', 'halyard'];
  const list = names.map((name) => `- [${name}](#${name})`).join('\n');
  const sections = names.map((name, i) => `## ${name[0].toUpperCase()}${name.slice(1)} 8.27.${i}\n\nFixes.\n`).join('\n');
  const site = tempSite({'changelog.md': `# Changelog\n\n${list}\n\n${sections}`});
  const {json, stderr} = postlintJson([...linkRules, '.'], {cwd: site});
  assert.deepEqual(only(json, site, ['no-broken-anchors']), names.map((_, i) => `changelog.md:${3 + i}:3 no-broken-anchors`));
  assert.doesNotMatch(stderr, /left unverifiable/);
});

test('fragments of a form no heading gets (a preprocessor\'s rule ids) are withheld across pages; a renamed heading is still reported', () => {
  // Six pages with five headings each; every page links to each heading of the next page (30 good),
  // to two `#r-…` ids with dots (12 in all, none made by a heading) and the last one to a renamed heading.
  const files = {};
  for (const i of range(6)) {
    const next = (i + 1) % 6;
    const good = range(5).map((h) => `[topic ${h}](page${next}.md#topic-${next}-${h})`).join(' ');
    const ids = range(2).map((r) => `[rule](page${next}.md#r-part${next}.rule${r})`).join(' ');
    files[`page${i}.md`] = `# Page ${i}\n\n${range(5).map((h) => `## Topic ${i} ${h}\n\nText.\n`).join('\n')}\n${good}\n\n${ids}\n${i === 5 ? '\nSee [old](page0.md#old-topic).\n' : ''}`;
  }
  const site = tempSite(files);
  const {json, stderr} = postlintJson([...linkRules, '.'], {cwd: site});
  // page5.md: 22 lines of headings and text, the links on 23 and 25, the renamed one on 27.
  assert.deepEqual(only(json, site, ['no-broken-anchors']), ['page5.md:27:5 no-broken-anchors']);
  const notices = stderr.split('\n').filter((line) => line.startsWith('postlint: no-broken-anchors'));
  assert.equal(notices.length, 1, stderr);
  assert.match(notices[0], /12 of 12 fragments of a form no heading of this site gets as its id/);
});

test('file links of one shape that fail, and resolve when read from the page\'s own URL, are withheld as a class of their own', () => {
  // Written for a build that serves `guide/page3.md` as `guide/page3/`: `../../handbook/x.md` is
  // `handbook/x.md` beside `guide/` from there, one folder off the file's own reading.
  const files = {};
  for (const i of range(12)) {
    files[`docs/guide/page${i}.md`] = `# Page ${i}\n\nRead [part ${i}](../../handbook/part${i}.md) and [next](page${(i + 1) % 12}.md).\n`;
    files[`docs/handbook/part${i}.md`] = `# Part ${i}\n\nText.\n`;
  }
  const site = tempSite(files);
  const {json, stderr} = postlintJson([...linkRules, 'docs'], {cwd: site});
  assert.deepEqual(only(json, site, ['no-missing-files']), []);
  const notices = stderr.split('\n').filter((line) => line.startsWith('postlint: no-missing-files'));
  assert.equal(notices.length, 1, stderr);
  assert.match(notices[0], /12 of 12 links written like `\.\.\/page\.md` do not resolve: all of them resolve when read from the page's own URL/);
});

test('a withheld group excuses only the links its evidence reads: one that resolves under no reading is still reported', () => {
  // Twelve pages link images as the build serves them (from the page's own URL); a thirteenth image is missing everywhere.
  const files = {};
  for (const i of range(12)) {
    files[`docs/guide/page${i}.md`] = `# Page ${i}\n\nSee ![part ${i}](../../handbook/part${i}.png).\n`;
    files[`docs/handbook/part${i}.png`] = 'png';
  }
  files['docs/guide/page12.md'] = '# Page 12\n\nSee ![gone](../../handbook/gone.png).\n';
  const site = tempSite(files);
  const {json, stderr} = postlintJson([...linkRules, 'docs'], {cwd: site});
  assert.deepEqual(only(json, site, ['no-missing-files']), ['docs/guide/page12.md:3:5 no-missing-files']);
  assert.match(stderr, /13 of 13 images written like `\.\.\/name\.ext` do not resolve: 12 of them resolve when read from the page's own URL/);
  const withheld = json.flatMap((file) => (file.unverifiable ?? []).map(({url}) => url));
  assert.equal(withheld.length, 12);
});

test('file links that fail wholesale with no reading that finds them are the site\'s own: every one reported', () => {
  // Pages moved away long ago, linked from twelve pages in raw HTML and Markdown alike: nothing of
  // that name anywhere in the site, one folder up or down, with another extension or from the root.
  const files = {'index.md': '# Home\n\nWelcome.\n'};
  for (const i of range(12)) files[`about/cases/case${i}.md`] = `# Case ${i}\n\nSee <a href="../../../getting-started/step${i}/">the start</a>.\n`;
  const site = tempSite(files);
  const {json, stderr} = postlintJson([...linkRules, '.'], {cwd: site});
  // Raw HTML is reported at its `href`.
  assert.deepEqual(only(json, site, ['no-missing-files']), range(12).map((i) => `about/cases/case${i}.md:3:8 no-missing-files`).sort());
  assert.doesNotMatch(stderr, /left unverifiable/);
});

test('fragments of the usual form into pages whose every link fails are reported: a page is no evidence on its own', () => {
  // Two changelogs, each linking ten sections it does not have (`#release-notes-1`…): the site's
  // mistake on every line of them, not ids postlint cannot see.
  const files = {};
  for (const page of range(2)) {
    const links = range(10).map((i) => `- [Notes ${i}](#release-notes-${page}-${i})`).join('\n');
    files[`changelog${page}.md`] = `# Changelog ${page}\n\n${links}\n\n## Fixes\n\nFixed.\n`;
  }
  const site = tempSite(files);
  const {json, stderr} = postlintJson([...linkRules, '.'], {cwd: site});
  assert.equal(only(json, site, ['no-broken-anchors']).length, 20);
  assert.ok(only(json, site, ['no-broken-anchors']).includes('changelog1.md:12:3 no-broken-anchors'));
  assert.doesNotMatch(stderr, /left unverifiable/);
});

test('fragments that another slugger\'s ids match are withheld: the site makes its ids that way', () => {
  // No config (GitHub ids: "A & B 3" is `a--b-3`); every link writes `#a-b-3`, the id sluggers that
  // fold runs of `-` give that heading (MkDocs, VitePress…).
  const headings = range(12).map((i) => `## A & B ${i}\n\nText.\n`).join('\n');
  const files = {'guide.md': `# Guide\n\n${headings}`};
  files['index.md'] = `# Index\n\n${range(12).map((i) => `- [Part ${i}](guide.md#a-b-${i})`).join('\n')}\n`;
  const site = tempSite(files);
  const {json, stderr} = postlintJson([...linkRules, '.'], {cwd: site});
  assert.deepEqual(only(json, site, ['no-broken-anchors']), []);
  // Several of the sluggers postlint compares give those ids: the notice names them as several, not
  // the first by name as the site's own, and says the site has no generator config.
  assert.match(stderr, /12 of 12 fragments into other pages written like `page\.md#x` match no id postlint knows: all of them are the ids \d+ other sluggers postlint compares with the one it uses here give headings of those pages \([\w-]+, [\w-]+, [\w-]+ and \d+ more alike\), so the site's build probably makes those ids in a way postlint does not model \(postlint found no generator config for this site\)/);
  assert.doesNotMatch(stderr, /the ids \S+'s slugger gives/);
});

test('the same findings and notices with workers, with the cache (stored and read again), and in SARIF', () => {
  const site = preprocessedSite();
  const base = postlint([...linkRules, '--workers', '0', '.'], {cwd: site});
  assert.equal(base.code, 1, base.stderr);
  assert.match(base.stdout, /gallery\.md/);
  const inWorkers = postlint([...linkRules, '--workers', '2', '.'], {cwd: site});
  assert.equal(inWorkers.stdout, base.stdout);
  assert.equal(inWorkers.stderr, base.stderr);
  const cached = postlint([...linkRules, '--cache', '.'], {cwd: site});
  const replayed = postlint([...linkRules, '--cache', '--verbose', '.'], {cwd: site});
  assert.equal(cached.stdout, base.stdout);
  assert.equal(cached.stderr, base.stderr);
  assert.equal(replayed.stdout, base.stdout);
  // Replayed or partly re-checked (a file whose missing link looked in the folder the cache lives in), the notice is the same.
  assert.match(replayed.stderr, /phase-2 cache: /);
  assert.equal(replayed.stderr.split('\n').filter((line) => line.startsWith('postlint: no-broken-anchors in site')).length, 1);
  const sarif = JSON.parse(postlint([...linkRules, '--format', 'sarif', '.'], {cwd: site}).stdout);
  const [invocation] = sarif.runs[0].invocations;
  assert.equal(invocation.executionSuccessful, true);
  assert.equal(invocation.toolExecutionNotifications.length, 1);
  assert.equal(invocation.toolExecutionNotifications[0].level, 'note');
  assert.equal(invocation.toolExecutionNotifications[0].associatedRule.id, 'no-broken-anchors');
});

test('--verbose lists the withheld links under the notice', () => {
  const site = preprocessedSite();
  const {stderr} = postlint([...linkRules, '--verbose', '.'], {cwd: site});
  const lines = stderr.split('\n');
  const at = lines.findIndex((line) => line.startsWith('postlint: no-broken-anchors in site'));
  assert.ok(at >= 0, stderr);
  assert.equal(lines[at + 1], '  ch0.md:7:5 rules.md#r-alpha.2');
});

/** A Hugo blog with `count` posts, `dated` of them with a date. */
function blog(count, dated) {
  const files = {'hugo.toml': 'title = "Blog"\n'};
  for (const i of range(count)) files[`content/posts/post${String(i).padStart(2, '0')}.md`] = `---\ntitle: Post ${i}\n${i < dated ? 'date: 2024-01-01\n' : ''}---\n\nText ${i}.\n`;
  return tempSite(files);
}

const frontMatter = ['--no-config', '--offline', '--rule', 'front-matter:error'];

test('a front-matter field no page of a section has is withheld with one notice', () => {
  const site = blog(12, 0);
  const {json, stderr} = postlintJson([...frontMatter, '.'], {cwd: site});
  assert.deepEqual(only(json, site, ['front-matter']), []);
  const notices = stderr.split('\n').filter((line) => line.startsWith('postlint: front-matter'));
  assert.equal(notices.length, 1, stderr);
  assert.match(notices[0], /12 of 12 pages of .* have no "date" field: the site evidently does not use it there; 12 findings left out/);
});

test('one page without the field among pages that have it is still reported', () => {
  const site = blog(12, 11);
  const {json, stderr} = postlintJson([...frontMatter, '.'], {cwd: site});
  assert.deepEqual(only(json, site, ['front-matter']), ['content/posts/post11.md:1:1 front-matter']);
  assert.doesNotMatch(stderr, /left out/);
});


test('the language server decides on the whole site: an edit elsewhere that lifts the guard re-checks an open document', {timeout: 120_000}, async (t) => {
  const {startServer, uri} = await import('./lsp-client.mjs');
  const site = preprocessedSite();
  // 30 links into rules.md without a fragment: editing them to `#r-alpha.0` adds 30 good fragments (30 of 62 fail: under half).
  writeFileSync(join(site, 'extra.md'), `# Extra\n\n${range(30).map(() => '[r](rules.md)').join('\n\n')}\n`);
  const server = await startServer(site);
  t.after(() => server.kill());
  await server.indexed;
  const chapter = uri(join(site, 'ch7.md'));
  await server.open(chapter, `# Chapter 7\n\n${range(4).map((i) => `See [rule](rules.md#r-alpha.${28 + i}).`).join('\n\n')}\n`);
  const anchors = (list) => list.filter((d) => d.code === 'no-broken-anchors');
  assert.deepEqual(anchors(await server.diagnostics(chapter)), []);
  const extra = uri(join(site, 'extra.md'));
  await server.open(extra, `# Extra\n\n${range(30).map(() => '[r](rules.md)').join('\n\n')}\n`);
  await server.change(extra, `# Extra\n\n${range(30).map(() => '[r](rules.md#r-alpha.0)').join('\n\n')}\n`);
  const lifted = await server.diagnostics(chapter, (d) => anchors(d).length > 0);
  assert.deepEqual(anchors(lifted).map((d) => d.range.start), [2, 4, 6, 8].map((line) => ({line, character: 4})));
});

/**
 * A VitePress site (its config names no srcDir) whose pages are kept in `src/`, linked from the site
 * root as the build serves them (`/guide/p3` is src/guide/p3.md): the build is given its source
 * folder some way postlint does not see. 12
 * distinct root links that name no file below the site folder, all found from `src/`, the folder
 * above the linking pages; one (`/guide/gone`) that no folder holds.
 */
function sourceFolderSite() {
  const files = {'.vitepress/config.ts': "export default {title: 'X'}\n", 'src/index.md': `# Home\n\n${range(6).map((i) => `- [Page ${i}](/guide/p${i})`).join('\n')}\n`};
  for (const i of range(6)) files[`src/guide/p${i}.md`] = `# Page ${i}\n\nNext: [page](/guide/p${(i + 1) % 6}), [api](/api/a${i}).\n`;
  for (const i of range(6)) files[`src/api/a${i}.md`] = `# API ${i}\n\nText.\n`;
  files['src/guide/p0.md'] += '\nSee [the old page](/guide/gone).\n';
  return tempSite(files);
}

test('root links that all resolve from a folder above the linking pages are withheld (a source folder postlint does not know); one no folder holds is reported', () => {
  const site = sourceFolderSite();
  const {json, stderr} = postlintJson([...linkRules, '.'], {cwd: site});
  assert.deepEqual(only(json, site, ['no-missing-files']), ['src/guide/p0.md:5:5 no-missing-files']);
  const notices = stderr.split('\n').filter((line) => line.startsWith('postlint: no-missing-files'));
  assert.equal(notices.length, 1, stderr);
  assert.match(notices[0], /19 of 19 links written like `\/page` do not resolve: 18 of them resolve when read from a folder that holds the linking page/);
});
