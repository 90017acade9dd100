// VitePress `srcExclude` (fixtures/vitepress-src-exclude): the files its literal globs leave out are no pages — not
// checked, and a link to one reaches no page — while a part of code in the array leaves its pages checked, with a note.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {fileURLToPath} from 'node:url';
import {postlint, siteFindings as run} from './helpers.mjs';

const root = fileURLToPath(new URL('../fixtures/vitepress-src-exclude', import.meta.url));
// The generators' index first: it settles the generator modules' import order.
await import('../dist/src/site/generators/index.js');
const {readSrcExclude} = await import('../dist/src/site/generators/vitepress-src-exclude.js');

test('vitepress srcExclude: excluded files are not checked, links to them are unpublished; a top-level README and code-excluded pages stay checked', () => {
  assert.deepEqual(run(root), [
    // README.md is excluded from the build but GitHub shows it: still checked as a repository file.
    'README.md:3:20 no-missing-files',
    // `...(process.env.PREVIEW ? ['drafts'] : [])` is code: drafts/ is still a page.
    'drafts/plans.md:3:14 no-missing-files',
    'guide.md:3:40 no-missing-files',
    // `archive/v1` (a folder pattern) leaves out everything below it: the links reach no page.
    'index.md:3:29 no-unpublished-links',
    'index.md:3:72 no-missing-files',
    'index.md:5:5 no-unpublished-links',
    // `README.md` matches only the top-level README, as tinyglobby reads it.
    'sub/README.md:3:22 no-missing-files',
  ]);
  // archive/v1/guide.md's broken link, missing anchor and misspelling are not reported: the page is never built.
});

test('vitepress srcExclude: the note names the part of code; --verbose lists the files left out', () => {
  const {stderr} = postlint(['--offline', '--no-config', '--verbose', '.'], {cwd: root});
  assert.match(stderr, /its srcExclude has code postlint does not evaluate \(`\.\.\.\(process\.env\.PREVIEW \? \['drafts'\] : \[\]\)`\)/);
  assert.match(stderr, /archive\/v1\/wicks\.md: the config's srcExclude \(`README\.md`, `archive\/v1`\) leaves it out of the build/);
});

test('vitepress srcExclude: an array literal is read part by part; anything else is code', () => {
  assert.deepEqual(readSrcExclude("['a.md', \"b/**\", `c`, ...more]"), {patterns: ['a.md', 'b/**', 'c'], code: ['...more']});
  assert.deepEqual(readSrcExclude('excludes()'), {patterns: [], code: ['excludes()']});
  assert.deepEqual(readSrcExclude('[`v/${x}`]'), {patterns: [], code: ['`v/${x}`']});
});
