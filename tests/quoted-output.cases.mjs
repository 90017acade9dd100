// Others' words a page quotes as they were written (round 25, fix27d): a release note's items that
// link an issue by its labelled number and repeat its title (`* [[ISSUE #4120]](…/issues/4120) title
// @ana, pr by @bo`), and what a program printed, set in a blockquote (log records, a command's
// output right after its shell block). Spelling and brand-casing leave them alone; the page's own
// words around them, a label whose link goes to another entry, and a writer's note are still read.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {filesOf, fixture, siteFindings} from './rule-helpers.mjs';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const page = (path) => readFileSync(`${fixtures}${path}`, 'utf8');
const jekyll = (name, text) => ({'_config.yml': 'title: t\n', [name]: text});

test('an item linking its issue by a labelled number (`[[ISSUE #N]](…/issues/N) title @a, pr by @b`, `[[ISSUE #N]](…/pull/M) fix: …`, an export\'s `<li>[<a href=…/issues/N>ISSUE-N</a>] - title`, wrapped) to a tracker\'s entry quotes the issue\'s title; a label linking elsewhere, an item of two sentences and the notes\' own prose are read', async () => {
  const files = jekyll('notes.md', page('quoted-output/labelled-issues.md'));
  assert.deepEqual(await siteFindings('spelling', files, {options: {report: 'unknown'}}), [
    'notes.md:10:63 spelling',
    'notes.md:11:74 spelling',
    'notes.md:11:102 spelling',
    'notes.md:14:14 spelling',
    'notes.md:22:79 spelling',
  ]);
  assert.deepEqual(await siteFindings('brand-casing', files), ['notes.md:14:35 brand-casing']);
});

test('a blockquote of log records, or a short one with a machine token right after a shell block (or after one sentence ending in a colon that follows it), is what a program printed; a note after a command (a label, a code span, a link, a time, a path), a long or a free-standing blockquote, one after remarks of several sentences are read', async () => {
  const files = jekyll('worker.md', page('quoted-output/command-output.md'));
  assert.deepEqual(await siteFindings('spelling', files, {options: {report: 'unknown'}}), [
    'worker.md:29:13 spelling',
    'worker.md:35:18 spelling',
    'worker.md:36:24 spelling',
    'worker.md:39:17 spelling',
    'worker.md:42:30 spelling',
    'worker.md:58:37 spelling',
    // The writer's notes after a command: a token set as code, a time (`02:00` is no `key:value`), a link.
    'worker.md:64:40 spelling',
    'worker.md:70:43 spelling',
    'worker.md:76:64 spelling',
    // A path and a folder's name (`./dist/app/`, `node_modules`) are the writer's words too.
    'worker.md:82:70 spelling',
  ]);
});

test('brand-casing: a lower-case program followed by the word the site writes after it in inline code (`` `deno lint` ``) is that command in prose; the program named alone is still the brand\'s', async () => {
  const files = filesOf(fixture('quoted-output', 'command-names'));
  assert.deepEqual(await siteFindings('brand-casing', files), ['compare.md:7:23 brand-casing']);
  // Without the command in code anywhere, the prose form is the brand miscased.
  delete files['linters.md'];
  assert.deepEqual(await siteFindings('brand-casing', files), ['compare.md:5:21 brand-casing', 'compare.md:7:23 brand-casing']);
});

test('brand-casing: link text its address spells, with capitals added to the list\'s form (`[MAGic](…/magic/)`), is the owner\'s form; the name as the link\'s host, a form with capitals dropped, and one with a capital added only in front (`[MacOS](…/macos/)`) are still reported', async () => {
  assert.deepEqual(await siteFindings('brand-casing', jekyll('tools.md', page('quoted-output/owner-forms.md'))), ['tools.md:8:4 brand-casing', 'tools.md:9:4 brand-casing', 'tools.md:13:6 brand-casing']);
});

// Release notes that list their merged pull requests as a project's change log writes them (round 26,
// fix28a): `- #N \`hash\` title (author)`, `- repo#N title (author)`, `- \`hash\` title`, and the release's
// credits, a list of contributors' names after "Thanks to everyone who contributed…:" or under a
// Credits/Contributors heading. The titles and names are others' words: spelling and brand-casing leave
// them alone. The notes' own paragraphs, an item the editor wrote (no author, two sentences, a summary
// citing its pull request at the end) and a list of names or sentences anywhere else are still read.
test('a change log entry led by its pull request number or commit hash, with its author at the end, quotes the title; the notes\' prose and the editor\'s own items are read', async () => {
  const files = jekyll('notes.md', page('quoted-output/change-entries.md'));
  assert.deepEqual(await siteFindings('spelling', files, {options: {report: 'unknown'}}), [
    'notes.md:3:72 spelling',
    'notes.md:7:32 spelling',
    'notes.md:24:15 spelling',
    'notes.md:25:39 spelling',
  ]);
  assert.deepEqual(await siteFindings('brand-casing', files), ['notes.md:26:32 brand-casing']);
});

test('a list of names after a thanks sentence (or a thanks heading) or under a Credits/Contributors heading is the release\'s credits; a list with a sentence in it, or under another heading, is read', async () => {
  const files = jekyll('notes.md', page('quoted-output/credits-list.md'));
  assert.deepEqual(await siteFindings('spelling', files, {options: {report: 'unknown'}}), [
    'notes.md:21:9 spelling',
    'notes.md:22:3 spelling',
    'notes.md:27:3 spelling',
    'notes.md:29:3 spelling',
  ]);
  assert.deepEqual(await siteFindings('brand-casing', files), ['notes.md:28:3 brand-casing']);
});

// Changes credited to their authors as the change-log tools write them (round 28, fix31b):
// github-changelog-generator's `title [\#N](…) ([user](https://github.com/user))`, release-drafter's
// `title (#N) @user`, lerna-changelog's `[#N](…) title ([@user](…))`, git-cliff's `title by @user in #N`,
// a maintainer's commit subjects `title (#N)` with `(@user)` on the next line or the credit alone, and a
// commit subject's scope before its reference (`docs: … (#N)`), in a list of two such items or more.
// The notes' own paragraph, an uncredited item, an item of two sentences, a bare handle with no
// reference, a reference alone, and one credited item among the notes' own are read.
test('a list item that is a change credited to its author (`title [\\#N](…) ([user](…))`, `title (#N) @user`, `title (#N)` then `(@user)`, `scope: title (#N)`) quotes its title; the notes\' own sentences and items, and a lone credited item among them, are read', async () => {
  const files = jekyll('notes.md', page('quoted-output/credited-changes.md'));
  assert.deepEqual(await siteFindings('spelling', files, {options: {report: 'unknown'}}), [
    'notes.md:3:17 spelling',
    'notes.md:12:21 spelling',
    'notes.md:13:9 spelling',
    'notes.md:14:16 spelling',
    'notes.md:27:35 spelling',
  ]);
  assert.deepEqual(await siteFindings('brand-casing', files), ['notes.md:23:33 brand-casing', 'notes.md:28:23 brand-casing']);
});

// A handle the writer names before the reference (`thanks @lee (#12)`, `for @jo (#14)`) is their own
// sentence: no change-log tool writes a bare handle there (release-drafter puts it after the reference,
// git-cliff writes `by @user in #N`), so the item's typo is the writer's and stays reported.
test('a bare handle before an item\'s reference (`title, thanks @user (#N)`) is the writer\'s own line and is read; release-drafter\'s `title (#N) @user` and git-cliff\'s `title by @user in #N` still quote their titles', async () => {
  const files = jekyll('notes.md', page('quoted-output/thanks-before-reference.md'));
  assert.deepEqual(await siteFindings('spelling', files, {options: {report: 'unknown'}}), [
    'notes.md:5:16 spelling',
    'notes.md:6:12 spelling',
    'notes.md:7:21 spelling',
  ]);
});
