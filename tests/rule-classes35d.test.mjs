// Round 34's judged false classes (fix35d), each beside a case that must still fail, at exact line and
// column: a `#` link an attribute list hooks for a script (a copy button: src/text/span-attributes.ts),
// a changelog a tool writes from a template the repository holds (git-chglog: src/spelling/changelog-templates.ts),
// and a list of issue links whose texts are the issues' titles (src/spelling/release-notes.ts).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {filesOf, fixture, siteFindings} from './rule-helpers.mjs';

const site = (name) => filesOf(fixture('classes35d', name));
const options = {offline: true};

test('no-placeholders: a `#` link given a class, an id, role=button or a handler by attr_list is a script\'s button; a bare `[see here](#)` and one given only a target are still reported', async () => {
  assert.deepEqual(await siteFindings('no-placeholders', site('hash-buttons'), options), [
    'docs/index.md:11:28 no-placeholders', // [see here](#)
    'docs/index.md:13:21 no-placeholders', // [read more](#){: target=_blank }: no hook for a script
    'docs/index.md:15:12 no-placeholders', // [Objectives Tutorial](#){ .md-button }: Material's button style, no hook for a script
  ]);
});

test('no-placeholders: the same attribute list where the converter reads none (MkDocs without attr_list) leaves the `#` link empty', async () => {
  assert.deepEqual(await siteFindings('no-placeholders', site('hash-buttons-off'), options), ['docs/index.md:3:40 no-placeholders']);
});

test('spelling, brand-casing: the lines git-chglog renders from the template `.chglog/config.yml` names are the commits\' words; the maintainers\' own line in that changelog and a hand-written page of bullets are read', async () => {
  const files = site('chglog');
  assert.deepEqual(await siteFindings('spelling', files, options), [
    'CHANGELOG.md:4:48 spelling', // the maintainers' note no template line writes
    'NOTES.md:5:16 spelling', // bullets and headings that fit the template's shapes, but none of its lettered lines: hand-written
  ]);
  assert.deepEqual(await siteFindings('brand-casing', files, options), ['NOTES.md:8:29 brand-casing']);
});

test('spelling, brand-casing: the same changelog in a repository with no changelog tool\'s config is read', async () => {
  const files = site('chglog');
  delete files['.chglog/config.yml'];
  assert.deepEqual(await siteFindings('spelling', files, options), ['CHANGELOG.md:4:48 spelling', 'CHANGELOG.md:12:20 spelling', 'NOTES.md:5:16 spelling']);
  assert.deepEqual(await siteFindings('brand-casing', files, options), ['CHANGELOG.md:16:34 brand-casing', 'NOTES.md:8:29 brand-casing']);
});

test('spelling, brand-casing: a list whose every item is an issue\'s link with its title for text quotes the titles; a one-item list and a list with the writer\'s words around a link are read', async () => {
  const files = site('issue-lists');
  assert.deepEqual(await siteFindings('spelling', files, options), [
    'release-notes.md:13:29 spelling', // one item alone
    'release-notes.md:17:36 spelling', // the writer's sentence around the link
    'release-notes.md:18:28 spelling', // in the same list
  ]);
  // `Github` in the two titles of the first list is the issue authors' (9:12); in the writer's list it is read.
  assert.deepEqual(await siteFindings('brand-casing', files, options), ['release-notes.md:18:48 brand-casing']);
});

test('no-placeholders: kramdown (Jekyll) reads a span\'s attribute list only with its colon: `{.copy-line}` after a `#` link is text, the link empty', async () => {
  const files = {'_config.yml': 'title: Seed notes\n', 'index.md': '# Seed notes\n\n[Copy the line](#){: .copy-line }\n\n[Copy the line](#){.copy-line}\n'};
  assert.deepEqual(await siteFindings('no-placeholders', files, options), ['index.md:5:1 no-placeholders']);
});
