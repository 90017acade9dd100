// A release post's list of resolved issues as raw HTML (`<li><a href="…/issues/12">#12</a> - title</li>`)
// or with one link over the number and the title (`[#12 - title](…/pull/12)`): the titles are their
// filers' words, left alone by spelling and brand-casing; the post's own sentences and headings, an
// entry of the writer's words that mentions an issue at its end, and a numbered link to another
// entry than its number are read.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {siteFindings} from './rule-helpers.mjs';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const page = (path) => readFileSync(`${fixtures}${path}`, 'utf8');
// Jekyll writes raw HTML blocks as they are: their text is prose a reader sees.
const jekyll = (name, text) => ({'_config.yml': 'title: t\n', [name]: text});

test('the issue titles a raw HTML list or a numbered link quotes are not spell-checked; the post\'s prose, a writer\'s item and a mismatched number are', async () => {
  const found = await siteFindings('spelling', jekyll('_posts/2026-01-02-widget.markdown', page('quoted-records/resolved-issues.markdown')), {options: {report: 'unknown'}});
  assert.deepEqual(found, [
    '_posts/2026-01-02-widget.markdown:5:26 spelling', // "enhancments", the post's own sentence
    '_posts/2026-01-02-widget.markdown:13:39 spelling', // "relase", the writer's item that cites #104 at its end
    '_posts/2026-01-02-widget.markdown:19:35 spelling', // "commments", #202 linking to pull 999: not its own entry
  ]);
});

test('brand-casing leaves a quoted title\'s `Mysql` alone and still reports the post\'s `Github` heading', async () => {
  const found = await siteFindings('brand-casing', jekyll('_posts/2026-01-02-widget.markdown', page('quoted-records/resolved-issues.markdown')));
  assert.deepEqual(found, ['_posts/2026-01-02-widget.markdown:7:5 brand-casing']);
});

test('without the change the same entries are read: a title that does not lead with its number is the writer\'s', async () => {
  const text = page('quoted-records/resolved-issues.markdown')
    .replace('<li><a href="https://github.com/example/widget/issues/101">#101</a> - Widgit crashes on emtpy input</li>', '<li>Widgit crashes on emtpy input, see <a href="https://github.com/example/widget/issues/101">#101</a></li>')
    .replace('[#201 - Parser chokes on nested qoutes]', '[Parser chokes on nested qoutes, #201]');
  const found = await siteFindings('spelling', jekyll('_posts/2026-01-02-widget.markdown', text), {options: {report: 'unknown'}});
  assert.ok(found.includes('_posts/2026-01-02-widget.markdown:10:23 spelling'), found.join(', '));
  assert.ok(found.includes('_posts/2026-01-02-widget.markdown:18:28 spelling'), found.join(', '));
});

// A change-log post that heads a section for each component it upgraded (`### Name - v2.4.1 up from v2.4.0`,
// `### Name 0.31.0 to 0.32.0`) and copies that release's notes under it: the lists are the component's
// maintainers' words; the post's own paragraphs, headings and other sections are read.
test('the release notes under three components\' upgrade headings are left alone; the post\'s prose, a section\'s lead-in and its own section are read', async () => {
  const found = await siteFindings('spelling', jekyll('notes.md', page('quoted-records/upgrade-digest.md')), {options: {report: 'unknown'}});
  assert.deepEqual(found, [
    'notes.md:4:59 spelling', // "uppgrade", the post's own sentence
    'notes.md:10:23 spelling', // "adresses", the writer's lead-in to the notes
    'notes.md:25:3 spelling', // "Teh", a section of the post's own
  ]);
  const cased = await siteFindings('brand-casing', jekyll('notes.md', page('quoted-records/upgrade-digest.md')));
  assert.deepEqual(cased, []);
});

test('one or two upgrade headings, or three steps of one project\'s upgrade, are the writer\'s own account: read', async () => {
  const two = page('quoted-records/upgrade-digest.md').replace('### Static Pack - 1.8.49 from 1.8.48', '### Static pack');
  const foundTwo = await siteFindings('spelling', jekyll('notes.md', two), {options: {report: 'unknown'}});
  assert.ok(foundTwo.includes('notes.md:12:21 spelling') && foundTwo.includes('notes.md:13:47 spelling'), foundTwo.join(', '));
  const steps = page('quoted-records/upgrade-digest.md')
    .replace('### Ledger Service - v2.4.1 up from v2.4.0', '### Upgrade from 2.4.0 to 2.4.1')
    .replace('### Widget Router 0.31.0 to 0.32.0', '### Upgrade from 2.4.1 to 2.5.0')
    .replace('### Static Pack - 1.8.49 from 1.8.48', '### Upgrade from 2.5.0 to 2.6.0');
  const foundSteps = await siteFindings('spelling', jekyll('notes.md', steps), {options: {report: 'unknown'}});
  assert.ok(foundSteps.includes('notes.md:12:21 spelling') && foundSteps.includes('notes.md:13:47 spelling'), foundSteps.join(', '));
  const cased = await siteFindings('brand-casing', jekyll('notes.md', two));
  assert.deepEqual(cased, ['notes.md:17:25 brand-casing', 'notes.md:21:19 brand-casing']);
});

// A list whose every entry opens with its reference and then quotes a title: an issue's bare number
// (its title linked to it, `#8541 [title][#8541]`), an old tracker's key (`WID-6035 title`), a commit's
// hash (`6dbe84f subject`, as `git log --oneline` writes it). A ranking numbered #1, #2, #3 and a list
// of standards (`UTF-8`, `ISO-8859`) are the writer's own.
test('entries led by a tracker key, an issue number before its linked title, or a commit hash are quoted titles; a ranking and standards\' names are read', async () => {
  const found = await siteFindings('spelling', jekyll('notes.md', page('quoted-records/led-entries.md')), {options: {report: 'unknown'}});
  assert.deepEqual(found, [
    'notes.md:4:21 spelling', // "sevnth", the post's own sentence
    'notes.md:30:30 spelling', // "comand", the writer's ranking
    'notes.md:36:16 spelling', // "defualt", a list of encodings
  ]);
  const cased = await siteFindings('brand-casing', jekyll('notes.md', page('quoted-records/led-entries.md')));
  assert.deepEqual(cased, []);
});

test('a key list of two projects\' keys, or a list one entry of which is the writer\'s, is read', async () => {
  const text = page('quoted-records/led-entries.md')
    .replace('- WID-6149 Some', '- ABC-6149 Some')
    .replace('- 95cc9cc No plans', '- We have no plans');
  const found = await siteFindings('spelling', jekyll('notes.md', text), {options: {report: 'unknown'}});
  for (const at of ['notes.md:8:36 spelling', 'notes.md:25:52 spelling', 'notes.md:26:57 spelling']) assert.ok(found.includes(at), `${at} in ${found.join(', ')}`);
});

// An old tracker's export as an HTML table (`<tr><td>KEY-3663</td> <td>title</td></tr>`): the title
// cells are the filers' words; a table of standards (`UTF-8`, `ISO-8859`) and the post's prose are read.
test('the title cells of a raw HTML table of one project\'s tracker keys are left alone; a table of standards\' names is read', async () => {
  const found = await siteFindings('spelling', jekyll('notes.markdown', page('quoted-records/tracker-table.markdown')), {options: {report: 'unknown'}});
  assert.deepEqual(found, ['notes.markdown:4:25 spelling', 'notes.markdown:14:29 spelling']);
});

// A writer's own lists that open the way a tracker's do: an episode's or a ranking's number out of
// order, a work log of the issues the writer worked on, told in the writer's words. A bare `#N` with no
// link to entry N cites no tracker's entry (a hashtag, a place, an episode): the list is read.
test('a writer\'s lists opened by bare numbers with no link to their entries are read', async () => {
  const found = await siteFindings('spelling', jekyll('notes.md', page('quoted-records/own-led-lists.md')), {options: {report: 'unknown'}});
  for (const at of [
    'notes.md:8:21 spelling', // "everythng", an episode the writer ranks
    'notes.md:9:26 spelling', // "favourte"
    'notes.md:10:33 spelling', // "cyr"
    'notes.md:14:30 spelling', // "becuase", the writer's own work log
    'notes.md:15:38 spelling', // "flagg"
    'notes.md:16:33 spelling', // "systme"
  ]) assert.ok(found.includes(at), `${at} in ${found.join(', ')}`);
});

// A tracker's key names one issue each time (`KEY-6035`, `KEY-6129`): a list whose entries open with one
// name and one number again and again (`COVID-19`), or with numbers running one by one (`FY-2022`,
// `FY-2023`, `FY-2024`), is the writer's list of a thing or of years, not a tracker's entries.
test('a writer\'s lists opened by one repeated code or by years running one by one are read', async () => {
  const found = await siteFindings('spelling', jekyll('notes.md', page('quoted-records/own-led-lists.md')), {options: {report: 'unknown'}});
  for (const at of [
    'notes.md:20:23 spelling', // "offfice", one name repeated in every entry
    'notes.md:21:33 spelling', // "agian"
    'notes.md:22:38 spelling', // "evnets"
    'notes.md:26:31 spelling', // "engneer", years running one by one
    'notes.md:27:35 spelling', // "customrs"
    'notes.md:28:23 spelling', // "profitabilty"
  ]) assert.ok(found.includes(at), `${at} in ${found.join(', ')}`);
});

// A writer's post about upgrading their own stack heads a section for each upgrade as a digest does
// (`## React 17.0.2 to 18.2.0`), but the lists under it tell what the writer did, in the first person
// (`We replaced…`, `Our tests…`): the writer's account, read. A release's notes speak of the project.
test('lists under upgrade headings that speak in the writer\'s first person are read', async () => {
  const found = await siteFindings('spelling', jekyll('notes.md', page('quoted-records/own-upgrade-story.md')), {options: {report: 'unknown'}});
  assert.deepEqual(found, [
    'notes.md:8:62 spelling', // "eassy"
    'notes.md:9:26 spelling', // "adpater"
    'notes.md:13:51 spelling', // "modulse"
    'notes.md:17:46 spelling', // "suprised"
    'notes.md:18:30 spelling', // "adons"
  ]);
});
