// mend18c: fixes of review18b that were over-broad — an installed mdBook preprocessor that only
// changes chapter text keeps the draft check; Hugo's config folder may set goldmark unsafe; template
// detection leaves ordinary pages alone; an unreadable pymdownx.tabbed slugify adds no tab ids.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fixtures, postlint, postlintJson, siteUnverifiable, tempFolder, tempSite} from './helpers.mjs';

/** A copy of a fixture folder, its files changed by `edit` ({path: (text) => text}). */
function copyOf(name, edit = {}) {
  const root = tempFolder('postlint-m18c-');
  cpSync(join(fixtures, name), root, {recursive: true});
  for (const [path, change] of Object.entries(edit)) writeFileSync(join(root, path), change(readFileSync(join(root, path), 'utf8')));
  return root;
}

/** The findings of `rules` in a folder, as `file:line:col rule`, sorted. */
function rowsOf(root, rules, args = []) {
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', ...args, '.'], {cwd: root});
  return json.flatMap((file) => file.messages.filter((m) => rules.has(m.ruleId)).map((m) => `${file.filePath.slice(root.length + 1)}:${m.line}:${m.column} ${m.ruleId}`)).sort();
}

// ---- 1. mdBook: only the book's own code, or a published summary generator, may add chapters ----

const book = 'generators/mdbook-own-preprocessor';
const bookRules = new Set(['no-drafts', 'no-unpublished-links']);
const drafts = ['src/bread.md:1:1 no-drafts', 'src/intro.md:3:44 no-unpublished-links', 'src/intro.md:4:54 no-unpublished-links'];
const preprocessor = (table) => ({'book.toml': (text) => text.replace(/\[preprocessor\.recipes\][^[]*/, `${table}\n\n`)});

test('mdbook: an installed preprocessor that changes chapter text only (alerts, pagetoc) keeps the draft check', () => {
  assert.deepEqual(rowsOf(copyOf(book, preprocessor('[preprocessor.alerts]')), bookRules), drafts);
  assert.deepEqual(rowsOf(copyOf(book, preprocessor('[preprocessor.pagetoc]\ncommand = "mdbook-pagetoc"')), bookRules), drafts);
  assert.deepEqual(rowsOf(copyOf(book, preprocessor('[preprocessor.alerts]\n\n[preprocessor.admonish]')), bookRules), drafts);
});

test('mdbook: the book\'s own code or a summary generator may add chapters: no drafts, no unpublished links to unlisted files', () => {
  const own = ['src/intro.md:4:54 no-unpublished-links']; // the retired page whose redirect leads nowhere stays
  assert.deepEqual(rowsOf(copyOf(book), bookRules), own);
  assert.deepEqual(rowsOf(copyOf(book, preprocessor('[preprocessor.goals]\ncommand = "cargo run -p mdbook-goals --"')), bookRules), own);
  assert.deepEqual(rowsOf(copyOf(book, preprocessor('[preprocessor.autosummary]')), bookRules), own);
  assert.deepEqual(rowsOf(copyOf(book, preprocessor('[preprocessor.alerts]\n\n[preprocessor.auto-gen-summary]')), bookRules), own);
});

test('mdbook: [preprocessor.alerts] alone with an unlisted page (review18b\'s book): the draft and the link to it are reported', () => {
  const root = tempSite({
    'book.toml': '[book]\ntitle = "B"\nsrc = "src"\n\n[preprocessor.alerts]\n',
    'src/SUMMARY.md': '# Summary\n\n- [Intro](intro.md)\n',
    'src/intro.md': '# Intro\n\nSee [forgotten](forgotten.md).\n',
    'src/forgotten.md': '# Forgotten\n\nNot listed.\n',
  }, 'postlint-m18c-');
  assert.deepEqual(rowsOf(root, bookRules), ['src/forgotten.md:1:1 no-drafts', 'src/intro.md:3:5 no-unpublished-links']);
});

// ---- 2. Hugo: goldmark `unsafe` set in the config folder beside a root config file ----

const hugoPost = '---\ntitle: Post\ndate: 2024-01-01\n---\n\nIntro.\n\n<img src="/images/missing.png" alt="a">\n';
const hugoSite = (extra) => tempSite({'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "t"\n', 'content/posts/post.md': hugoPost, ...extra}, 'postlint-m18c-');
const unsafe = '[markup.goldmark.renderer]\nunsafe = true\n';
const missing = new Set(['no-missing-files']);

test('hugo: unsafe = true in config/production/ (or _default/, or another environment) beside a root hugo.toml: the raw-HTML image is checked', () => {
  assert.deepEqual(rowsOf(hugoSite({'config/production/hugo.toml': unsafe}), missing), ['content/posts/post.md:8:6 no-missing-files']);
  assert.deepEqual(rowsOf(hugoSite({'config/_default/markup.toml': '[goldmark.renderer]\nunsafe = true\n'}), missing), ['content/posts/post.md:8:6 no-missing-files']);
  // postlint does not know which environment builds: any one that renders raw HTML counts.
  assert.deepEqual(rowsOf(hugoSite({'config/development/hugo.yaml': 'markup:\n  goldmark:\n    renderer:\n      unsafe: true\n'}), missing), ['content/posts/post.md:8:6 no-missing-files']);
  const root = hugoSite({'config/production/hugo.toml': unsafe});
  const said = postlint(['--offline', '--no-config', '--no-cache', '--verbose', '.'], {cwd: root}).stderr.split('\n').filter((line) => line.includes('renders raw HTML'));
  assert.equal(said.length, 1);
});

test('hugo: no environment sets unsafe (or one sets it false): raw HTML is omitted, its image left alone', () => {
  assert.deepEqual(rowsOf(hugoSite({}), missing), []);
  assert.deepEqual(rowsOf(hugoSite({'config/production/params.toml': 'x = 1\n'}), missing), []);
  assert.deepEqual(rowsOf(hugoSite({'config/production/hugo.toml': '[markup.goldmark.renderer]\nunsafe = false\n'}), missing), []);
});

// ---- 3. Template pages: a page about templates, or one that hands out a sample, is no template ----

const sectionRules = new Set(['no-empty-sections', 'no-placeholders', 'no-broken-anchors']);

test('template pages: "Clone this template repository" and "Using the template engine … copy this file to your project" are ordinary pages: their findings stay', () => {
  const root = tempSite({
    'guide.md': '# Guide\n\nSee [configuration](starter.md#configuration).\n',
    'starter.md': '# Start from the project template\n\nClone this template repository to get started, then follow the steps below.\n\n## Configuration\n\n## Deployment\n\nRun `make deploy`. TODO: document the staging step.\n',
    'template.md': '# Using the template engine\n\nTo try the examples, copy this file to your project and run it.\n\n## Filters\n\n## Loops\n\nLoops iterate. TODO explain ranges.\n',
  }, 'postlint-m18c-');
  assert.deepEqual(rowsOf(root, sectionRules), [
    'guide.md:3:5 no-broken-anchors',
    'starter.md:5:1 no-empty-sections',
    'starter.md:9:20 no-placeholders',
    'template.md:5:1 no-empty-sections',
    'template.md:9:16 no-placeholders',
  ]);
});

test('template pages: "copy this file" counts in the opening prose or beside a fill-in instruction; in a later section alone it hands out a sample', () => {
  const body = '## Summary\n\n## Motivation\n\nTODO\n';
  const root = tempSite({
    'rfc-template.md': `# RFC template\n\nCopy this file to rfcs/ and name it after your feature.\n\n${body}`,
    'adr-template.md': `# ADR template\n\n## How to use\n\nCopy this file to decisions/. Replace each TODO with your text.\n\n${body}`,
    'demo-template.md': `# Demo template\n\n## Try it\n\nCopy this file to your project and run it.\n\n${body}`,
  }, 'postlint-m18c-');
  assert.deepEqual(rowsOf(root, sectionRules), ['demo-template.md:11:1 no-placeholders', 'demo-template.md:7:1 no-empty-sections']);
});

// ---- 4. MkDocs: a pymdownx.tabbed slugify postlint cannot run adds no tab ids ----

const tabbedSite = (slugify) => tempSite({
  'mkdocs.yml': `site_name: T\nmarkdown_extensions:\n  - pymdownx.superfences\n  - pymdownx.tabbed:\n      alternate_style: true\n${slugify}`,
  'docs/index.md': '# Home\n\n## Install\n\n=== "Linux"\n\n    apt install x\n\n=== "macOS"\n\n    brew install x\n\nSee [linux tab](#__tabbed_1_1) and [gone](#nothing-here).\n',
  'docs/plain.md': '# Plain\n\n## Setup\n\nSee [setup](#setpu).\n',
}, 'postlint-m18c-');
const anchors = new Set(['no-broken-anchors']);

test('mkdocs: an unreadable tabbed slugify gives tabs no __tabbed_ ids; fragments a page with tabs lacks are unverifiable, said once with --verbose; a page without tabs is still checked', () => {
  const root = tabbedSite('      slugify: !!python/name:my_site.slugs.tab_slug\n');
  assert.deepEqual(rowsOf(root, anchors), ['docs/plain.md:5:5 no-broken-anchors']);
  const unverifiable = siteUnverifiable(root);
  assert.equal(unverifiable.length, 2);
  for (const row of unverifiable) assert.match(row, /has content tabs whose ids pymdownx\.tabbed's slugify \(my_site\.slugs\.tab_slug\) makes, which postlint cannot run/);
  const said = postlint(['--offline', '--no-config', '--no-cache', '--verbose', '.'], {cwd: root}).stderr.split('\n').filter((line) => line.includes('tab ids unknown'));
  assert.equal(said.length, 1);
});

test('mkdocs: without a slugify the tabs have __tabbed_ ids; with a known one, their titles\' slugs', () => {
  assert.deepEqual(rowsOf(tabbedSite(''), anchors), ['docs/index.md:13:36 no-broken-anchors', 'docs/plain.md:5:5 no-broken-anchors']);
  const known = tabbedSite('      slugify: !!python/object/apply:pymdownx.slugs.slugify\n        kwds:\n          case: lower\n');
  assert.deepEqual(rowsOf(known, anchors), ['docs/index.md:13:36 no-broken-anchors', 'docs/index.md:13:5 no-broken-anchors', 'docs/plain.md:5:5 no-broken-anchors']);
});
