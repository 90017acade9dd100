// Classes learnt from the round-17 held-out verdicts (spelling, brand-casing): commit lines a release
// post copies from the log, a search query the page quotes, a word censored with asterisks, a style
// guide's column of forms to avoid. Each both ways: the quoted record is left alone, the same defect
// in the page's own prose is still reported.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {siteFindings} from './rule-helpers.mjs';

const dir = new URL('../fixtures/quoted-records/', import.meta.url).pathname;
const page = (name) => readFileSync(`${dir}${name}`, 'utf8');
const site = (name, text = page(name)) => ({'hugo.toml': 'title = "t"\n', [name]: text});

test('commit lines in a release post (`* [hash](…/commit/hash) Fix: … (#N) (Author)`, and `* Fix: … (fixes #N) (Author)` from git log) are quoted commit subjects: spelling and brand-casing read only the post\'s own prose', async () => {
  // Line 18 (`* Added … statment (Bo Lind)`) has no issue clause before its author: the post's own words, read.
  assert.deepEqual(await siteFindings('spelling', site('release-post.md')), ['release-post.md:7:37 spelling', 'release-post.md:18:31 spelling', 'release-post.md:23:49 spelling']);
  assert.deepEqual(await siteFindings('spelling', site('release-post.md'), {options: {report: 'unknown'}}), ['release-post.md:2:8 spelling', 'release-post.md:7:37 spelling', 'release-post.md:18:31 spelling', 'release-post.md:23:49 spelling']);
  // Line 17 (`* Update: read github settings (Bo Lind)`): a tag and an author, no issue clause: read.
  assert.deepEqual(await siteFindings('brand-casing', site('release-post.md')), ['release-post.md:17:16 brand-casing', 'release-post.md:23:62 brand-casing']);
});

test('a bullet that is not a commit line (no commit link; a list with one tagged item among plain ones) is the post\'s own prose: still read', async () => {
  const text = page('release-post.md')
    .replace('[a1b2c3d](https://github.com/example/widgetlint/commit/a1b2c3d) Fix: `no-foo` crashs on empty files (fixes [#101](https://github.com/example/widgetlint/issues/101)) ([#102](https://github.com/example/widgetlint/pull/102)) (Ana Gómez)', 'Fix: `no-foo` crashs on empty files.')
    .replace('Docs: explain the cache (refs [#91](https://github.com/example/widgetlint/issues/91)) (Ana Gómez)', 'We explain the cache now.');
  assert.deepEqual(await siteFindings('spelling', site('release-post.md', text)), ['release-post.md:7:37 spelling', 'release-post.md:11:17 spelling', 'release-post.md:18:31 spelling', 'release-post.md:23:49 spelling']);
});

test('a search query the page quotes (after "searched for", or a link whose text is its own `?q=` value) keeps the searcher\'s case; the same names in the prose are read', async () => {
  assert.deepEqual(await siteFindings('brand-casing', site('search.md')), ['search.md:5:21 brand-casing', 'search.md:5:50 brand-casing']);
  const other = page('search.md').replace('[jquery mobile](https://code.example.org/?q=jquery+mobile)', '[jquery mobile](https://code.example.org/?q=zepto)').replace('searched for something like', 'liked');
  assert.deepEqual(await siteFindings('brand-casing', site('search.md', other)), ['search.md:3:50 brand-casing', 'search.md:4:54 brand-casing', 'search.md:5:21 brand-casing', 'search.md:5:50 brand-casing']);
});

test('a word censored with asterisks (`f***ing`, `s\\*\\*t`) is not a misspelling, nor split into pieces to check; emphasis inside a word still joins (`**r**ecieve` is "recieve")', async () => {
  assert.deepEqual(await siteFindings('spelling', site('censored.md')), ['censored.md:8:61 spelling']);
  assert.deepEqual(await siteFindings('spelling', site('censored.md'), {options: {report: 'unknown'}}), ['censored.md:8:61 spelling']);
  const glued = page('censored.md').replace('a real tpyo', 'a real **r**ecieve');
  assert.deepEqual(await siteFindings('spelling', site('censored.md', glued)), ['censored.md:8:63 spelling']);
});

test('a style guide\'s "Not This ❌" / "Incorrect" column lists forms to avoid on purpose: left alone; the table\'s other columns and other tables are read', async () => {
  assert.deepEqual(await siteFindings('brand-casing', site('style-guide.md')), ['style-guide.md:11:16 brand-casing']);
  const incorrect = page('style-guide.md').replace('| Write This 👍 | Not This ❌', '| Correct | Incorrect');
  assert.deepEqual(await siteFindings('brand-casing', site('style-guide.md', incorrect)), ['style-guide.md:11:16 brand-casing']);
  const plain = page('style-guide.md').replace('| Write This 👍 | Not This ❌', '| Name | Also seen');
  const found = await siteFindings('brand-casing', site('style-guide.md', plain));
  assert.ok(found.includes('style-guide.md:5:12 brand-casing') && found.includes('style-guide.md:11:16 brand-casing'), found.join(', '));
});

test('a list of two `* Tag: subject (fixes #N) (Author)` lines is commit lines; a line with a tag and an author but no issue clause (`* Docs: fix the seach box (Ana Gómez)`) is read, and so is one issue line alone', async () => {
  const sections = [
    '# Release 1.0', // 1
    '',
    '## Build', // 3
    '',
    '* Build: add appveyor to CI (fixes [#12](https://example.org/o/r/issues/12)) (Ana Gómez)', // 5
    '* Build: gensite target (refs [#13](https://example.org/o/r/issues/13)) (Bo Lind)', // 6
    '',
    '## Docs', // 8
    '',
    '* Docs: fix the seach box (Ana Gómez)', // 10
  ].join('\n');
  assert.deepEqual(await siteFindings('spelling', site('notes.md', `${sections}\n`)), ['notes.md:10:17 spelling']);
  assert.deepEqual(await siteFindings('brand-casing', site('notes.md', `${sections}\n`)), []);
  const alone = sections.split('\n').slice(0, 6).join('\n').replace('* Build: gensite target (refs [#13](https://example.org/o/r/issues/13)) (Bo Lind)', 'We moved the build to appveyor.');
  assert.deepEqual(await siteFindings('brand-casing', site('notes.md', `${alone}\n`)), ['notes.md:5:14 brand-casing', 'notes.md:6:23 brand-casing']);
});

test('a hand-written changelog (`- Fix: … (Windows)`, `- Fix: … (thanks Bob)`) is no git log: its typos are read', async () => {
  const changelog = ['# Changelog', '', '- Fix: a crash when the recieve buffer is empty (Windows)', '- Feat: a new seperate cache for large files (Linux)', '- Docs: the configuraton file explained (all platforms)', ''].join('\n');
  assert.deepEqual(await siteFindings('spelling', site('changelog.md', changelog)), ['changelog.md:3:25 spelling', 'changelog.md:4:15 spelling', 'changelog.md:5:13 spelling']);
  const thanks = ['# What changed', '', '- Fix: the parser no longer crashs on empty files (thanks Bob)', '- Fix: retries are now exponental (thanks Alice)', '- Improved the documention of the CLI (thanks Carol)', ''].join('\n');
  assert.deepEqual(await siteFindings('spelling', site('thanks.md', thanks)), ['thanks.md:3:29 spelling', 'thanks.md:4:24 spelling', 'thanks.md:5:16 spelling']);
});

test('a sentence in a "Bad"/"Avoid" column, or a column of forms to avoid with no column of right forms beside it, is the writer\'s prose: read', async () => {
  const guide = ['# Review guide', '', '| Topic | Good | Bad |', '| --- | --- | --- |', '| Naming | Short, clear names | Names that are ambigous or too long |', '| Errors | Return early | Swallowing exeptions silently |', ''].join('\n');
  assert.deepEqual(await siteFindings('spelling', site('guide.md', guide)), ['guide.md:5:48 spelling', 'guide.md:6:38 spelling']);
  const habits = ['# Habits', '', '| Habit | Avoid |', '| --- | --- |', '| Commits | Commiting directly to the main branch without review |', ''].join('\n');
  assert.deepEqual(await siteFindings('spelling', site('habits.md', habits)), ['habits.md:5:13 spelling']);
  const long = page('style-guide.md').replace('| GitHub | Github', '| GitHub | Please never write Github in the docs');
  assert.deepEqual(await siteFindings('brand-casing', site('style-guide.md', long)), ['style-guide.md:5:31 brand-casing', 'style-guide.md:11:16 brand-casing']);
});
