// A Hugo taxonomy term URL (`/series/<term>/`) is the term page Hugo writes when some page carries the term: it
// resolves to that list page (standing for it: the content tree), never to one post with the term. A term no page
// carries is missing; one only a draft carries leads to the draft. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {findings, fixtures, postlintJson, repoRoot, tempFolder} from './helpers.mjs';

const site = join(fixtures, 'generators', 'hugo-taxonomy-terms');
const links = (root) => findings(postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root}).json, root).filter((row) => /no-missing-files|no-unpublished-links/.test(row)).sort();

test('term pages resolve; a term nobody uses is missing, one only a draft carries is an unpublished link', () => {
  assert.deepEqual(links(site), ['content/posts/links.md:7:3 no-missing-files', 'content/posts/links.md:7:44 no-unpublished-links']);
});

test('the index resolves /series/tea-time/ (site-root and absolute) to the term page, not a post carrying the term', async () => {
  const engine = await import(pathToFileURL(join(repoRoot, 'dist', 'src', 'index.js')).href);
  let state;
  await engine.run({cwd: site, paths: [site], noConfig: true, offline: true, useCache: false, log: () => {}, observe: (observed) => (state = observed)});
  const resolved = state.index.resolved(join(site, 'content', 'posts', 'links.md'));
  const target = (url) => resolved.find((each) => each.link.url === url).resolution;
  for (const url of ['/series/tea-time/', 'https://example.org/series/tea-time/', '/tags/brewing/']) assert.deepEqual(target(url), {status: 'found', path: join(site, 'content')}, url);
  assert.equal(target('/tags/steeping/').status, 'missing');
});

test('a term given by a cascade postlint does not follow is unverifiable, not missing', () => {
  const copy = tempFolder('postlint-hugo-terms-');
  cpSync(site, copy, {recursive: true});
  writeFileSync(join(copy, 'content', '_index.md'), '+++\ntitle = "Home"\n[cascade]\n  tags = ["steeping"]\n+++\n');
  assert.deepEqual(links(copy), ['content/posts/links.md:7:44 no-unpublished-links']);
});

/** A copy of the fixture with `files` (path → text) written into it. */
function siteWith(files) {
  const copy = tempFolder('postlint-hugo-terms-');
  cpSync(site, copy, {recursive: true});
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(copy, path)), {recursive: true});
    writeFileSync(join(copy, path), text);
  }
  return copy;
}

test('a number in a taxonomy field is a term (Hugo casts each item to a string): /tags/2019/ is its page', () => {
  const copy = siteWith({'content/posts/year.md': '+++\ntitle = "Year"\ntags = [2019]\n+++\n\nSee [the year](/tags/2019/).\n'});
  assert.deepEqual(links(copy), ['content/posts/links.md:7:3 no-missing-files', 'content/posts/links.md:7:44 no-unpublished-links']);
});

test('a page postlint is told to ignore still carries its terms; a term no page carries is still missing', () => {
  const copy = siteWith({
    'content/archive/old.md': '+++\ntitle = "Old"\ntags = ["steeping"]\n+++\n\nOld.\n',
    'content/posts/more.md': '+++\ntitle = "More"\n+++\n\nA [term nobody uses](/tags/boiling/).\n',
    '.postlintrc.yaml': 'ignore:\n  - "content/archive/**"\n',
  });
  const found = findings(postlintJson(['--offline', '--no-cache', '.'], {cwd: copy}).json, copy).filter((row) => /no-missing-files/.test(row));
  assert.deepEqual(found, ['content/posts/more.md:5:3 no-missing-files']);
});

test('a theme\'s content pages carry terms too (Hugo merges its content/ into the site\'s)', () => {
  const copy = siteWith({'themes/brew/content/posts/theme-post.md': '+++\ntitle = "From the theme"\ntags = ["steeping"]\n+++\n\nHi.\n', 'themes/brew/layouts/_default/single.html': '{{ .Content }}\n'});
  writeFileSync(join(copy, 'hugo.toml'), `theme = "brew"\n${readFileSync(join(site, 'hugo.toml'), 'utf8')}`);
  assert.deepEqual(links(copy).filter((row) => row.startsWith('content/')), ['content/posts/links.md:7:44 no-unpublished-links']);
});

test('terms a language\'s cascade or a page in another format may give are unverifiable, not missing', () => {
  const cascaded = siteWith({});
  writeFileSync(join(cascaded, 'hugo.toml'), `${readFileSync(join(site, 'hugo.toml'), 'utf8')}[languages.en]\n  weight = 1\n  [languages.en.cascade]\n    tags = ["steeping"]\n`);
  assert.deepEqual(links(cascaded), ['content/posts/links.md:7:44 no-unpublished-links']);
  const html = siteWith({'content/posts/page.html': '---\ntitle: Page\ntags: [steeping]\n---\n<p>Hi.</p>\n'});
  assert.deepEqual(links(html), ['content/posts/links.md:7:44 no-unpublished-links']);
});
